"""Small cases for the IG round: a teleconference moderator's call "to the line of" a reporter;
a reporter's self-introduction after a greeting's comma; an embassy site's own notice at the
page's foot; a committee's "RANKING MEMBER" office; a chair labelled by title and surname who
recognises the next member; a rubric line over a title that closes on its date (no author); a
label's words written in full after its office with more given names; the White House's room
line over its clock line."""

import pytest

from rhetoscope.structure.metadata import trailing_start
from structure_support import run, spoken_rows, turn_rows

_CALL = (
    "Special Briefing\nOffice of the Spokesperson\nVia Teleconference\nJuly 8, 2025\n\n"
    "MODERATOR:  Good afternoon, everyone.  Over to you, sir.\n\n"
    "SENIOR STATE DEPARTMENT OFFICIAL:  Thanks.  Happy to take your questions.\n\n"
    "MODERATOR:  Thank you.  {call}\n\n"
    "QUESTION:  {greeting}I wanted to ask about the tariff letters.  Will he raise them?\n\n"
    "SENIOR STATE DEPARTMENT OFFICIAL:  Sure.  The letters speak for themselves.\n\n"
    "MODERATOR:  Great.  Thank you, everyone, for joining.\n"
)


@pytest.mark.parametrize(
    ("call", "greeting", "want"),
    [
        # the moderator sends the call to the reporter's line
        (
            "Our first question goes to the line of Shaun Tandon from AFP.",
            "Hi, thanks for doing this.  ",
            "Shaun Tandon",
        ),
        ("The next question goes to Rachel Oduya of AFP.", "", "Rachel Oduya"),
        # the reporter says who she is after the greeting's comma, in lowercase
        (
            "Let’s go to CNN next.",
            "Hi, this is Jennifer Hansler with CNN.  Thanks for doing this.  ",
            "Jennifer Hansler",
        ),
        (
            "Let’s go to CNN next.",
            "Hello, my name is Jennifer Hansler with CNN.  ",
            "Jennifer Hansler",
        ),
        # an outlet alone names no one
        ("Let’s go to Reuters next.", "Hi, thank you.  ", None),
    ],
)
def test_teleconference_asker_named(call: str, greeting: str, want: str | None) -> None:
    text = _CALL.replace("{call}", call).replace("{greeting}", greeting)
    asked = [r[1] for r in turn_rows(text) if r[0] == "question"]
    assert asked == [want]


@pytest.mark.parametrize(
    "notice",
    [
        "This is the official website of the U.S. Embassy & Consulates in Indonesia. External "
        "links to other Internet sites should not be construed as an endorsement of the views "
        "or privacy policies contained therein.",
        "External links to other Internet sites should not be construed as an endorsement of "
        "the views or privacy policies contained therein.",
    ],
)
def test_embassy_site_notice_is_trailing(notice: str) -> None:
    text = _CALL.replace("{call}", "Next question.").replace("{greeting}", "")
    text += (
        "\nShare this:\nFacebook   X   LinkedIn   Email\nRelated Articles\n"
        "Secretary Rubio’s Call with Indonesian Foreign Minister Sugiono\n"
        f"Visa Appointment Wait Times\n{notice}\n"
    )
    assert text[trailing_start(text) :].lstrip().startswith("Share this:")
    assert turn_rows(text)[-1][2].endswith("for joining.")


_HEARING = (
    "WASHINGTON, March 12 – At a hearing of the Senate HELP Committee today, Ranking Member "
    "Bernie Sanders (I-Vt.) questioned Ellen Marchetti, chief executive officer of Corvane. The "
    "hearing was convened by HELP Committee Chair Bill Cassidy (R-La.).\n\n"
    "CHAIR CASSIDY: Thank you. Ranking Member Sanders, you are recognized for five minutes.\n\n"
    "RANKING MEMBER SANDERS: Thank you, Mr. Chairman. Why is the list price $489?\n\n"
    "MS. MARCHETTI: Senator, list prices don’t reflect what most patients actually pay.\n\n"
    "RANKING MEMBER SANDERS: It was $11 million. Thank you, Mr. Chairman.\n\n"
    "CHAIR CASSIDY: Thank you. Ms. Marchetti, does the savings program apply to Medicare?\n\n"
    "MS. MARCHETTI: It does not, Mr. Chairman.\n\n"
    "CHAIR CASSIDY: Thank you. Senator Murkowski.\n"
)


def test_ranking_member_office_and_recognising_chair() -> None:
    rows = spoken_rows(_HEARING)
    assert [r[:2] for r in rows] == [
        ("other", "Bill Cassidy"),
        ("question", "Bernie Sanders"),
        ("answer", "Ellen Marchetti"),
        ("other", "Bernie Sanders"),
        ("question", "Bill Cassidy"),
        ("answer", "Ellen Marchetti"),
        ("other", "Bill Cassidy"),
    ]


@pytest.mark.parametrize(
    ("rubric", "want"),
    [
        # a site's rubric over a title that closes on its date: no author
        ("Выступления Министра", "РИА Новости"),
    ],
)
def test_rubric_over_dated_title_is_no_author(rubric: str, want: str) -> None:
    text = (
        f"Министерство иностранных дел Российской Федерации\nГлавная\n{rubric}\n"
        "Ответы на вопросы СМИ Министра иностранных дел Российской Федерации С.В.Лаврова в ходе "
        "подхода к прессе, Анталья, 11 апреля 2025 года\n11.04.202519:05\n\n"
        "Вопрос: Сергей Викторович, обсуждалась ли черноморская инициатива?\n\n"
        "С.В.Лавров: Обсуждали, конечно. Наша позиция хорошо известна.\n\n"
        "Вопрос (РИА Новости): Как Вы оцениваете итоги консультаций?\n\n"
        "С.В.Лавров: Консультации были полезными, деловыми.\n\n"
        "Вопрос (ТАСС): Будете ли Вы завтра выступать на форуме?\n\n"
        "С.В.Лавров: Да, завтра приму участие в пленарной сессии.\n"
    )
    asked = [r[1] for r in turn_rows(text) if r[0] == "question"]
    assert asked == [None, want, "ТАСС"]


_SPRAY = (
    "Remarks by President Biden and President Luiz Inácio Lula da Silva of Brazil Before "
    "Bilateral Meeting\nFebruary 10, 2023•Speeches and Remarks\n\nShare:\n"
    "Share this page on Facebook   Share this page on X\n\n{room}\n\n3:07 P.M. EST\n\n"
    "THE PRESIDENT:  Well, Mr. President, welcome back.  The floor is yours.\n\n"
    "PRESIDENT LULA DA SILVA:  (As interpreted.)  Well, first, I would like to thank President "
    "Biden for the invitation.\n\n"
    "Q    Are you going to ask President Biden to join it?\n\n"
    "PRESIDENT LULA DA SILVA:  (As interpreted.)  Well, I'm going to talk to him about it.\n\n"
    "END                 3:19 P.M. EST\n"
)


@pytest.mark.parametrize(
    ("room", "place"),
    [
        ("Oval Office", "Oval Office"),
        ("East Room", "East Room"),
        # a trip's line is no place
        ("Aboard Air Force One", None),
    ],
)
def test_white_house_room_and_full_name(room: str, place: str | None) -> None:
    text = _SPRAY.replace("{room}", room)
    doc = run(text)
    assert doc.meta.to_dict().get("place") == place
    lula = [r for r in turn_rows(text) if "thank President" in r[2] or "talk to him" in r[2]]
    assert [r[1] for r in lula] == ["Luiz Inácio Lula da Silva"] * 2
    assert all(r[2].startswith("Well,") for r in lula)


def test_repost_strip_date_yields_to_event_date() -> None:
    text = (
        "Home | News & Events | Senior State Department Official on Travel\n"
        "Senior State Department Official on Travel\n"
        "By U.S. Mission Indonesia | 9 July, 2025 | Topics: News, Press Releases | Tags: ASEAN\n"
        "Special Briefing\nOffice of the Spokesperson\nVia Teleconference\nJuly 8, 2025\n\n"
        + _CALL.split("\n\n", 1)[1].replace("{call}", "Next.").replace("{greeting}", "")
    )
    assert run(text).meta.to_dict().get("date") == "2025-07-08"
