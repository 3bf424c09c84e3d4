"""Session 32, turn recall and speakers on held-out pages: a Commons page whose buttons are spelt
out (`Share this specific contribution`, `Copy link to this contribution`); the Senate's `pro
tempore` no name, its acting chair named by the record's `Mr. X thereupon assumed the Chair`
line; the clerk's narration ends the chair's turn; Echo's bar label glued with no space; a
chair's closing call (`Senator Reed?`) a turn of its own; a PDF running head set on one line
with a wide gap."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

# --- Hansard: spelt-out buttons above the member line, the question number below it -------

_COMMONS = (
    "Hansard\n"
    "UK Parliament\n"
    "Engagements\n"
    "Volume 781: debated on Wednesday 4 March 2026\n"
    "Share\n\n"
    "{above}\n"
    "12:00:00\n"
    "Dr Helen Marsh (Bath North) (LD)\n"
    "{q}If he will list his official engagements for Wednesday 4 March.\n\n"
    "{above2}\n"
    "The Prime Minister (Daniel Harlow)\n"
    "This morning I had meetings with ministerial colleagues and others. I shall have further "
    "such meetings later today.\n\n"
    "{above2}\n"
    "Dr Marsh\n"
    "Rural bus routes in my constituency have halved since 2019. Will the Prime Minister "
    "restore the fund that kept them running?\n\n"
    "{above}\n"
    "The Prime Minister\n"
    "The hon. Lady is right to raise this, and the Transport Secretary will meet her next "
    "week to discuss it.\n\n"
    "{above2}\n"
    "Mr Speaker\n"
    "Order. Let us hear the next question.\n\n"
    "{above}\n"
    "Dr Marsh\n"
    "Will he publish the date of that meeting?\n\n"
    "{above2}\n"
    "The Prime Minister\n"
    "I will write to the hon. Lady with the date.\n"
)


@pytest.mark.parametrize(
    ("above", "above2", "q"),
    [
        ("Copy link to this contribution", "Share this specific contribution", "Q1. "),
        ("Share this specific contribution", "Copy link to this contribution", "Q1. "),
        ("Copy link to this contribution", "Copy link to this contribution", "Q3. [905118] "),
        ("Share this specific contribution", "Share this specific contribution", ""),
    ],
)
def test_commons_page_with_spelt_out_buttons(above: str, above2: str, q: str) -> None:
    rows = turn_rows(_COMMONS.format(above=above, above2=above2, q=q))
    # (the order paper's number on the words' line stays the words', as hansard_pmqs_dw pins)
    assert rows[0][2].startswith(f"{q}If he will list his official")
    assert [(r[1], r[2][:24]) for r in rows[1:]] == [
        ("Daniel Harlow", "This morning I had meeti"),
        ("Helen Marsh", "Rural bus routes in my c"),
        ("Daniel Harlow", "The hon. Lady is right t"),
        (None, "Order. Let us hear the n"),
        ("Helen Marsh", "Will he publish the date"),
        ("Daniel Harlow", "I will write to the hon."),
    ]


# --- the Senate's acting chair --------------------------------------------------------------

_SENATE = (
    "Congressional Record, Volume 172 Issue 40 (Tuesday, March 3, 2026)\n"
    "[Congressional Record Volume 172, Number 40 (Tuesday, March 3, 2026)]\n"
    "[Senate]\n\n"
    "                  APPOINTMENT OF ACTING PRESIDENT PRO TEMPORE\n\n"
    "  The PRESIDING OFFICER. The clerk will please read a communication to the Senate from "
    "the President pro tempore (Mr. Hollis).\n"
    "  The legislative clerk read the following letter:\n\n"
    "                                        President pro tempore,\n"
    "To the Senate:\n"
    "  Under the provisions of rule I, I hereby appoint {appointee}, a Senator from the State "
    "of Oregon, to perform the duties of the Chair.\n"
    "                                                   Walter Hollis,\n"
    "                                            President pro tempore.\n\n"
    "  Mr. {caps} thereupon assumed the Chair as Acting President pro tempore.\n\n"
    "                          ____________________\n\n"
    "  The ACTING PRESIDENT pro tempore. The majority leader is recognized.\n\n"
    "  Mr. KEMPER. Mr. President, the Senate will resume consideration of the farm bill "
    "today, and I expect votes this afternoon.\n"
    "  Mr. President, I suggest the absence of a quorum.\n"
    "  The ACTING PRESIDENT pro tempore. The clerk will call the roll.\n"
    "  The legislative clerk proceeded to call the roll.\n"
    "  Mr. KEMPER. Mr. President, I ask unanimous consent that the order for the quorum call "
    "be rescinded.\n"
    "  The ACTING PRESIDENT pro tempore. Without objection, it is so ordered.\n"
)


@pytest.mark.parametrize(
    ("appointee", "caps", "chair"),
    [
        ("the Honorable Nora Delacroix", "DELACROIX", "Nora Delacroix"),
        ("the Honorable Samuel T. Brandt", "BRANDT", "Samuel Brandt"),
        # (no full name written: the title and surname, as a bracketed holder)
        ("the Senator", "BRANDT", "Mr. Brandt"),
    ],
)
def test_acting_chair_named_by_assumed_chair_line(appointee: str, caps: str, chair: str) -> None:
    rows = turn_rows(_SENATE.format(appointee=appointee, caps=caps))
    speakers = [r[1] for r in rows]
    assert "Pro Tempore" not in speakers
    assert [
        (r[1], r[2]) for r in rows if r[2].startswith(("The majority", "The clerk will c"))
    ] == [
        (chair, "The majority leader is recognized."),
        (chair, "The clerk will call the roll."),
    ]


def test_clerk_narration_ends_the_chair_turn() -> None:
    rows = turn_rows(_SENATE.format(appointee="the Honorable Nora Delacroix", caps="DELACROIX"))
    bodies = [r[2] for r in rows]
    assert bodies[0] == (
        "The clerk will please read a communication to the Senate from the President pro "
        "tempore (Mr. Hollis)."
    )
    assert "The clerk will call the roll." in bodies
    assert not any("legislative clerk" in b for b in bodies)


def test_no_assumed_chair_line_names_no_one() -> None:
    text = _SENATE.format(appointee="the Senator", caps="BRANDT").replace(
        "  Mr. BRANDT thereupon assumed the Chair as Acting President pro tempore.\n", ""
    )
    speakers = {r[1] for r in turn_rows(text)}
    assert "Pro Tempore" not in speakers
    assert not any(s and "Brandt" in s for s in speakers)


# --- Echo's bar label glued on with no space --------------------------------------------------

_ECHO = (
    "Особое мнение\n\n"
    "Гости: Пётр Лаптев\n"
    "Ведущие: Анна Соколова\n\n"
    "А.Соколова― Добрый вечер, это «Особое мнение». У нас в гостях Пётр Лаптев. Пётр "
    "Сергеевич, здравствуйте.\n\n"
    "П.Лаптев― Добрый вечер.\n\n"
    "А.Соколова― Что изменилось после выборов?\n\n"
    "П.Лаптев― Изменилось немногое, но у новых партий есть шанс, если они найдут свою "
    "нишу.{glue}А.Соколова― А вы бы им это посоветовали?\n\n"
    "П.Лаптев― Я советую только своим студентам.\n\n"
    "А.Соколова― Спасибо. Всего доброго.\n"
)


@pytest.mark.parametrize("glue", ["", " "])
def test_echo_bar_label_glued_after_a_stop(glue: str) -> None:
    rows = turn_rows(_ECHO.format(glue=glue))
    bodies = [(r[1], r[2]) for r in rows]
    assert ("Анна Соколова", "А вы бы им это посоветовали?") in bodies
    assert any(b.endswith("если они найдут свою нишу.") for _, b in bodies)


def test_initials_inside_a_bar_label_are_no_glue() -> None:
    """`О.Журавлева―` at a line start is one label, never `Журавлева` glued after `О.`."""
    rows = turn_rows(_ECHO.format(glue="\n\n"))
    assert all(r[1] in ("Анна Соколова", "Пётр Лаптев", None) for r in rows)


# --- a chair's closing call to the next member -----------------------------------------------

_HEARING = (
    "Senate Commerce Committee Holds Hearing on Rail Safety\n\n"
    "LIST OF PANEL MEMBERS AND WITNESSES\n\n"
    "SEN. MARTHA QUILL (R-IDAHO), CHAIRMAN\n"
    "SEN. OWEN BRACKETT (D-VT.), RANKING MEMBER\n\n"
    "WITNESSES:\n"
    "ADMINISTRATOR LENA FOSS\n\n"
    "QUILL: The committee will come to order. This morning we examine the state of rail "
    "safety after last year's derailments and what the agency has done since.\n\n"
    "Inspections are down and the backlog of waivers has grown, and I want to hear why.\n\n"
    "{call}\n\n"
    "BRACKETT: Thank you, Madam Chair. Welcome, Administrator Foss. I share the chair's "
    "concern about the backlog.\n\n"
    "QUILL: Administrator Foss, you are recognized.\n\n"
    "FOSS: Thank you. We have hired two hundred inspectors this year.\n\n"
    "QUILL: Thank you. Senator Brackett, you may begin the questions.\n\n"
    "BRACKETT: Administrator, how many waivers are still pending?\n\n"
    "FOSS: About four hundred, Senator, and we will clear them by the autumn.\n"
)


@pytest.mark.parametrize("call", ["Senator Brackett?", "Ranking Member Brackett?"])
def test_closing_call_is_a_turn_of_its_own(call: str) -> None:
    rows = turn_rows(_HEARING.format(call=call))
    assert [(r[1], r[2]) for r in rows[:2]] == [
        (
            "Martha Quill",
            "The committee will come to order. This morning we examine the state of rail safety "
            "after last year's derailments and what the agency has done since.\n\n"
            "Inspections are down and the backlog of waivers has grown, and I want to hear why.",
        ),
        ("Martha Quill", call),
    ]


def test_call_inside_a_short_turn_stays() -> None:
    text = _HEARING.format(call="Senator Brackett?").replace(
        "QUILL: The committee will come to order. This morning we examine the state of rail "
        "safety after last year's derailments and what the agency has done since.\n\n"
        "Inspections are down and the backlog of waivers has grown, and I want to hear why.\n\n",
        "QUILL: Welcome.\n\n",
    )
    rows = turn_rows(text)
    assert rows[0][2] == "Welcome.\n\nSenator Brackett?"


# --- a PDF's running head on one line ------------------------------------------------------

_PDF = (
    "1\n"
    "SUNDAY WITH HELEN MARSH\n"
    "9TH FEBRUARY 2025\n"
    "TOM BRADLEY, HOME SECRETARY\n\n\n"
    "HM: Home Secretary, thank you for joining us. Will you meet your target on small boat "
    "crossings this year?\n\n"
    "TB: We will, because the new returns agreements are already working and the numbers\n"
    "are falling month by month.\n\n"
    "HM: Let's talk about prisons, because there is a lot of talk that you will release\n"
    "more people early. Isn't that a risk to the public?\n\n"
    "SUNDAY WITH HELEN MARSH{gap}9TH FEBRUARY 2025\n"
    "{guest}\n"
    "2\n\n"
    "TB: No, it is not. Every release is assessed, and nobody convicted of a violent offence\n"
    "will be released early.\n\n"
    "HM: Home Secretary, thank you.\n\n"
    "TB: Thank you.\n"
)


@pytest.mark.parametrize(
    ("gap", "guest"),
    [
        (" " * 36, "TOM BRADLEY"),
        ("\t\t", "TOM BRADLEY"),
        (" " * 12, "TOM BRADLEY, HOME SECRETARY"),
    ],
)
def test_running_head_on_one_line_is_cut(gap: str, guest: str) -> None:
    rows = turn_rows(_PDF.format(gap=gap, guest=guest))
    prisons = next(r for r in rows if r[2].startswith("Let's talk about prisons"))
    assert prisons[2].endswith("Isn't that a risk to the public?")


@pytest.mark.parametrize("office", ["ACTING PRESIDENT pro tempore", "PRESIDING OFFICER"])
def test_unheld_acting_chair_is_null(office: str) -> None:
    """An acting chair the page never names (no `assumed the Chair` line, no bracketed
    holder) names no one, as `The PRESIDING OFFICER.` does."""
    text = (
        _SENATE.format(appointee="the Senator", caps="BRANDT")
        .replace("  Mr. BRANDT thereupon assumed the Chair as Acting President pro tempore.\n", "")
        .replace("The ACTING PRESIDENT pro tempore.", f"The {office}.")
    )
    rows = turn_rows(text)
    chair = [r[1] for r in rows if r[2] == "Without objection, it is so ordered."]
    assert chair == [None]
