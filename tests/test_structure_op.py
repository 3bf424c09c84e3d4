"""Small cases for batch OP (round 53): a school visit's bare "Pupil:" is one child of the hall
(null, as "Student:" is) unless she says her name ("My name is … and I'm in Year 11."); and a
floor voice kept by the answer's first-name address keeps only a follow-up that carries on
("So …", "And …"), not a fresh question under the same bare label."""

import pytest

from structure_support import turn_rows

_SCHOOL = (
    "Prime Minister: Thank you very much. It's really good to be here, and I'd much rather hear "
    "what you want to ask me.\n\n"
    "Pupil: {first}\n\n"
    "Prime Minister: {answer}\n\n"
    "Pupil: {second}\n\n"
    "Prime Minister: I think that's a fair point, and we will look at it again.\n"
)


@pytest.mark.parametrize(
    ("first", "answer", "second", "speakers"),
    [
        (
            "Hello, Prime Minister. Why did it take so long to fund mental health in schools?",
            "It should have been done a long time ago, and that's why we've done it first.",
            "What's the hardest part of being Prime Minister?",
            [None, None],
        ),
        (
            "My name is Amira Hussain and I'm in Year 11. Will student loans change?",
            "Amira, first of all, I hope you do become a doctor, because we need you.",
            "What's the hardest part of being Prime Minister?",
            ["Amira Hussain", None],
        ),
        (
            "My name is Amira Hussain and I'm in Year 11. Will student loans change?",
            "Amira, first of all, I hope you do become a doctor, because we need you.",
            "So will the loans go down or not?",
            ["Amira Hussain", "Amira Hussain"],
        ),
    ],
)
def test_pupil_is_null_unless_named(
    first: str, answer: str, second: str, speakers: list[str | None]
) -> None:
    rows = turn_rows(_SCHOOL.format(first=first, answer=answer, second=second))
    asked = [speaker for label, speaker, _ in rows if label == "question"]
    assert asked == speakers
