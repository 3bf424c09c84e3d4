"""A page's first line is matched as text, never compiled as a pattern: a masthead with
brackets or regex metacharacters must not crash the structure stages."""

import pytest

from rhetoscope import analyze_text


@pytest.mark.parametrize(
    "first_line",
    [
        "Hansard (debates)",
        "Daily [Edition]",
        "Q+A (Live)",
        "News*Wire (beta)",
        "(Hansard) Oral",
        "A.B.C (x",
        "Foo | Bar (baz",
        "Sky News ? [x]",
    ],
)
def test_bracketed_masthead_does_not_crash(first_line: str) -> None:
    text = (
        f"{first_line}\nNews   Sports   Business\n\nQ&A: The harbour\n\n"
        f"By Jane Roe, {first_line}\n\nQ: How is the harbour this year?\n\n"
        "A: Busier than last year (really), with two new boats.\n\n"
        "Q: And what comes next for the quay?\n\n"
        "A: We rebuild the north wall before the winter storms.\n"
    )
    doc = analyze_text(text)
    assert [s.label for s in doc.layer("turns")] == ["question", "answer"] * 2
