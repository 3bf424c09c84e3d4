"""A phone-in's callers and cast lines: who the host puts through, who the cast line names."""

import pytest

from rhetoscope.structure.naming import _handed_caller, _named_at_mic


@pytest.mark.parametrize(
    ("label", "previous", "want"),
    [
        ("CALLER", "Dennis is in Toledo, Ohio. Good morning, Dennis, you're on the air.", "Dennis"),
        (
            "CALLER",
            "Marlene in Las Cruces, New Mexico, Democrats' line. Go ahead, Marlene.",
            "Marlene",
        ),
        ("Caller", "Ray, Lexington, Kentucky, Republican line. Good morning.", "Ray"),
        ("Слушатель", "Андрей из Казани, вы в эфире. Говорите, Андрей.", "Андрей"),
        (
            "КОРРЕСПОНДЕНТ",
            "Там работает наш корреспондент Ирина Белова. Ирина, вам слово.",
            "Ирина Белова",
        ),
        # A reporter's label is no caller's: the hand-off names no one for it.
        ("JOURNALIST", "Go ahead, Marlene.", None),
        # Two names put through: no telling which one speaks.
        ("CALLER", "Hello, Tom. Go ahead, Marlene.", None),
    ],
)
def test_handed_caller(label: str, previous: str, want: str | None) -> None:
    assert _handed_caller(label, previous, set()) == want


def test_named_at_mic_lower_case_after_greeting() -> None:
    body = "Здравствуйте, меня зовут Николай Кравец, я пенсионер."
    assert _named_at_mic(body, set()) == "Николай Кравец"
