"""Session 33 fixer (briefings, press conferences, Kremlin meetings): turn recall and naming."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text
from rhetoscope.structure.furniture import trim_lead_tagged_caption
from rhetoscope.structure.naming import _called_asker
from rhetoscope.structure.speakers import classify_label

_PIPELINE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])


def _turns(page: str) -> list[tuple[str, str | None, str]]:
    doc = _PIPELINE(read_text(page))
    return [(t.label, t.attrs.get("speaker"), doc.span_text(t)) for t in doc.layer("turns")]


@pytest.mark.parametrize(
    ("label", "speaker"),
    [
        # a long office with its own "of" and "for" before the name, "Assistant" before a title
        ("ASSISTANT SECRETARY OF DEFENSE FOR SPACE POLICY MARA QUINLAN", "Mara Quinlan"),
        ("PRINCIPAL DEPUTY SECRETARY OF DEFENSE FOR POLICY TOM ARDEN", "Tom Arden"),
    ],
)
def test_long_office_label_names_the_holder(label: str, speaker: str) -> None:
    info = classify_label(label)
    assert info is not None and info.name is not None
    assert info.name.display() == speaker


@pytest.mark.parametrize(
    ("call", "asker"),
    [
        # the outlet first after "go to", then the reporter
        ("Thank you, sir.  All right, we'll go to Associated Press, Dana Whitlow.", "Dana Whitlow"),
        ("Okay.  Let's go to Reuters, Omar Faris.", "Omar Faris"),
        # the reporter first, the outlet after, as before
        ("Okay.  Let's go to Dana Whitlow, Breaking Defense.", "Dana Whitlow"),
        # an outlet alone names no one
        ("Next question, Associated Press.", None),
    ],
)
def test_called_asker_outlet_first(call: str, asker: str | None) -> None:
    assert _called_asker(call, set()) == asker


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        (
            "We have restored most of the network.\n\nPhoto: Kyiv Bureau. The minister (left) and "
            "his deputy during the briefing",
            "We have restored most of the network.",
        ),
        # a spoken paragraph that mentions a photo is no caption
        (
            "We have restored most of the network.\n\nPhoto: we will publish them tomorrow, "
            "I promise you?",
            None,
        ),
    ],
)
def test_lead_tagged_caption_trimmed(body: str, kept: str | None) -> None:
    end = trim_lead_tagged_caption(body, 0, len(body))
    assert body[:end] == (kept if kept is not None else body)


_GLUED_MEETING = """Владимир Путин провёл рабочую встречу с мэром города Петром Ивановым.

В.Путин: Пётр Сергеевич, добрый день! Как дела в городе?

П.Иванов: Добрый день, Владимир Владимирович! Всё хорошо, работаем по плану.

В.Путин: Как идёт программа капитального ремонта?

П.Иванов: Программа идёт в плановом режиме, по ряду домов с опережением.

В.Путин: Хорошо. Дороги. П.Иванов: По дорогам, Владимир Владимирович, главное – завершили кольцевую.

Сейчас мы продолжаем строительство развязок.

В.Путин: Это очень важная работа.
"""

_PBS_TAIL = """Dana Whitlow:
Good evening. The talks ended today without a deal, and the markets fell sharply as a result.

Mara Quinlan: Thanks, Dana. Great to be here.

Dana Whitlow: What happens next in the talks, and when will the two sides meet again?

Mara Quinlan: We expect them to meet again next month, and we are hopeful about it.

Dana Whitlow: Mara Quinlan, thanks so much for your time.

Mara Quinlan: Thanks, Dana.

Listen to this Segment
Watch the Full Episode
Evening News Hour full episode, May 12, 2025
May 12

Support Provided By:
Learn more
"""


def test_glued_label_after_one_word_sentence() -> None:
    turns = _turns(_GLUED_MEETING)
    bodies = [(s, b) for _, s, b in turns]
    assert ("Владимир Путин", "Хорошо. Дороги.") in bodies
    assert any((s or "").endswith("Иванов") and b.startswith("По дорогам,") for s, b in bodies)


def test_programme_footer_no_speaker() -> None:
    turns = _turns(_PBS_TAIL)
    assert turns[-1][1:] == ("Mara Quinlan", "Thanks, Dana.")
    assert all(s != "Support Provided By" for _, s, _ in turns)
