"""Session 29, speakers' names: a blog's "REPOST:" heading is no label and its first-person Q&A
is asked by the blogger its footer signs; an office whose menu line ends "… of the President"
names no holder on the next line, and of two namesakes in a menu the one under the label's own
title holds it; a hearing roster's party tag before the chair's post; a Cyrillic office's
capitalised genitive state stays with the office; a state the gazetteer knows closes an office's
"of" domain before the holder's two given names."""

from __future__ import annotations

import pytest
from tests.structure_support import turn_rows

from rhetoscope.structure.speakers import parse_name

_BLOG = (
    "The Millbrook Notebook\n"
    "Local politics, zoning fights and the occasional good meal. By Tom Brannigan.\n"
    "Home\nAbout\nArchive\n"
    "Tuesday, May 13, 2025\n"
    'REPOST: "We can\'t bond our way out of this alone" — my Q&A with Mayor Elena Vasquez\n'
    "A few of you asked for the full version of the interview I did with Mayor Elena Vasquez "
    "for the Courier last week. Here it is, lightly trimmed for length.\n"
    "Q: Mayor, the bond goes to the council on Thursday. Do you have the votes?\n"
    "A: I think we do, but I've been in this job long enough not to count anything early.\n"
    "Q: What happens if it fails?\n"
    "A: Then we go back to the drawing board. Waiting isn't free.\n"
    "Posted by Tom Brannigan at 9:14 AM\n"
    "Labels: housing bond, interviews\n"
    "Tuesday, May 13, 2025\n"
    'REPOST: "We can\'t bond our way out of this alone" — my Q&A with Mayor Elena Vasquez\n'
    "Q. Mayor, do you have the votes?\n"
    "A. I think we do.\n"
)


def test_blog_repost_qa_resolves_both_sides() -> None:
    rows = [(label, speaker) for label, speaker, _ in turn_rows(_BLOG) if label != "other"]
    spoken = [r for r in rows if r[0] in ("question", "answer")]
    assert spoken and all(
        speaker == ("Tom Brannigan" if label == "question" else "Elena Vasquez")
        for label, speaker in spoken
    )
    assert all(speaker != "Repost" and speaker != "REPOST" for _, speaker in rows)


_WH_MENU = (
    "Skip to content\nThe White House\nOpen Menu\nSearch\nAdministration\n"
    "President Joe Biden\nVice President Kamala Harris\nFirst Lady Dr. Jill Biden\n"
    "Second Gentleman Douglas Emhoff\nThe Cabinet\nExecutive Office of the President\n"
    "Briefing Room\nSpanish\nClose\nSearch\nBriefing Room\n"
)
_GAGGLE = (
    "Remarks by President Biden in a Press Gaggle Aboard Air Force One\n"
    "Home\nBriefing Room\nSpeeches and Remarks\nApril 16, 2024\n\n"
    "Aboard Air Force One\n\n"
    "THE PRESIDENT:  Hey, folks.  I just wanted to come back for a second.\n\n"
    "Q    Mr. President, would you sign the aid bills separately?\n\n"
    "THE PRESIDENT:  Look, I want to see the Senate bill first.\n\n"
    "Q    Thank you, Mr. President.\n"
)


@pytest.mark.parametrize(
    "page",
    [
        _WH_MENU + _GAGGLE,
        # (a shorter menu: the title in the header, both Bidens beside it)
        "Skip to content\nPresident Joe Biden\nVice President Kamala Harris\n"
        "First Lady Dr. Jill Biden\nSecond Gentleman Douglas Emhoff\n" + _GAGGLE,
    ],
)
def test_office_label_holder_among_namesakes(page: str) -> None:
    speakers = {s for label, s, body in turn_rows(page) if body.startswith(("Hey", "Look"))}
    assert speakers == {"Joe Biden"}


def test_hearing_roster_party_tag_before_chair() -> None:
    page = (
        "Senate Committee Holds Hearing on Monetary Policy\n"
        "CQ Congressional Transcripts\nMarch 7, 2024 Thursday\n\n"
        "SPEAKERS:\n"
        "SEN. SHERROD BROWN (D-OH), CHAIRMAN\n"
        "SEN. TIM SCOTT (R-SC), RANKING MEMBER\n\n"
        "WITNESSES:\n"
        "JEROME POWELL, CHAIR, BOARD OF GOVERNORS OF THE FEDERAL RESERVE SYSTEM\n\n"
        "CHAIRMAN: The committee will come to order. Chair Powell, welcome back.\n\n"
        "SEN. SCOTT: Thank you, Mr. Chairman. Chair Powell, welcome.\n\n"
        "CHAIRMAN: Chair Powell, you're recognized for five minutes.\n\n"
        "POWELL: Chairman Brown, Ranking Member Scott, thank you.\n"
    )
    rows = turn_rows(page)
    chair = {s for _, s, body in rows if body.startswith(("The committee", "Chair Powell, you"))}
    assert chair == {"Sherrod Brown"}


@pytest.mark.parametrize(
    ("label", "given", "surname", "title"),
    [
        (
            "Президент України Володимир Зеленський",
            ("Володимир",),
            "Зеленський",
            "Президент України",
        ),
        ("Президент России Владимир Путин", ("Владимир",), "Путин", "Президент России"),
        (
            "Міністр закордонних справ України Андрій Сибіга",
            ("Андрій",),
            "Сибіга",
            "Міністр закордонних справ України",
        ),
        (
            "Президент Российской Федерации Владимир Путин",
            ("Владимир",),
            "Путин",
            "Президент Российской Федерации",
        ),
        # (a patronymic keeps the word before it a given name; two words are a full name)
        (
            "Посол Ірина Вікторівна Петренко",
            ("Ірина", "Вікторівна"),
            "Петренко",
            "Посол",
        ),
        ("Міністр Марія Іванова", ("Марія",), "Іванова", "Міністр"),
    ],
)
def test_cyrillic_office_genitive_state(
    label: str, given: tuple[str, ...], surname: str, title: str
) -> None:
    name = parse_name(label.split())
    assert name is not None
    assert (name.given, name.surname, name.title) == (given, surname, title)


def test_cyrillic_office_label_speaker() -> None:
    page = (
        "Інтерв'ю Президента України Володимира Зеленського програмі «Підсумки тижня»\n\n"
        "Розмову вела журналістка Олена Кравчук.\n\n"
        "Журналістка: Пане Президенте, дякую. Чи є шанс на припинення вогню?\n\n"
        "Президент України Володимир Зеленський: Дякую вам. Шанс є тоді, коли є тиск.\n\n"
        "Журналістка: А що далі?\n\n"
        "Президент: Далі ми працюємо з партнерами.\n"
    )
    answers = {s for _, s, body in turn_rows(page) if body.startswith(("Дякую вам", "Далі"))}
    assert answers == {"Володимир Зеленський"}


def test_state_domain_before_two_given_names() -> None:
    page = (
        "Joint Press Conference of President Erdoğan and Federal Chancellor Olaf Scholz\n"
        "Dolmabahçe Working Office, Istanbul\n\n"
        "MODERATOR: Welcome. President of the Republic of Türkiye Recep Tayyip Erdoğan and "
        "Federal Chancellor of Germany Olaf Scholz will now make their statements.\n\n"
        "PRESIDENT ERDOĞAN: Esteemed Chancellor, I greet you all with respect.\n\n"
        "CHANCELLOR SCHOLZ: Thank you very much, Mr President, for the welcome.\n\n"
        "MODERATOR: We will now take two questions.\n\n"
        "QUESTION: Mr President, is a ceasefire possible this year?\n\n"
        "PRESIDENT ERDOĞAN: We have always said there will be no winner in this war.\n\n"
        "QUESTION: Chancellor, will Germany deport more people?\n\n"
        "CHANCELLOR SCHOLZ: There is good cooperation between our two countries.\n"
    )
    speakers = {
        s
        for _, s, body in turn_rows(page)
        if body.startswith(("Esteemed", "Thank", "We have", "There"))
    }
    assert speakers == {"Recep Tayyip Erdoğan", "Olaf Scholz"}
