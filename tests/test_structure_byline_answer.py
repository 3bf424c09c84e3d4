"""An "A:" label is never the byline's writer nor the outlet: a "Q&A" / "Interview" header
whose byline goes on with its outlet or post ("By Jane Roe, Harbour Times"), or whose masthead
or byline tail is an outlet's name ("Sky News ? [x]", "Harbour Times"), names no interviewee."""

import pytest

from rhetoscope import analyze_text

_BODY = (
    "Q: How is the harbour this year?\n\nA: Busier than last year, with two new boats.\n\n"
    "Q: And what comes next for the quay?\n\nA: We rebuild the north wall before the winter "
    "storms.\n"
)


def _turns(header: str) -> list[tuple[str, str | None]]:
    doc = analyze_text(header + _BODY)
    return [(s.label, s.attrs["speaker"]) for s in doc.layer("turns")]


@pytest.mark.parametrize(
    "header",
    [
        "Harbour Times\n\nQ&A: The harbour\n\nBy Jane Roe, Harbour Times\n\n",
        "Harbour Times\n\nQ&A: The harbour\n\nBy Jane Roe\n\n",
        "Harbour Times\n\nQ&A: The harbour\n\nBy Jane Roe, Staff Writer\n\n",
        "Harbour Times\n\nQ&A: The harbour\n\nBy Jane Roe | Harbour Times\n\n",
        "The Harbour Times\n\nQ&A: The harbour\n\nBy Jane Roe, Harbour Times\n\n",
        "Harbour Times | Local news\n\nQ&A: The harbour\n\nBy Jane Roe\n\n",
        "Sky News ? [x]\n\nQ&A: The harbour\n\nBy Jane Roe\n\n",
        "Sky News ? [x]\n\nQ&A: The harbour\n\nBy Jane Roe, Sky News\n\n",
        "Sky News ? [x]\n\nInterview: the harbour master\n\nBy Jane Roe, Sky News reporter\n\n",
        "Q&A: The harbour\n\nBy Jane Roe, Harbour Times\n\n",
        "Q&A: The harbour\n\nBy JANE ROE, Harbour Times\n\n",
        "Interview: the harbour master\n\nBy Jane Roe, Staff Writer\n\n",
    ],
)
def test_byline_writer_and_outlet_never_answer(header: str) -> None:
    assert _turns(header) == [
        ("question", "Jane Roe"),
        ("answer", None),
        ("question", "Jane Roe"),
        ("answer", None),
    ]


@pytest.mark.parametrize(
    "header",
    [
        "The Harbour Times\n\nQ&A: The harbour\n\nJane Roe, Harbour Times\n\n",
        "Harbour Times\n\nInterview: the harbour master\n\nJane Roe, Harbour Times\n\n",
    ],
)
def test_byline_without_by_over_its_outlet_never_answers(header: str) -> None:
    assert all(speaker is None for label, speaker in _turns(header) if label == "answer")
    assert [label for label, _ in _turns(header)] == ["question", "answer"] * 2


@pytest.mark.parametrize(
    "header",
    [
        "Harbour Times\n\nQ&A with harbour master Tom Black\n\nBy Jane Roe, Harbour Times\n\n",
        "Harbour Times\n\nQ&A: The harbour\n\nTom Black, harbour master\n\n"
        "By Jane Roe, Staff Writer\n\n",
        "Sky News ? [x]\n\nInterview: Tom Black\n\nBy Jane Roe, Sky News\n\n",
    ],
)
def test_the_one_interviewed_still_answers(header: str) -> None:
    assert _turns(header) == [
        ("question", "Jane Roe"),
        ("answer", "Tom Black"),
        ("question", "Jane Roe"),
        ("answer", "Tom Black"),
    ]
