"""The `analyze` command: formats, batches, exit codes and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rhetoscope.cli import app
from rhetoscope.cli.common import EXIT_ERROR, EXIT_OK, EXIT_PARTIAL
from rhetoscope.model import Document

runner = CliRunner()

INTERVIEW = (
    "Interview with the Minister, Moscow, May 5, 2024\n"
    "Question: What do you expect from the talks?\n"
    "Ivan Petrov: We expect a serious conversation.\n"
)


def test_json_output_is_a_document(tmp_path: Path) -> None:
    src = tmp_path / "i.txt"
    src.write_text(INTERVIEW, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(src), "--stages", "metadata,sentences"])
    assert result.exit_code == EXIT_OK, result.output
    doc = Document.from_json(result.stdout)
    assert doc.text == INTERVIEW
    assert doc.meta.source == "i.txt"
    assert doc.layer("sentences")


def test_unknown_stage_is_one_line(tmp_path: Path) -> None:
    src = tmp_path / "i.txt"
    src.write_text(INTERVIEW, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(src), "--stages", "bogus"])
    assert result.exit_code == EXIT_ERROR
    assert result.stderr.count("\n") == 1 and "unknown stage 'bogus'" in result.stderr


def test_batch_goes_on_past_bad_files_and_says_so(tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "a.txt").write_text(INTERVIEW, encoding="utf-8")
    (batch / "b.txt").write_text("   \n", encoding="utf-8")
    (batch / "c.txt").write_text("Another short statement by nobody in particular.", "utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(
        app, ["analyze", str(batch), "-o", str(out), "--format", "jsonl", "--stages", "sentences"]
    )
    assert result.exit_code == EXIT_PARTIAL
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    assert {Document.from_json(x).meta.source for x in lines} == {"a.txt", "c.txt"}
    assert "b.txt" in result.stderr and "1 input(s) failed" in result.stderr


def test_batch_needs_output(tmp_path: Path) -> None:
    result = runner.invoke(app, ["analyze", str(tmp_path)])
    assert result.exit_code == EXIT_ERROR
    assert "-o OUT.jsonl" in result.stderr


@pytest.mark.parametrize("fmt", ["json", "text", "html"])
def test_reference_document_every_format(reference_path: Path, fmt: str) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "rhetoscope",
            "analyze",
            str(reference_path),
            "--format",
            fmt,
            "--stages",
            "metadata,sentences,turns,duplicates",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    if fmt == "json":
        doc = Document.from_json(proc.stdout)
        assert len(doc.layer("turns")) == 18
    elif fmt == "html":
        assert proc.stdout.lstrip().lower().startswith("<!doctype html")
    else:
        assert "Sergey Lavrov" in proc.stdout


def test_drop_duplicates_adds_a_mapped_view(reference_path: Path) -> None:
    result = runner.invoke(
        app,
        [
            "analyze",
            str(reference_path),
            "--drop-duplicates",
            "--stages",
            "metadata,sentences,turns,duplicates",
        ],
    )
    assert result.exit_code == EXIT_OK, result.output
    data = json.loads(result.stdout)
    view = data["deduplicated"]
    text = data["text"]
    assert len(view["text"]) < len(text)
    for v_start, o_start, length in view["segments"]:
        assert view["text"][v_start : v_start + length] == text[o_start : o_start + length]
