"""Small cases for batch PO (round 54): a wire photo's bare copyright credit ("© Имя
Фамилия/ТАСС") set flush under a dash answer is the page's, not the answer's; the editor's
pointer to the news behind the interview by its year ("Нагадаємо, у 2024 році …") trails the
last answer; a cable host bringing the guest on as "Joining me now with reaction, <post> <name>,
…" is a host's introduction, so the cold open before it (set-up and clip voice) is statements."""

import pytest

from rhetoscope.structure.furniture import _trim_furniture
from rhetoscope.structure.metadata import OUR_EARLIER_STORY
from structure_support import spoken_rows

_DASH = (
    "ТАСС\n"
    "Интервью\n"
    "Начальник управления Иван Петров: к паводку готовы\n"
    "12 марта 2025, 08:00\n"
    "Зима выдалась малоснежной, но риски заторов остаются.\n"
    "—  Иван Сергеевич, каким будет паводок?\n"
    "—  Спокойным. Снега меньше нормы, и лед сходит рано.\n"
    "—  Сколько выделено на расчистку рек?\n"
    "—  Около ста миллионов рублей. Работы начнутся в апреле.\n"
    "{credit}\n"
    "—  Что посоветуете жителям?\n"
    "—  Не выходить на лед и следить за сообщениями МЧС.\n"
    "Беседовала Мария Смирнова\n"
)


@pytest.mark.parametrize(
    "credit", ["© Петр Ковалев/ТАСС", "© Пресс-служба администрации области/ТАСС"]
)
def test_copyright_credit_flush_under_dash_answer(credit: str) -> None:
    rows = spoken_rows(_DASH.format(credit=credit))
    answers = [body for lab, _, body in rows if lab == "answer"]
    assert answers[1] == "Около ста миллионов рублей. Работы начнутся в апреле."
    assert all("©" not in body for _, _, body in rows)


@pytest.mark.parametrize(
    ("para", "cut"),
    [
        ("Около ста миллионов рублей.\n© Петр Ковалев/ТАСС", True),
        ("Около ста миллионов рублей.\n\n© Петр Ковалев/ТАСС", True),
        # a sentence with the sign in it is no bare credit
        ("Около ста миллионов рублей.\n© — знак, который мы ставим на всём.", False),
    ],
)
def test_copyright_credit_trimmed(para: str, cut: bool) -> None:
    end = _trim_furniture(para, 0, len(para))
    assert (end == len("Около ста миллионов рублей.")) is cut


@pytest.mark.parametrize(
    ("line", "hit"),
    [
        ("Нагадаємо, у 2024 році на Закарпатті через зливи підтоплювало кілька сіл.", True),
        ("Напомним, в 2023 году в области затопило три поселка.", True),
        ("Нагадаємо, що тоді ніхто не постраждав.", False),
    ],
)
def test_earlier_story_by_year(line: str, hit: bool) -> None:
    assert (OUR_EARLIER_STORY.match(line) is not None) is hit


_COLD_OPEN = (
    "Fox News\n"
    "Hannity\n"
    "Published March 6, 2025 1:12am EST\n"
    'This is a rush transcript from "Hannity," March 5, 2025.\n\n'
    'SEAN HANNITY, FOX NEWS HOST: And welcome to "Hannity." Crossings fell again last month. '
    "Tonight, the border czar had a very different message. Take a look.\n\n"
    "(BEGIN VIDEO CLIP)\n\n"
    "TOM HOMAN, WHITE HOUSE BORDER CZAR: We didn't need a new law. We needed the will.\n\n"
    "(END VIDEO CLIP)\n\n"
    "HANNITY: {intro} Congressman, good to see you.\n\n"
    "REP. GRANT WHITLEY (R-TX): Good to see you, Sean.\n\n"
    "HANNITY: Is what we're seeing in these numbers what you're seeing on the ground?\n\n"
    "WHITLEY: It is. The sheriffs in my district say it first.\n\n"
    "HANNITY: What do you say to Democrats who call it seasonal?\n\n"
    "WHITLEY: February has never looked like this.\n\n"
    "HANNITY: Congressman, thank you.\n\n"
    "WHITLEY: Thank you, Sean.\n"
)


@pytest.mark.parametrize(
    "intro",
    [
        "Joining me now with reaction, Texas Congressman Grant Whitley, whose district runs "
        "along the border.",
        "Joining me now is Texas Congressman Grant Whitley.",
    ],
)
def test_cold_open_before_joining_me_with_reaction(intro: str) -> None:
    rows = spoken_rows(_COLD_OPEN.format(intro=intro))
    assert [lab for lab, _, _ in rows[:2]] == ["statement", "statement"]
    assert rows[0][1] == "Sean Hannity"
