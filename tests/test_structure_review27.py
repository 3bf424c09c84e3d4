"""Twenty-seventh session: what the review of the round's structure changes caught.

Each case is a short page in a shape an ordinary newsroom or government site prints, and asserts
who speaks each turn (or what the page's metadata reads).
"""

from __future__ import annotations

import pytest

from structure_support import run, turn_rows

_LOPEZ_QA = (
    "Q: What is your first priority?\n\n"
    "Maria Lopez: Response times. They have doubled in five years and residents notice it.\n\n"
    "Q: Will you hire more officers?\n\n"
    "Maria Lopez: Yes, about forty this year, most of them for the night shifts.\n"
)


# A title-cased headline's verb between an office and the label's own full name is no given
# name: "Mayor Taps Maria Lopez as Police Chief" leaves "Maria Lopez:" Maria Lopez (the fuller
# name is read only from prose, "… County Mayor Daniella Levine Cava at the …").
@pytest.mark.parametrize(
    "headline",
    [
        "Mayor Taps Maria Lopez as Police Chief",
        "Governor Names Maria Lopez to Lead State Police",
        "Chancellor Welcomes Maria Lopez",
    ],
)
def test_a_headline_verb_is_no_given_name(headline: str) -> None:
    page = f"City Hall News\n{headline}\n\nThe new chief spoke to us about her plans.\n\n"
    rows = turn_rows(page + _LOPEZ_QA)
    assert [r[1] for r in rows if r[0] == "answer"] == ["Maria Lopez", "Maria Lopez"]


_BRIEFING = (
    "Ministry of Health\n"
    "Press briefing on waiting lists\n\n"
    "MARK ELLIS: Good morning, everybody, and welcome. The minister will give you the figures "
    "and then we will open the floor. Minister.\n\n"
    "SARA KLEIN, MINISTER OF HEALTH: Thank you, Mark. Waiting lists fell by a tenth this year, "
    "and four new clinics open in the north next month.\n\n"
    "QUESTION: Minister, when will the longest waits come down?\n\n"
    "KLEIN: By the end of the year, we expect a fall of a third in the longest waits.\n\n"
    "QUESTION: But would you resign if they don't—\n\n"
    "ELLIS: {reply}\n\n"
    "QUESTION: What about the nurses' pay talks?\n\n"
    "KLEIN: They resume on Monday, and I am confident of a deal.\n"
)


# The chair who opened a briefing and speaks after a question broken off on its dash restores
# order only when he says so ("One at a time, please. Anna, finish …"); a short reply to the
# broken question is his answer to it.
@pytest.mark.parametrize(
    ("reply", "label"),
    [
        ("No, she would not. The targets were set by the whole cabinet last spring.", "answer"),
        ("That is not on the table. The targets stand, and so does the minister.", "answer"),
        ("One at a time, please. Anna, finish and then we go to the back.", "other"),
    ],
)
def test_a_chairs_reply_to_a_broken_question(reply: str, label: str) -> None:
    rows = turn_rows(_BRIEFING.format(reply=reply))
    ellis = [r for r in rows if r[2].startswith(reply[:20])]
    assert [(r[0], r[1]) for r in ellis] == [(label, "Mark Ellis")]


# A byline row parted by bars under a headline is no site menu under a masthead: the headline
# stays the title, not the standfirst below the byline.
@pytest.mark.parametrize(
    "byline",
    [
        "By Jane Doe | Staff Writer | Photos by Ann Lee",
        "By Jane Doe  ·  City Desk  ·  Photography by Ann Lee",
    ],
)
def test_a_bylines_bars_make_no_masthead(byline: str) -> None:
    page = (
        f"Mayor Lopez on her first year\n{byline}\nA look back at twelve months\n"
        "The mayor sat down with us at City Hall.\n\n"
        "Q. What is the budget's biggest change?\n\n"
        "A. Roads. We are doubling the repair money for the smaller towns this year.\n\n"
        "Q. And the schools?\n\n"
        "A. Teachers get a raise of four percent from September, which we agreed in spring.\n"
    )
    assert run(page).meta.title == "Mayor Lopez on her first year"


_UK_QA = (
    "Запитання: Скільки днів цієї зими тролейбуси не виходили на маршрути?\n\n"
    "Відповідь: Близько двадцяти. Найважче було в січні, коли підстанції стояли без живлення.\n\n"
    "Запитання: А що з водіями?\n\n"
    "Відповідь: Бракує тридцяти людей, тому ми відкрили власну школу водіїв цієї весни.\n"
)


# The header's office holder answers a one-on-one Q&A only where the lead introduces them; an
# official the news reports making a statement ("Міністр фінансів Сергій Марченко заявив …") is
# no guest (the answers stay nobody's), while "Директор … розповів" still names the director.
@pytest.mark.parametrize(
    ("lead", "answerer"),
    [
        (
            "Міністр фінансів Сергій Марченко заявив на цьому тижні, що дефіцит скоротиться. "
            "Що буде з транспортом, розповів директор підприємства.",
            None,
        ),
        (
            "Міністр фінансів Сергій Марченко повідомив журналістам, що грошей на ремонт немає. "
            "Як місто переживе зиму, ми запитали в керівника підприємства.",
            None,
        ),
        (
            "Директор КП «Миколаївелектротранс» Андрій Шевчук розповів, як підприємство "
            "пережило зиму.",
            "Андрій Шевчук",
        ),
    ],
)
def test_an_officials_statement_names_no_guest(lead: str, answerer: str | None) -> None:
    page = f"НикВести\n\nТролейбуси після зими\n\n{lead}\n\n{_UK_QA}"
    rows = turn_rows(page)
    assert {r[1] for r in rows if r[0] == "answer"} == {answerer}
