"""Small cases for the JP round (naming stress): a couple's surname labels in each gender's
form ("Воронцова:" / "Воронцов:") completed from the lead's plural ("супруги Олег и Ирина
Воронцовы"); a regional paper's correspondent label ("Корр.:") asking as the byline set over the
date, the surname in capitals; a garrison's post as a label ("COMMANDER:") held by the lead's one
person named right after it; an event note and a writer's bio with a bare "Email" address,
both the page's; a US dateline with an abbreviated saint's town."""

import pytest

from rhetoscope.structure.metadata import _dateline_place, trailing_start
from structure_support import turn_rows

_COUPLE = """Северные зори
Главная » Общество
«Пасеку мы не бросим»
Ирина ГРАЧЁВА
12 мая 2025
Пасеку супругов в селе Ключи знают далеко за районом. Хозяйство супруги Олег и Ирина \
Воронцовы начинали в 2010 году с пяти ульев.
Корр.: С чего всё начиналось?
Воронцова: С подарка. Свёкор отдал нам пять ульев и старый медогон.
Воронцов: Она не шутит. Я тогда пчёл боялся.
Корр.: А сейчас?
Воронцов: Сейчас у нас двести семей, и я их не боюсь.
Воронцова: (смеётся) Почти не боится.
Корр.: Спасибо и удачи.
Воронцов: Приезжайте на медовый Спас.
"""


def test_couple_surname_labels_and_correspondent_byline() -> None:
    rows = turn_rows(_COUPLE)
    speakers = [(r[0], r[1]) for r in rows if r[0] != "other" or r[1]]
    assert ("question", "Ирина Грачёва") in speakers or ("question", "Ирина Грачева") in speakers
    answers = {r[1] for r in rows if r[0] == "answer"}
    assert answers == {"Ирина Воронцова", "Олег Воронцов"}
    first = next(r for r in rows if r[2].startswith("С подарка"))
    assert first[1] == "Ирина Воронцова"
    second = next(r for r in rows if r[2].startswith("Она не шутит"))
    assert second[1] == "Олег Воронцов"


_UK_COUPLE = """Вісник громади
Андрій та Олена Марченки двадцять років тримають ферму.
Марченко: Ми почали з двох корів.
Журналіст: А зараз?
Марченко: Зараз їх сорок.
"""


def test_couple_surname_label_shared_by_both_stays_as_written() -> None:
    # A Ukrainian surname the same for husband and wife could be either: never guessed.
    answers = {r[1] for r in turn_rows(_UK_COUPLE) if r[2].startswith(("Ми почали", "Зараз"))}
    assert answers <= {"Марченко", None}


_POST_LABEL = """The Prairie Ledger
Q&A: New air base commander talks runways and housing
By Dana Price
Posted Apr 2, 2025
MINOT — The newest wing commander at the air base has been on the job for six weeks. \
Col. Marcus Webb, who previously served in Germany, took command in February. The Ledger met \
with him at his office on Monday.
Q: What did you notice first?
COMMANDER: The runway lights. Half of them were out on my first night.
Q: What is being done?
Col. Webb: We have a contractor on site and the work should finish by June.
Q: And housing?
WEBB: We have walked every unit on the base.
"""


def test_post_label_held_by_the_lead_person_named_after_it() -> None:
    rows = turn_rows(_POST_LABEL)
    first = next(r for r in rows if r[2].startswith("The runway lights"))
    assert first[1] == "Marcus Webb"
    assert {r[1] for r in rows if r[0] == "answer"} == {"Marcus Webb"}


_POST_OTHER = """The Prairie Ledger
Col. Marcus Webb talked with the paper. The president of the wing club, Ann Lee, was there too.
Q: What did you notice first?
PRESIDENT: The runway lights.
Q: And housing?
WEBB: We have walked every unit on the base.
"""


def test_post_label_over_someone_else_is_not_the_guest() -> None:
    rows = turn_rows(_POST_OTHER)
    first = next(r for r in rows if r[2].startswith("The runway lights"))
    assert first[1] != "Marcus Webb"


@pytest.mark.parametrize(
    ("tail", "cut"),
    [
        # A parish's event note under the last answer, then the writer's bio and its address.
        (
            "A Mass of thanksgiving for Canon Hughes will be held at St Mary's on Sunday 6 April"
            " at 11am, followed by tea in the hall. All welcome.\nTom Reilly covers faith stories"
            " across the city. Email tom.reilly@example.co.uk\n",
            True,
        ),
        ("Upcoming: Spring fair, Thursday May 8, 6 p.m. in the hall.\n", True),
        (
            "Концерт хора «Рябинушка» состоится 14 ноября в 18:00 в городском Доме культуры."
            " Билеты в кассах.\n",
            True,
        ),
        # The speaker's own words stay hers: a first person keeps the line speech.
        ("Our next concert will be held on Sunday at 5pm, and we hope you come.\n", False),
        # No day, no date, no clock: no note.
        ("The next meeting will be held in the old hall.\n", False),
    ],
)
def test_event_note_and_bio_closing_the_page(tail: str, cut: bool) -> None:
    text = (
        "Parish News\nQ: How long have you served here?\nA: Forty years, and I would do it"
        " again.\nQ: Thank you.\nA: God bless.\n" + tail
    )
    start = trailing_start(text)
    assert (start <= text.index(tail) + 1) is cut


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("ST. ROBERT — The garrison's new commander took charge in January.", "St. Robert"),
        ("FT. MYERS — The city council voted on Tuesday to expand the port.", "Ft. Myers"),
        ("WASHINGTON — The Senate voted on Tuesday.", "Washington"),
    ],
)
def test_abbreviated_town_dateline(line: str, place: str) -> None:
    assert _dateline_place(f"The Ledger\nHeadline over the story\n{line}\n") == place
