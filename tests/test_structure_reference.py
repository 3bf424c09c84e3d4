"""The reference interview (../shared/samples) must come out exactly right."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_source
from rhetoscope.model import Document

STAGES = ["metadata", "sentences", "turns", "duplicates"]
TITLE = (
    "Answers by Russian Foreign Minister Sergey Lavrov to questions from the Italian newspaper "
    "Corriere della Sera, which the publication refused to publish in full without abridgement "
    "or censorship"
)
HASHTAGS = [
    "NATO",
    "US",
    "USA",
    "american",
    "ukraine",
    "ukrainian",
    "eu",
    "europe",
    "european",
    "warmongers",
    "nazi",
    "neo-nazi",
    "SMO",
    "denazification",
    "demilitarization",
    "russian",
    "politics",
    "Putin",
    "Russia",
    "interview",
    "Lavrov",
]


@pytest.fixture(scope="module")
def doc(reference_path: Path) -> Document:
    return build_pipeline(STAGES)(read_source(reference_path))


def expected_turns(text: str) -> list[tuple[int, int, str, str | None]]:
    """An independent oracle: the labels of this one document found by a literal regex."""
    labels = list(re.finditer(r"Question:|Sergey Lavrov:|S\.V\. Lavrov:", text))
    stop = text.index("\nhttps://mid.ru")
    out = []
    for i, m in enumerate(labels):
        nxt = labels[i + 1].start() if i + 1 < len(labels) else stop
        body = text[m.end() : nxt]
        start = m.end() + (len(body) - len(body.lstrip()))
        end = m.end() + len(body.rstrip())
        question = m.group(0) == "Question:"
        out.append(
            (
                start,
                end,
                "question" if question else "answer",
                "Corriere della Sera" if question else "Sergey Lavrov",
            )
        )
    return out


def check_document(doc: Document) -> None:
    turns = doc.layer("turns")
    got = [(t.start, t.end, t.label, t.attrs["speaker"]) for t in turns]
    assert got == expected_turns(doc.text)
    assert [t.label for t in turns].count("question") == 9
    assert [t.label for t in turns].count("answer") == 9
    assert [t.attrs["index"] for t in turns] == list(range(18))
    for t in turns:
        a, b = t.attrs["label_span"]
        assert doc.text[a:b] in ("Question:", "Sergey Lavrov:", "S.V. Lavrov:")
        assert doc.text[a:b].rstrip(":") == t.attrs["speaker_label"]
    assert doc.meta.title == TITLE
    assert doc.meta.date == "2025-11-13"
    assert doc.meta.place == "Moscow"
    assert doc.meta.source_url == "https://mid.ru/ru/foreign_policy/news/2058998/"
    assert list(doc.meta.hashtags) == HASHTAGS
    dups = doc.layer("duplicates")
    assert len(dups) == 2
    later = [doc.span_text(d) for d in dups]
    first = [doc.text[d.attrs["duplicate_of"][0] : d.attrs["duplicate_of"][1]] for d in dups]
    assert later[0].startswith("Whitcoff, and which, as President V.V. Putin informed")
    assert first[0].startswith("Whitcoff and which, as President V. Putin informed")
    assert later[1].startswith("Trump off the path he himself proposed — namely, toward ")
    assert first[1].startswith("Trump off the path he himself proposed – namely, towards ")
    for d in dups:
        assert d.attrs["duplicate_of"][1] <= d.start
        assert 0.8 <= (d.score or 0) <= 1.0


def test_reference_document(doc: Document) -> None:
    check_document(doc)


def test_first_question_starts_after_glued_label(doc: Document) -> None:
    first = doc.layer("turns")[0]
    assert doc.text[: first.attrs["label_span"][0]].endswith("November 13, 2025")
    assert doc.span_text(first).startswith("It is said that the new meeting")


def test_sentences_skip_labels_and_trailer(doc: Document) -> None:
    sentences = [doc.span_text(s) for s in doc.layer("sentences")]
    assert sentences[0].endswith("censorship, Moscow, November 13, 2025")
    assert sentences[1].startswith("It is said that")
    assert not any(
        ":" in s[:15] and s.startswith(("Question", "S.V.", "Sergey")) for s in sentences
    )
    assert not any("#" in s or "mid.ru" in s for s in sentences)
    assert any(s.startswith("It was precisely around") and "S. Whitcoff" in s for s in sentences)


def _run_cli(reference_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "rhetoscope",
            "analyze",
            str(reference_path),
            "--format",
            "json",
            "--drop-duplicates",
            *extra,
        ],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )


def _check_cli(proc: subprocess.CompletedProcess[str]) -> None:
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    check_document(Document.from_dict({k: v for k, v in data.items() if k != "deduplicated"}))
    view = data["deduplicated"]
    assert view["removed"][0][0] == data["layers"]["duplicates"][0]["start"]
    assert "V.V. Putin" not in view["text"] and "V. Putin informed" in view["text"]


def test_cli_json_output_structure_stages(reference_path: Path) -> None:
    _check_cli(_run_cli(reference_path, "--stages", ",".join(STAGES)))


def test_cli_json_output_default_analysis(reference_path: Path) -> None:
    """`python -m rhetoscope analyze REF --format json`: later stages must not disturb ours."""
    _check_cli(_run_cli(reference_path))
