"""Small cases for batch PA (round 54): mid.ru's English headline "Interview by <a long office>
<Name> to <Outlet>" names the one who answers even when the office runs past the header phrase's
word cap ("Director of the Foreign Ministry's Department of European Problems …"); the office's
possessive word is never read as a given name, and the bare "Question:" stays nobody's."""

import pytest

from structure_support import turn_rows

_PAGE = (
    "The Ministry of Foreign Affairs of the Russian Federation\n"
    "Home  /  Press service  /  Minister's speeches\n"
    "{title}, May 14, 2025\n"
    "14 May 2025 10:32\n\n"
    "Question: How does Moscow assess the new package of sanctions?\n\n"
    "{label}: We have long stopped counting these packages. Each one hurts Europe more.\n\n"
    "Question: Are there any contacts with Brussels at the working level?\n\n"
    "{label}: Practically none. The EU itself froze all dialogue formats in 2022.\n"
)


@pytest.mark.parametrize(
    ("title", "label", "answerer", "outlet"),
    [
        (
            "Interview by Director of the Foreign Ministry's Department of European Problems "
            "Vladislav Maslennikov to RIA Novosti",
            "Vladislav Maslennikov",
            "Vladislav Maslennikov",
            "RIA Novosti",
        ),
        (
            "Interview by Director of the Foreign Ministry’s Department of North America "
            "Alexander Darchiev for TASS",
            "Alexander Darchiev",
            "Alexander Darchiev",
            "TASS",
        ),
        (
            "Interview by Deputy Foreign Minister Alexander Grushko to Izvestia",
            "Alexander Grushko",
            "Alexander Grushko",
            "Izvestia",
        ),
    ],
)
def test_long_office_interview_by_to_outlet(
    title: str, label: str, answerer: str, outlet: str
) -> None:
    rows = turn_rows(_PAGE.format(title=title, label=label))
    # (the bare questions are the outlet's the header gives the interview to, session 30)
    assert [(lab, spk) for lab, spk, _ in rows] == [
        ("question", outlet),
        ("answer", answerer),
        ("question", outlet),
        ("answer", answerer),
    ]
