"""Small cases for the GA round: an outlet's label on the first numbered question alone, the
interviewer's full name on the first question alone over bold answers, a lead's "X, <post>,
tells <Outlet>", a Tuareg surname's particle, a two-word masthead named by the byline."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text
from rhetoscope.structure.dialogue import _interview_byline, _lead_people_en, _outlet_tag
from rhetoscope.structure.header import _masthead_tail
from rhetoscope.structure.speakers import name_from_phrase

PIPELINE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])


def _turns(text: str) -> list[tuple[str, str | None, str]]:
    doc = PIPELINE(read_text(text))
    return [(s.label, s.attrs.get("speaker"), doc.span_text(s)) for s in doc.layer("turns")]


@pytest.mark.parametrize(
    ("lead", "who"),
    [
        (
            "Elizabeth Adjei-Mensah, chair of parliament's finance committee, tells The Africa"
            " Report why the restructuring is only the beginning.",
            "Elizabeth Adjei-Mensah",
        ),
        ("Mariam Osei tells The Africa Report why the budget failed.", "Mariam Osei"),
    ],
)
def test_tells_outlet_with_post(lead: str, who: str) -> None:
    people = _lead_people_en("The Africa Report\n\n" + lead)
    assert [(k, n.display()) for k, n in people] == [("interview with", who)]


@pytest.mark.parametrize(
    ("line", "tag"),
    [
        ("1. The Africa Report: Ghana has restructured. Is the crisis over?", "The Africa Report"),
        ("1. Ukraine: what comes next?", None),  # not the masthead, not told in the lead
        ("How much too little?", None),
    ],
)
def test_outlet_tag(line: str, tag: str | None) -> None:
    head = "The Africa Report\nPolitics\n\nShe tells The Africa Report why.\n"
    m = _outlet_tag(line, head, None, "Elizabeth Adjei-Mensah")
    assert (m.group("o") if m else None) == tag


@pytest.mark.parametrize(
    ("phrase", "surname"),
    [("Moussa Ag Mohamed", "Ag Mohamed"), ("Mohamed Ould Ghazouani", "Ould Ghazouani")],
)
def test_particle_surnames(phrase: str, surname: str) -> None:
    name = name_from_phrase(phrase)
    assert name is not None and name.surname == surname


def test_masthead_named_by_byline() -> None:
    head = "Cornell Chronicle\nNews\n\nBy Jamie Hollander, Cornell Chronicle\nSeptember 18, 2024\n"
    assert _masthead_tail(head, "Cornell Chronicle")
    assert not _masthead_tail("Jamie Hollander\nSeptember 18, 2024\n", "Jamie Hollander")


@pytest.mark.parametrize(
    ("head", "asker"),
    [
        ("INTERVIEW\nBy Hélène Marchetti, Senior Editor, West Africa\n", "Hélène Marchetti"),
        ("INTERVIEW\nBy Hélène Marchetti and Omar Diallo\n", None),
        ("NEWS\nBy Hélène Marchetti\n", None),  # the page never calls itself an interview
    ],
)
def test_interview_byline(head: str, asker: str | None) -> None:
    assert _interview_byline(head, []) == asker


NUMBERED = """The Africa Report
Politics | Ghana

By Kofi Ampofo-Boateng

Elizabeth Adjei-Mensah, chair of the finance committee, tells The Africa Report why the debt \
restructuring is only the beginning.

1. The Africa Report: Ghana has just restructured its Eurobonds. Is the debt crisis over?

No. The restructuring gives us breathing room, but the underlying problem is still there.

2. How much too little?

Our tax-to-GDP ratio is around 13%. That gap is the whole story of our budget.

3. Will you support a bill to ban illegal mining near cocoa farms?

I will support any bill that can be enforced.
"""

BOLD_ANSWERS = """Embassy Newsletter

A conversation with Ambassador Kadri Vaher

Ambassador Kadri Vaher presented her credentials in February. Press attaché Mihkel Saar sat \
down with her to talk about cyber cooperation.

Mihkel Saar: Ambassador, what were your first impressions?

**The heat, of course! I was struck by the interest in Estonia's digital state.**

Why does a small country need an embassy so far away?

**Because the world is not as far away as it looks on a map.**

> “Because the world is not as far away as it looks on a map.”

Where should a visitor go first?

**Not only Tallinn! Go to Tartu, go to the islands.**

Thank you, Ambassador.

---
Film Week returns to Sydney in October. Tickets at the box office.
Follow us: Facebook | X | Instagram
"""


def test_numbered_questions_under_outlet_label() -> None:
    turns = _turns(NUMBERED)
    assert [(label, who) for label, who, _ in turns] == [
        ("question", "Kofi Ampofo-Boateng"),
        ("answer", "Elizabeth Adjei-Mensah"),
    ] * 3
    assert turns[0][2].startswith("Ghana has just")


def test_bold_answers_under_first_labelled_question() -> None:
    turns = _turns(BOLD_ANSWERS)
    assert [(label, who) for label, who, _ in turns] == [
        ("question", "Mihkel Saar"),
        ("answer", "Kadri Vaher"),
    ] * 3 + [("other", "Mihkel Saar")]
    assert turns[0][2].startswith("Ambassador, what")
    assert turns[1][2].startswith("The heat") and turns[1][2].endswith("digital state.")
    assert turns[3][2].endswith("looks on a map.")
    assert turns[-1][2] == "Thank you, Ambassador."
