"""Round 37 (GZ): speakers named from the page's cover, dek and contributors' box."""

import pytest

from rhetoscope.structure.metadata import trailing_start
from rhetoscope.structure.speakers import classify_label
from rhetoscope.structure.turns import analyse


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(t.label, t.attrs.get("speaker")) for t in analyse(text).turns]


PANEL = """ENERGY FORUM
Panel discussion, Brussels, 21 November 2023

Chaired by Professor Ama Kyei-Darko, Senior Fellow

Panellists:
Matthias von Brück, Head of Energy Policy, Verband der Netzbetreiber
Séamus Ó Murchú, Chief Economist, Irish Interconnect Authority

CHAIR: Good afternoon. Matthias, where does storage stand in Germany today?

VON BRUCK: Batteries are still treated as a curiosity, and they are not. In two years they
will be the first thing that responds in a crisis.

CHAIR: Séamus, how does this look from Dublin?

O MURCHU: It looks like a queue. We are an island grid with one and a half interconnectors.

CHAIR: We have a few minutes for the floor.

AUDIENCE MEMBER: Thank you. For Mr von Brück: why has the storage target slipped twice?

VON BRUCK: Mostly because of grid connection queues. Projects wait four years to connect.
"""

TRADE = """FREIGHT LEDGER

Vivian Liang, chief executive of Harrowgate Cold Chain, on pharmaceutical logistics

Nnamdi Okafor, Senior Editor | 2 October 2023

Okafor: You arrived just before the pandemic. Was that luck or timing?

CEO: Luck, honestly. Nobody plans to start a job six months before a vaccine rollout.

Okafor: Diesel prices have doubled. How long can a fleet stay on diesel?

CEO: Not long. We have forty electric tractor units on order.
"""

FILM = """northlight. — film, festivals, conversations

Oleksandra Hnatiuk: ‘The river was the only actor’

The Kyiv-born director talks to northlight. about her documentary Downstream.

Marta: Let’s start with the river. Why the Desna?

Oleksandra: The Desna is a family river, it’s where people actually swim and fish.

James: You shot over four summers. Did you know it would take that long?

Oleksandra: No. I planned one summer. Then the war started.

[Spoilers below]

Marta: The last scene is very quiet. What did you want people to feel?

Oleksandra: I wanted them to stay with Petro a little longer than was comfortable.

———
Contributors
Marta Rudnytska is northlight.’s festivals editor. James Thornbury writes about documentary.
Downstream screens again on 2 February.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            PANEL,
            [
                ("question", "Ama Kyei-Darko"),
                ("answer", "Matthias von Brück"),
                ("question", "Ama Kyei-Darko"),
                ("answer", "Séamus Ó Murchú"),
            ],
        ),
        (TRADE, [("question", "Nnamdi Okafor"), ("answer", "Vivian Liang")] * 2),
        (
            FILM,
            [
                ("question", "Marta Rudnytska"),
                ("answer", "Oleksandra Hnatiuk"),
                ("question", "James Thornbury"),
                ("answer", "Oleksandra Hnatiuk"),
                ("question", "Marta Rudnytska"),
                ("answer", "Oleksandra Hnatiuk"),
            ],
        ),
    ],
)
def test_named_from_page(text: str, expected: list[tuple[str, str | None]]) -> None:
    got = [(label, who) for label, who in _speakers(text) if label != "other"]
    assert got[: len(expected)] == expected


def test_floor_question_addressee_is_no_label() -> None:
    assert classify_label("For Mr von Brück") is None
    assert classify_label("O MURCHU") is not None


def test_spoiler_and_contributors_box_are_not_spoken() -> None:
    turns = analyse(FILM).turns
    assert not any("Spoilers" in FILM[t.start : t.end] for t in turns)
    assert "Contributors" not in FILM[: trailing_start(FILM)]


def test_presiding_field_names_the_chair() -> None:
    text = (
        "Стенограма громадських слухань\n\n"
        "Головує: Людмила Олійник-Гордієнко, секретар міської ради.\n\n"
        "Головуюча: Доброго дня. Слово надається головному інженеру.\n\n"
        "Мешканка: Скільки днів ми будемо без води?\n\n"
        "Головуюча: Дякую всім. Слухання оголошую закритими.\n\n"
        "Стенограму вела: Н. Ткачук\n"
        "Версія для друку | Поділитися\n"
    )
    speakers = [t.attrs.get("speaker") for t in analyse(text).turns]
    assert speakers[0] == "Людмила Олійник-Гордієнко"
    assert "Стенограму" not in text[: trailing_start(text)]
