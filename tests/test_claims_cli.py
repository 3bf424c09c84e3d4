"""`rhetoscope claims score` keeps every input row as it was and adds `checkworthiness`."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from rhetoscope.cli import app

pytestmark = pytest.mark.slow  # loads the sentence encoder

ROWS = [
    {"id": "1", "speaker": "TRUMP", "text": "We lost 700,000 jobs last year.", "label": "1"},
    {"id": "2", "speaker": "HOLT", "text": "Good evening, and welcome.", "label": "0"},
    {"id": "3", "speaker": "CLINTON", "text": 'She said "no", twice; then\u00a0left.', "label": ""},
    {"id": "007", "speaker": "", "text": "Более 9 тысяч тел передано.", "label": "0.50"},
]


def _run(args: list[str]) -> str:
    result = CliRunner().invoke(app, ["claims", "score", *args])
    assert result.exit_code == 0, result.output
    return result.output


def _check_scores(values: list[str]) -> None:
    for v in values:
        assert 0.0 <= float(v) <= 1.0
        assert len(v.split(".")[1]) == 6


@pytest.mark.parametrize(("suffix", "delimiter"), [(".csv", ","), (".tsv", "\t")])
def test_delimited_round_trip(tmp_path: Path, suffix: str, delimiter: str) -> None:
    src = tmp_path / f"in{suffix}"
    out = tmp_path / f"out{suffix}"
    if delimiter == ",":
        with src.open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=list(ROWS[0]))
            w.writeheader()
            w.writerows(ROWS)
    else:  # TSV as CheckThat! writes it: tab-joined, bare quotes
        lines = ["\t".join(ROWS[0])] + ["\t".join(r.values()) for r in ROWS]
        src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _run([str(src), "--text-column", "text", "-o", str(out)])
    with out.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(
            fh,
            delimiter=delimiter,
            quoting=csv.QUOTE_MINIMAL if delimiter == "," else csv.QUOTE_NONE,
        )
        header, *rows = list(reader)
    assert header == [*ROWS[0].keys(), "checkworthiness"]
    assert [r[:-1] for r in rows] == [list(r.values()) for r in ROWS]
    _check_scores([r[-1] for r in rows])
    # The factual, numeric sentence outranks the greeting.
    assert float(rows[0][-1]) > float(rows[1][-1])


def test_jsonl_lines_are_kept_byte_for_byte(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    lines = [
        '{"text": "We lost 700,000 jobs last year.", "n": 1, "x": null, "f": 1.50}',
        '{"z":"Good evening.","text":"Good evening, and welcome.","nested":{"a":[1,2]}}',
        json.dumps({"text": "Более 9 тысяч тел передано.", "id": "ж"}, ensure_ascii=False),
    ]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = _run([str(src), "--text-column", "text", "-o", "-"]).splitlines()
    assert len(out) == len(lines)
    for raw, got in zip(lines, out, strict=True):
        prefix, _, tail = got.rpartition(', "checkworthiness": ')
        assert prefix + "}" == raw.rstrip()[:-1].rstrip() + "}"
        rec = json.loads(got)
        assert {k: v for k, v in rec.items() if k != "checkworthiness"} == json.loads(raw)
        _check_scores([tail.rstrip("}")])


def test_speaker_column_changes_roles(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["speaker", "text"])
    for i in range(12):
        w.writerow(["MOD", f"Question number {i}?"])
        w.writerow(["CAND", "We created 2 million jobs in 2017."])
    w.writerow(["MOD", "We created 2 million jobs in 2017."])
    src.write_text(buf.getvalue(), encoding="utf-8")
    out = _run([str(src), "--speaker-column", "speaker"])
    rows = list(csv.reader(io.StringIO(out)))[1:]
    cand = float(rows[1][-1])
    mod = float(rows[-1][-1])
    assert cand > mod  # same sentence, said by the one who asks the questions


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("in.txt", "text\nhello\n", "use a .csv, .tsv or .jsonl"),
        ("in.csv", "body\nhello\n", "no column 'text'"),
        ("in.csv", "text,checkworthiness\nhello,1\n", "already has"),
        ("in.jsonl", '{"text": "a"}\nnot json\n', "line 2 is not JSON"),
        ("in.jsonl", '{"body": "a"}\n', "no string field 'text'"),
        ("in.csv", "", "empty"),
    ],
)
def test_bad_inputs_fail_with_one_line(
    tmp_path: Path, name: str, content: str, message: str
) -> None:
    src = tmp_path / name
    src.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(app, ["claims", "score", str(src)])
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output


_cell = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=30)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.tuples(_cell, _cell), min_size=1, max_size=6))
def test_csv_cells_survive_any_text(tmp_path: Path, rows: list[tuple[str, str]]) -> None:
    src = tmp_path / "prop.csv"
    with src.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["text", "other"])
        w.writerows(rows)
    out = _run([str(src)])
    got = list(csv.reader(io.StringIO(out, newline="")))
    assert got[0] == ["text", "other", "checkworthiness"]
    assert [tuple(r[:2]) for r in got[1:]] == rows
