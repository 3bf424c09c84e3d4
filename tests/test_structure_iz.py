"""Small cases for the IZ fixer (naming stress): a masthead line over its crumb trail asks as
the byline's one writer; a label spelling the masthead's initials without its article ("JC:"
under "The Jewish Courier") does too; a header's other romanisation of a label's given name
wins ("Andrii" over "ANDRIY"); the guest's own archived voice played in between the host's
turns is a statement; a feminine office in the accusative names its holder ("директорку
ліцею №3 Наталію Сидорук"); a closing bio "X is the Paper's … correspondent." and a British
company line are no part of the last turn."""

import pytest

from rhetoscope.structure.metadata import _AUTHOR_BIO
from rhetoscope.structure.naming import _genitive_holder, _respelled
from structure_support import spoken_rows

_MASTHEAD = (
    "{masthead}\n{crumbs}\n\n'Open on a Tuesday'\n\n"
    "Fr Declan Ryan on food banks and falling numbers\n\n"
    "By Hannah Pryce\nPublished 14 March 2025\n\n"
    "Fr Declan Ryan has been parish priest here since 2011.\n\n"
    "{label}: Does the town still feel like a posting?\n\n"
    "Fr Declan Ryan: Home, without a doubt. I know every bench by the river.\n\n"
    "{label}: Why is the food bank still running?\n\n"
    "Ryan: Because the need didn't go away when the masks did.\n"
)


@pytest.mark.parametrize(
    ("masthead", "crumbs", "label", "asker"),
    [
        ("Harrow Free Press", "Home › News › Faith", "Harrow Free Press", "Hannah Pryce"),
        ("The Jewish Courier", "News | Community | Israel | Culture", "JC", "Hannah Pryce"),
    ],
)
def test_masthead_label_asks_as_sole_writer(
    masthead: str, crumbs: str, label: str, asker: str
) -> None:
    text = _MASTHEAD.format(masthead=masthead, crumbs=crumbs, label=label)
    rows = spoken_rows(text)
    assert [(r[0], r[1]) for r in rows] == [
        ("question", asker),
        ("answer", "Declan Ryan"),
        ("question", asker),
        ("answer", "Declan Ryan"),
    ]


@pytest.mark.parametrize(
    ("display", "header", "want"),
    [
        ("Andriy Kovalchuk", "Andrii Kovalchuk left his job in March 2022.", "Andrii Kovalchuk"),
        ("Sergey Volkov", "Sergei Volkov spoke with our host.", "Sergei Volkov"),
        # both spellings in the header: no choosing
        ("Andriy Kovalchuk", "Andrii Kovalchuk, or Andriy Kovalchuk, left.", "Andriy Kovalchuk"),
        # another given name, a letter apart: another person
        ("Daniel Kovalchuk", "Daniela Kovalchuk left her job.", "Daniel Kovalchuk"),
    ],
)
def test_header_romanisation_of_given_name(display: str, header: str, want: str) -> None:
    assert _respelled(display, header) == want


_CLIP = (
    "Three years on, a machinist comes back to the shop floor\n\n"
    "February 24, 2025\n\n"
    "MEGAN LUCE, HOST: Within two weeks, Andriy Kovalchuk had quit his job. Welcome.\n\n"
    "ANDRIY KOVALCHUK: Thank you for having me, Megan.\n\n"
    "LUCE: What did your boss say?\n\n"
    "KOVALCHUK: He said my job would be here.\n\n"
    "LUCE: You recorded a voice message for your coworkers in 2023.\n\n"
    "(SOUNDBITE OF ARCHIVED RECORDING)\n\n"
    "ANDRIY KOVALCHUK: Hi, guys. It's cold here, very cold.\n\n"
    "LUCE: The Packers did not win.\n\n"
    "KOVALCHUK: No, they did not.\n"
)


def test_guest_archived_voice_is_statement() -> None:
    labels = [r[0] for r in spoken_rows(_CLIP)]
    assert labels[-3:] == ["statement", "question", "answer"]
    assert labels[3] == "answer"


@pytest.mark.parametrize(
    ("lead", "want"),
    [
        ("запросила до студії директорку ліцею №3 Наталію Сидорук.", {"Наталія Сидорук"}),
        ("запросила директорку ліцею Ганну Петрову.", {"Ганна Петрова"}),
        ("звіти директорки ліцею Оксани Мельник.", {"Оксана Мельник"}),
        # a dative man's name after no accusative office: nothing read
        ("директор ліцею Андрію Коваленку подякував.", set()),
    ],
)
def test_accusative_office_holder(lead: str, want: set[str]) -> None:
    assert {d for d, _ in _genitive_holder("Директорка", "ліцею", lead, [])} == want


@pytest.mark.parametrize(
    ("line", "bio"),
    [
        ("Daniel Sokol is the Jewish Courier’s northern correspondent.", True),
        ("Jane Doe is the Herald's chief political reporter.", True),
        ("David is the congregation's rabbi.", False),
    ],
)
def test_possessive_author_bio(line: str, bio: bool) -> None:
    assert (_AUTHOR_BIO.fullmatch(line) is not None) == bio
