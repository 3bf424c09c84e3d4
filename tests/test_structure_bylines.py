"""The page-level byline fallback (structure/bylines.py): on a page whose lead says the guest gave
the outlet the interview, the one writer the header signs asks the questions no label names,
and the lead's one guest answers under anonymous "A:" labels. Each positive case combines a
byline shape and a label style the layout readers did not know; the negative cases are the
pages where the byline is no interviewer (two writers, a desk, a wire story, no interview)."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text
from rhetoscope.structure.bylines import byline_writer


def _speakers(text: str) -> list[tuple[str, str | None]]:
    doc = build_pipeline(["metadata", "sentences", "turns"])(read_text(text))
    return [(t.label, t.attrs.get("speaker")) for t in doc.layer("turns")]


_QS = (
    "Mr. Melnyk, how much damage have your terminals suffered since the summer?",
    "What does an underground silo actually cost to build?",
    "Who is financing this work?",
)
_AS = (
    "Three of our five terminals were hit. We lost about 40,000 tonnes of storage, but the "
    "loading berths survived.",
    "Roughly twice what a steel silo costs. But insurers now give us premiums a third lower.",
    "Our own money and a loan from the EBRD. We also hope for a grant later this year.",
)


def _page(head: str, q: str, a: str, lead: str = "", tail: str = "") -> str:
    lead = lead or (
        "Russia has repeatedly struck grain terminals in the Odesa region. Andrii Melnyk, CEO of "
        "Danube Grain Hub, told Ukrinform how his company is building underground silos.\n\n"
    )
    body = "".join(f"{q}{qq}\n\n{a}{aa}\n\n" for qq, aa in zip(_QS, _AS, strict=True))
    return head + lead + body + tail + "\nTags: grain, ports, Danube\n"


_EN_CASES = [
    # A bare name line under the date, "Question:" over full-name answers.
    (
        "Underground silos return insurers to the Danube ports\n\n21.01.2026 11:30\n\n"
        "Olha Bondar\n\n",
        "Question: ",
        "Andrii Melnyk: ",
    ),
    # "Name, Outlet" under the headline, "Q:" over surname answers.
    (
        "Ukrinform\n\n\u201cWe can store 600,000 tonnes of grain out of reach of drones\u201d\n\n"
        "Olha Bondar, Ukrinform\n\nJanuary 21, 2026\n\n",
        "Q: ",
        "Melnyk: ",
    ),
    # "Name | Outlet" over the lead, the outlet's own label asking.
    (
        "Ukrinform\n\nUnderground silos return insurers to the Danube ports\n\n"
        "Olha Bondar | Ukrinform\n\n",
        "Ukrinform: ",
        "Melnyk: ",
    ),
    # A name line over a photo credit, plain questions and answers.
    (
        "Home   News   Interviews   Opinion\n\nUnderground silos return insurers\n\n"
        "Olha Bondar\nPhoto: Ukrinform / Ivan Petrenko\n\n",
        "",
        "",
    ),
]


@pytest.mark.parametrize(("head", "q", "a"), _EN_CASES)
def test_byline_writer_asks_an_outlets_interview(head: str, q: str, a: str) -> None:
    got = _speakers(_page(head, q, a))
    assert [s for label, s in got if label == "question"] == ["Olha Bondar"] * 3
    assert [s for label, s in got if label == "answer"] == ["Andrii Melnyk"] * 3


def test_lead_guest_answers_anonymous_answer_labels() -> None:
    page = _page(
        "Underground silos return insurers to the Danube ports\n\nBy Olha Bondar\n\n",
        "Q: ",
        "A: ",
        lead="Andrii Melnyk, CEO of Danube Grain Hub, spoke to Ukrinform about underground silos "
        "and the insurers returning to Izmail.\n\n",
    )
    got = _speakers(page)
    assert [s for label, s in got if label == "question"] == ["Olha Bondar"] * 3
    assert [s for label, s in got if label == "answer"] == ["Andrii Melnyk"] * 3


_RU_QS = ("Сколько документов уже оцифровано?", "Во сколько обходится оцифровка одного листа?")
_RU_AS = (
    "На портале сейчас около 40 млн страниц метрических книг. К концу года будет вдвое больше.",
    "В среднем около 30 рублей, если считать вместе с реставрацией и описанием.",
)


@pytest.mark.parametrize(
    ("byline", "q", "a"),
    [
        ("Анна Черепанова\nФото: Известия/Павел Волков\n\n", "«Известия»: ", "Андрей Артизов: "),
        ("Анна Черепанова\n\n", "Вопрос: ", "Артизов: "),
    ],
)
def test_russian_byline_writer_asks(byline: str, q: str, a: str) -> None:
    page = (
        "Известия\n\n«Запросы на родословные выросли втрое»\n\n18 января 2026\n\n"
        + byline
        + "Руководитель Росархива Андрей Артизов рассказал «Известиям», почему люди массово "
        "ищут своих предков.\n\n"
        + "".join(f"{q}{x}\n\n{a}{y}\n\n" for x, y in zip(_RU_QS, _RU_AS, strict=True))
    )
    got = _speakers(page)
    assert [s for label, s in got if label == "question"] == ["Анна Черепанова"] * 2
    assert [s for label, s in got if label == "answer"] == ["Андрей Артизов"] * 2


_NOT_ASKERS = [
    # Two writers on one line: they asked, nobody in particular.
    ("Underground silos return insurers\n\n21.01.2026 11:30\n\nOlha Bondar, Oleh Verba\n\n", None),
    # A desk's byline names no journalist: the outlet the lead has the guest tell asks (the
    # header's outlet, structure/interview_outlet.py, since session 30).
    ("Underground silos return insurers\n\n21.01.2026 11:30\n\nNation Team\n\n", "Ukrinform"),
    # A menu row's items read as a name.
    (
        "Ukrinform\nPress Review   Sports   World\n\nUnderground silos return insurers\n\n",
        "Ukrinform",
    ),
    # A text-size widget's line between blank lines.
    ("News\nCity News\nUnderground silos return insurers\n\nText Size\n\n", "Ukrinform"),
]


@pytest.mark.parametrize(("head", "outlet"), _NOT_ASKERS)
def test_no_single_writer_names_no_asker(head: str, outlet: str | None) -> None:
    got = _speakers(_page(head, "Q: ", "Melnyk: "))
    assert [s for label, s in got if label == "question"] == [outlet] * 3


def test_no_interview_lead_names_no_asker() -> None:
    # A briefing write-up: the byline's reporter is not the one asking every question.
    page = _page(
        "Minister briefs the press on grain terminals\n\n21.01.2026 11:30\n\nOlha Bondar\n\n",
        "Q: ",
        "Melnyk: ",
        lead="Andrii Melnyk, CEO of Danube Grain Hub, held a press conference in Izmail on "
        "Tuesday about the attacks on grain terminals.\n\n",
    )
    assert [s for label, s in _speakers(page) if label == "question"] == [None] * 3


def test_wire_story_reporter_is_no_asker() -> None:
    page = _page(
        "Exclusive: grain hub chief says silos can beat drones\n\nBy Olha Bondar\n\n",
        "Q: ",
        "Melnyk: ",
        lead="IZMAIL, Jan 21 (Reuters) - Andrii Melnyk, CEO of Danube Grain Hub, told Reuters "
        "his company is building underground silos.\n\n",
    )
    assert [s for label, s in _speakers(page) if label == "question"] == [None] * 3


@pytest.mark.parametrize(
    ("preface", "want"),
    [
        ("Masthead\n\nHeadline of the story\n\nBy Olha Bondar\n\nA lead.\n", "Olha Bondar"),
        ("Masthead\n\nAuthor: Olha Bondar\n\n", "Olha Bondar"),
        ("Masthead\n\nТекст: Анна Черепанова\n\n", "Анна Черепанова"),
        ("Masthead\n\nOlha Bondar\n\nOleh Verba\n\n", None),  # two bylines
        ("Masthead\n\nАнастасия Гоголева\nСергей Титов\n10 апреля 2026\n\n", None),  # stacked
        ("Masthead\n\nShare\nAA\nText Size\nSmall\n\n", None),  # a text-size widget
        ("Masthead\nOlha Bondar said the silos are full of grain today.\n", None),  # prose
        ("Olha Bondar\n\nHeadline\n", None),  # the first line is the masthead
    ],
)
def test_byline_writer_shapes(preface: str, want: str | None) -> None:
    got = byline_writer(preface, preface)
    assert (got.display() if got is not None else None) == want


def test_outlet_that_asked_and_a_writer_over_her_town() -> None:
    # The lead has the outlet ask ("Укрінформ розпитав …"); the writer's name stands over her town
    # and the date; the outlet's own label asks.
    page = (
        "Укрінформ\n\nГори не повинні ставати ризиком\n\nМар'яна Гнатюк\nІвано-Франківськ\n"
        "14.12.2025 09:30\n\nЯк область підготувала гірські маршрути, про це Укрінформ розпитав "
        "начальницю обласної адміністрації Світлану Онищук.\n\n"
        "Укрінформ: Пані Світлано, скільки туристів очікуєте цієї зими?\n\n"
        "Світлана Онищук: Понад 800 тисяч людей. Це трохи більше, ніж торік.\n\n"
        "Укрінформ: Що змінилося з безпекою на маршрутах?\n\n"
        "Світлана Онищук: Ми додали два пункти рятувальників і нові маркування.\n"
    )
    got = _speakers(page)
    assert [s for label, s in got if label == "question"] == ["Мар'яна Гнатюк"] * 2


def test_a_person_told_is_no_outlet_interview() -> None:
    # "told Zelensky" names a person told, not an outlet the guest gave the interview.
    page = _page(
        "Underground silos return insurers\n\n21.01.2026 11:30\n\nOlha Bondar\n\n",
        "Q: ",
        "Melnyk: ",
        lead="Andrii Melnyk, CEO of Danube Grain Hub, told Zelensky on Tuesday that the silos "
        "would be ready by the autumn.\n\n",
    )
    assert [s for label, s in _speakers(page) if label == "question"] == [None] * 3
