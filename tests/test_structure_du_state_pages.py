"""English pages of foreign governments (round 25): kantei's bracketed labels (square, glued to
the previous turn, or with the words on the label's line), an MEA asker's "Name, Outlet:" label
glued to an answer, a moderator opening a joint press conference, a two-voice radio interview,
a kremlin.ru governor's region in his title and a wire story's writing credit."""

from __future__ import annotations

import pytest

from structure_support import spoken_rows, turn_rows

_KANTEI_SQUARE = (
    "[Chief Cabinet Secretary Sato Kenta]\n"
    "First, I would like to report on the typhoon.\n\n"
    "[Reporter]\n"
    "Have any casualties been confirmed so far?\n\n"
    "[Chief Cabinet Secretary]\n"
    "As of this time, one person is missing.[Reporter]\n"
    "On a different topic. How does the Government view the talks?\n\n"
    "[Chief Cabinet Secretary]\n"
    "We consider it a step forward.\n"
)
_KANTEI_INLINE = (
    "PRIME MINISTER MORI: The Diet closed today.\n\n"
    "(Cabinet Public Affairs Secretary) We will now take questions.\n\n"
    "(Reporter) Will you run in the election in September?\n\n"
    "(Prime Minister Mori) I will not comment on that.\n\n"
    "(Cabinet Public Affairs Secretary) Next, please.\n\n"
    "(Reporter) What is the total budget?\n\n"
    "(Prime Minister Mori) We will use the reserve funds.\n"
)

_CASES = [
    (
        _KANTEI_SQUARE,
        [
            ("statement", "Sato Kenta", "First, I would like to report on the typhoon."),
            ("question", None, "Have any casualties been confirmed so far?"),
            ("answer", "Sato Kenta", "As of this time, one person is missing."),
            ("question", None, "On a different topic. How does the Government view the talks?"),
            ("answer", "Sato Kenta", "We consider it a step forward."),
        ],
    ),
    (
        _KANTEI_INLINE,
        [
            ("statement", None, "The Diet closed today."),
            ("other", "Cabinet Public Affairs Secretary", "We will now take questions."),
            ("question", None, "Will you run in the election in September?"),
            ("answer", None, "I will not comment on that."),
            ("other", "Cabinet Public Affairs Secretary", "Next, please."),
            ("question", None, "What is the total budget?"),
            ("answer", None, "We will use the reserve funds."),
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), _CASES)
def test_kantei_bracket_labels(text: str, want: list[tuple[str, str | None, str]]) -> None:
    got = turn_rows(text)
    assert [(r[0], r[2]) for r in got] == [(w[0], w[2]) for w in want]
    for r, w in zip(got, want, strict=True):
        if w[1] is not None:
            assert r[1] == w[1]


def test_glued_outlet_asker_without_question_labels() -> None:
    text = (
        "Official Spokesperson, Shri Arun Mehra: Good afternoon. I open the floor.\n\n"
        "Ravi Kumar, WION: Sir, what is the position on the treaty?\n\n"
        "Official Spokesperson, Shri Arun Mehra: Our position is clear.\n\n"
        "Neha Singh, ANI: Sir, is there any update on the detained national?\n\n"
        "Official Spokesperson, Shri Arun Mehra: We are seeking consular access.Asha Rao, "
        "Financial Express: Sir, will the talks be concluded this year?\n\n"
        "Official Spokesperson, Shri Arun Mehra: Both sides have set a target.\n"
    )
    got = spoken_rows(text)
    assert ("question", "Asha Rao", "Sir, will the talks be concluded this year?") in got
    assert ("answer", "Arun Mehra", "We are seeking consular access.") in got


def test_moderator_opening_joint_press_conference() -> None:
    text = (
        "Moderator: Good afternoon. We are starting the joint press conference of the two "
        "Presidents.\n\n"
        "Andrius Valaitis: Thank you for coming. We signed three agreements today.\n\n"
        "Petr Novak: Thank you, Mr. President. Our support will continue.\n\n"
        "Moderator: We now move to questions. Reuters, please.\n\n"
        "Journalist (Reuters): Mr. President, when will the next package come?\n\n"
        "Andrius Valaitis: Very soon, I hope.\n"
    )
    got = turn_rows(text)
    assert [r[0] for r in got] == ["other", "statement", "statement", "other", "question", "answer"]


def test_two_voice_radio_interview() -> None:
    text = (
        "Anna Kovacs: It is seven thirty. In the studio is the Prime Minister. Good morning.\n\n"
        "Anna Kovacs: What happened at the summit yesterday?\n\n"
        "Gabor Szabo: The leaders decided to continue, and we said no.\n\n"
        "Anna Kovacs: What does this mean for the economy?\n\n"
        "Gabor Szabo: The economy is growing, and the plan starts in July.\n\n"
        "Anna Kovacs: The opposition says this is only an election promise.\n\n"
        "Gabor Szabo: The opposition says many things.\n\n"
        "Anna Kovacs: You have been listening to the Prime Minister.\n"
    )
    got = [r[0] for r in turn_rows(text)]
    assert got == [
        "other",
        "question",
        "answer",
        "question",
        "answer",
        "question",
        "answer",
        "other",
    ]


def test_governor_of_region_title_and_writing_credit() -> None:
    text = (
        "President of Russia Vladimir Putin: Mr Orlov, how are the industrial parks doing?\n\n"
        "Governor of Tula Region Ivan Orlov: Mr President, production grew by six percent.\n\n"
        "Vladimir Putin: And what about jobs?\n\n"
        "Ivan Orlov: There is a shortage, I will be frank.\n\n"
        "Vladimir Putin: Good. Thank you.\n\n"
        "*Writing by Anna Demir\n"
    )
    got = spoken_rows(text)
    assert got[1][1] == "Ivan Orlov"
    assert got[-1] == ("other", "Vladimir Putin", "Good. Thank you.")
