"""Round 27 (EE): Russian/Ukrainian press interviews — small snippets of the mechanisms."""

import pytest

from rhetoscope.structure.dialogue import _addressed_in_lead
from rhetoscope.structure.furniture import _CAPTION_CREDIT
from rhetoscope.structure.speakers import classify_label, genitive_to_nominative


@pytest.mark.parametrize(
    ("question", "lead", "want"),
    [
        # A sentence-initial word must not swallow the given name of the lead's genitive pair.
        (
            "Пані Ганно, як ви опинилися тут?",
            "Історія Ганни Березовської, яка виїхала з Херсона.",
            "Ганна Березовська",
        ),
        # The question line keeps its dash.
        (
            "- Олександре Петровичу, скільки людей?",
            "ХТО ВІН\nОлександр Петрович Гребенюк — начальник метрополітену.",
            "Олександр Гребенюк",
        ),
        # A register's surname-first name is no "given + patronymic" pair.
        (
            "Сергей Николаевич, правда ли?",
            "Ветлугин Сергей Николаевич. Родился в 1966.",
            "Сергей Ветлугин",
        ),
    ],
)
def test_addressed_in_lead(question: str, lead: str, want: str) -> None:
    assert _addressed_in_lead(question, lead, None) == want


@pytest.mark.parametrize(
    ("word", "want"),
    [("Березовської", "Березовська"), ("Петрової", "Петрова"), ("Лаврова", "Лавров")],
)
def test_genitive_feminine_uk(word: str, want: str) -> None:
    assert genitive_to_nominative(word) == want


@pytest.mark.parametrize(("label", "outlet"), [("ТСН.ua", "ТСН.ua"), ("Lenta.ru", "Lenta.ru")])
def test_site_label_asks_as_outlet(label: str, outlet: str) -> None:
    info = classify_label(label)
    assert info is not None and info.outlet == outlet


@pytest.mark.parametrize(
    ("caption", "credited"),
    [
        ("Андрій Шевчук з бійцями. Фото надане героєм публікації", True),
        ("Иван Петров в цехе. Фото предоставлено героем публикации", True),
        ("Ми фото надали всім учасникам", False),
    ],
)
def test_caption_credit_without_colon(caption: str, credited: bool) -> None:
    assert (_CAPTION_CREDIT.search(caption) is not None) is credited
