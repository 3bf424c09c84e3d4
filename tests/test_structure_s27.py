"""Small cases for the session-27 merge checks: a stage direction glued before a label is no
part of the label's span (the clean-clone suite's turn-attribute contract caught
"(Смеется.)Носков:"), and the capitals surname of a lead keeps its hyphen."""

import pytest

from structure_support import run


@pytest.mark.parametrize(
    ("direction", "label", "speaker"),
    [
        ("(Смеется.)", "Носков", "Сергей Носков"),
        ("(Laughter)", "Noskov", "Sergei Noskov"),
    ],
)
def test_direction_glued_before_label(direction: str, label: str, speaker: str) -> None:
    ru = label == "Носков"
    q, a = ("Вопрос", "Отдыхаете летом?") if ru else ("Question", "Do you take holidays?")
    text = (
        ("Интервью с Сергеем Носковым\n\n" if ru else "Interview with Sergei Noskov\n\n")
        + f"{q}: {a}\n"
        + f"{direction}{label}: {'Последний раз в 2019-м.' if ru else 'Last time in 2019.'}\n\n"
        + f"{q}: {'А в этом году?' if ru else 'And this year?'}\n\n"
        + f"{label}: {'Посмотрим.' if ru else 'We will see.'}\n"
    )
    doc = run(text)
    answers = [s for s in doc.layer("turns") if s.label == "answer"]
    assert answers
    first = answers[0]
    a0, b0 = first.attrs["label_span"]
    assert doc.text[a0:b0].startswith(label)
    assert first.attrs["speaker"] == speaker
    assert direction in [doc.span_text(s) for s in doc.layer("stage_directions")] or any(
        doc.span_text(s).strip() == direction for s in doc.layer("stage_directions")
    )
