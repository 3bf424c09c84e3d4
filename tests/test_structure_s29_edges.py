"""A stage direction at a turn body's edge belongs to no speaker; one inside stays (session 29)."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

_QA = "HOST: Why did you run?\n\nGUEST: {answer}\n\nHOST: And then?\n\nGUEST: We won.\n"


@pytest.mark.parametrize(
    ("answer", "body"),
    [
        ("(LAUGHTER) Fine. Touche.", "Fine. Touche."),
        ("(laughs) Ask me after Thursday.", "Ask me after Thursday."),
        ("It was the answer I am giving you. (laughs)", "It was the answer I am giving you."),
        ("That's not -- (CROSSTALK)", "That's not --"),
        ("[Inaudible] on the defence projects, sir.", "on the defence projects, sir."),
        (
            "(Simultaneous interpretation) Thank you very much, Mr President.",
            "Thank you very much, Mr President.",
        ),
        ("(усміхається) Чесно? По-різному.", "Чесно? По-різному."),
        ("Мы приняли решение. (Смех в зале.)", "Мы приняли решение."),
        # inside the words it stays: a span has no holes
        ("I said no. (LAUGHTER) And I meant it.", "I said no. (LAUGHTER) And I meant it."),
        # a bracket that is no cue stays
        ("We signed the treaty (New START)", "We signed the treaty (New START)"),
        (
            "We keep the troops there (through the end of the year)",
            "We keep the troops there (through the end of the year)",
        ),
    ],
)
def test_edge_cue_is_no_part_of_the_body(answer: str, body: str) -> None:
    rows = turn_rows(_QA.format(answer=answer))
    assert [r[2] for r in rows] == ["Why did you run?", body, "And then?", "We won."]


def test_a_body_of_only_a_cue_is_not_emptied() -> None:
    rows = turn_rows("HOST: Why?\n\nGUEST: Because. (LAUGHTER)\n\nHOST: Really?\n\nGUEST: Yes.\n")
    assert [r[2] for r in rows] == ["Why?", "Because.", "Really?", "Yes."]


def test_a_header_row_of_two_fields_is_no_label() -> None:
    # "Ведучий Юрій Макаров   Гість: …": a host's field and a guest's, set apart by a column gap
    text = (
        "Свобода Live\n05 листопада 2024\n\n"
        "Ведучий Юрій Макаров   Гість: Олександр Харченко, директор центру\n\n"
        "Юрій Макаров: Добрий вечір. Почнімо?\n\nОлександр Харченко: Добрий вечір.\n\n"
        "Юрій Макаров: Скільки годин без світла?\n\nОлександр Харченко: Залежить від ударів.\n"
    )
    assert [r[1] for r in turn_rows(text) if r[0] != "other"] == [
        "Юрій Макаров",
        "Олександр Харченко",
        "Юрій Макаров",
        "Олександр Харченко",
    ]
