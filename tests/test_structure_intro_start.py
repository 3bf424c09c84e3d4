"""Where an interview's introduction turn starts (round 41): at the lead paragraph under the
page's header block. A breadcrumb, the headline (a quoted one too), a dek that no sentence mark
closes, the date, place and byline lines, counters, share rows and a photo's caption or credit
are the page's; a paragraph wrapped at the margin or a list of participants keeps the start."""

import pytest

from rhetoscope.structure.dialogue import _intro_start
from structure_support import run

_QA = (
    "\n\nМарта Климчук: Почнемо з найактуальнішого. Що зміниться цього року?\n\n"
    "Віктор Пасічник: Мотиваційні листи подаються лише онлайн, через кабінет вступника.\n\n"
    "Марта Климчук: Що буде з гуртожитками?\n\n"
    "Віктор Пасічник: Другий корпус відкриємо після ремонту вже у вересні.\n"
)
_QA_EN = (
    "\n\nHannah Protheroe: Where were you working in those first months?\n\n"
    "Iryna Zaitseva: In Kharkiv, in the basement of our theatre, before we left.\n\n"
    "Hannah Protheroe: How do you collaborate?\n\n"
    "Iryna Zaitseva: Officially, together. Unofficially, she decides and I agree.\n"
)
_LEAD_UK = (
    "Напередодні вступної кампанії студентська редакція поговорила з ректором університету "
    "про вступ, гуртожитки і навчання під час блекаутів."
)
_LEAD_EN = (
    "When the company left Kharkiv in March 2022, it had eleven dancers, a van and one laptop "
    "containing the half-finished score."
)


@pytest.mark.parametrize(
    ("head", "lead", "qa"),
    [
        # breadcrumb, quoted headline, date and counter row, "На фото:" caption
        (
            "Головна / Новини / Інтерв'ю\n\n"
            "Ректор: «Ми не скорочуватимемо бюджетні місця»\n"
            "22.04.2025  |  Студентська редакція  |  Переглядів: 412\n\n"
            "На фото: ректор Віктор Пасічник під час засідання приймальної комісії\n\n",
            _LEAD_UK,
            _QA,
        ),
        # a quoted headline with its tail, a "Фото: …" credit, a share row, "Пошук..."
        (
            "Пошук...\n\n«Ми не скорочуватимемо місця»: ректор про вступ і гуртожитки\n"
            "12 лютого 2025, 09:15   Дніпро\nАвторка: Світлана Ткачук\n\n"
            "Фото: пресс-служба університету\nПоділитися:   Facebook   Telegram   Viber\n\n",
            _LEAD_UK,
            _QA,
        ),
        # an undotted dek, byline, date, share row, caption with "Photo:" credit, advert line
        (
            "Interviews  ›  Dance\n\n‘We rehearsed in a bomb shelter’\n"
            "A choreographer and a composer talk about exile and arguing over tempo\n"
            "By Hannah Protheroe\n3 March 2025\nShare this article   f   X   in\n\n"
            "Iryna Zaitseva in the rehearsal studio, London. Photo: Jess Ellery\n\n"
            "Advertisement\n\n",
            _LEAD_EN,
            _QA_EN,
        ),
        # a caption with a full stop over its credit line
        (
            "THE LONG TABLE\nMasa, memory and a mole\nPublished March 11, 2025 at 6:00 AM CDT\n\n"
            "Iryna Zaitseva and her husband at the studio on Sixth Street in Amarillo.\n"
            "Carlos Ybarra / Caprock Public Radio\n\n",
            _LEAD_EN,
            _QA_EN,
        ),
    ],
)
def test_intro_starts_at_the_lead(head: str, lead: str, qa: str) -> None:
    doc = run(head + lead + qa)
    intro = doc.layer("turns")[0]
    assert (intro.label, intro.attrs["speaker"]) == ("other", None)
    assert doc.span_text(intro) == lead


@pytest.mark.parametrize(
    "head",
    [
        # a lead wrapped at the margin: its first line ends in no sentence mark
        "Interview\n\nThe company left Kharkiv in March 2022 with eleven dancers and\n"
        "a van, and arrives in London with fourteen dancers and a string quartet.",
        # a list of participants, one a line, under its field name
        "Учасники:\nзаступник міністра освіти Олексій Ігнатенко;\n"
        "голова приймальної комісії університету Олена Бойко.",
    ],
)
def test_unsure_lead_keeps_its_start(head: str) -> None:
    assert _intro_start(head, 0, len(head)) == 0
