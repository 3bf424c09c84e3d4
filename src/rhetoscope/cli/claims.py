"""`rhetoscope claims`: score sentences for check-worthiness; pull numbers out of text.

Stable contract::

    rhetoscope claims score INPUT --text-column text -o OUTPUT

INPUT is .csv, .tsv or .jsonl. OUTPUT (same format; stdout when ``-o -``) holds every input row
unchanged - same columns in the same order with the same values - plus a ``checkworthiness``
column (0-1, six decimals). JSONL lines are copied byte for byte with the new key appended.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from rhetoscope.cli.common import fail
from rhetoscope.errors import BadRecordError, InputError, RhetoscopeError, UnsupportedTypeError

app = typer.Typer(
    help="Check-worthiness scores and number extraction.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

SCORE_COLUMN = "checkworthiness"
_BATCH = 512  # rows embedded together: amortises the encoder without holding a file in memory


def _format(path: Path) -> str:
    ext = path.suffix.lower()
    if ext in (".csv", ".tsv", ".jsonl"):
        return ext[1:]
    raise UnsupportedTypeError(
        f"cannot score {path.name}: use a .csv, .tsv or .jsonl file", source=str(path)
    )


def _roles(speakers: list[str | None] | None, texts: list[str]) -> list[float] | None:
    if speakers is None:
        return None
    from rhetoscope.claims.features import infer_roles

    return infer_roles(speakers, texts)


def _scores(texts: list[str], speakers: list[str | None] | None) -> list[str]:
    from rhetoscope.claims.model import load_model

    model = load_model()
    roles = _roles(speakers, texts)
    out: list[str] = []
    for i in range(0, len(texts), _BATCH):
        part = model.score(texts[i : i + _BATCH], None if roles is None else roles[i : i + _BATCH])
        out.extend(f"{p:.6f}" for p in part)
    return out


def _score_delimited(
    src: Path,
    sink: io.TextIOBase | Any,
    delimiter: str,
    text_column: str,
    speaker_column: str | None,
) -> int:
    # TSV is read without quote handling (CheckThat! files hold bare '"' characters); a TSV
    # field can then never hold a tab or newline, so it is written back joined by tabs.
    tsv = delimiter == "\t"
    with src.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(
            fh, delimiter=delimiter, quoting=csv.QUOTE_NONE if tsv else csv.QUOTE_MINIMAL
        )
        try:
            header = next(reader)
        except StopIteration:
            raise InputError(
                f"{src.name} is empty; it needs a header row", source=str(src)
            ) from None
        rows = list(reader)
    if text_column not in header:
        raise InputError(
            f"no column {text_column!r} (columns: {', '.join(header)}); pass --text-column",
            source=str(src),
        )
    if SCORE_COLUMN in header:
        raise InputError(
            f"the input already has a {SCORE_COLUMN!r} column; rename it first", source=str(src)
        )
    if speaker_column is not None and speaker_column not in header:
        raise InputError(f"no column {speaker_column!r} for --speaker-column", source=str(src))
    ti = header.index(text_column)
    si = header.index(speaker_column) if speaker_column else None
    for n, row in enumerate(rows, start=2):
        if len(row) != len(header):
            raise BadRecordError(
                f"row {n} has {len(row)} fields, the header has {len(header)}", source=str(src)
            )
    texts = [row[ti] for row in rows]
    speakers = [row[si] or None for row in rows] if si is not None else None
    scores = _scores(texts, speakers)
    if tsv:
        sink.write("\t".join([*header, SCORE_COLUMN]) + "\n")
        for row, s in zip(rows, scores, strict=True):
            sink.write("\t".join([*row, s]) + "\n")
        return len(rows)
    writer = csv.writer(sink, delimiter=delimiter, lineterminator="\n")
    writer.writerow([*header, SCORE_COLUMN])
    for row, s in zip(rows, scores, strict=True):
        writer.writerow([*row, s])
    return len(rows)


def _jsonl_records(src: Path) -> Iterator[tuple[int, str, dict[str, Any]]]:
    with src.open(encoding="utf-8-sig") as fh:
        for n, line in enumerate(fh, start=1):
            raw = line.rstrip("\r\n")
            if not raw.strip():
                continue
            try:
                rec = json.loads(raw)
            except json.JSONDecodeError as exc:
                raise BadRecordError(f"line {n} is not JSON: {exc.msg}", source=str(src)) from None
            if not isinstance(rec, dict):
                raise BadRecordError(f"line {n} is not a JSON object", source=str(src))
            yield n, raw, rec


def _score_jsonl(
    src: Path, sink: io.TextIOBase | Any, text_column: str, speaker_column: str | None
) -> int:
    records = list(_jsonl_records(src))
    texts: list[str] = []
    speakers: list[str | None] = []
    for n, _, rec in records:
        if not isinstance(rec.get(text_column), str):
            raise BadRecordError(
                f"line {n} has no string field {text_column!r}; pass --text-column",
                source=str(src),
            )
        if SCORE_COLUMN in rec:
            raise InputError(f"line {n} already has a {SCORE_COLUMN!r} key", source=str(src))
        texts.append(rec[text_column])
        spk = rec.get(speaker_column) if speaker_column else None
        speakers.append(str(spk) if spk is not None else None)
    scores = _scores(texts, speakers if speaker_column else None)
    for (_, raw, rec), s in zip(records, scores, strict=True):
        # Append the key to the line as written, so every input field stays byte-identical.
        body = raw.rstrip()
        sep = ", " if rec else ""
        sink.write(re.sub(r"\}$", "", body) + f'{sep}"{SCORE_COLUMN}": {s}}}\n')
    return len(records)


@app.command("score")
def score_command(
    input: Annotated[Path, typer.Argument(help="A .csv, .tsv or .jsonl file of sentences.")],
    output: Annotated[
        str, typer.Option("--output", "-o", help="Output file (same format), or - for stdout.")
    ] = "-",
    text_column: Annotated[
        str, typer.Option("--text-column", help="Column (or JSON key) holding the sentence.")
    ] = "text",
    speaker_column: Annotated[
        str | None,
        typer.Option(
            "--speaker-column",
            help="Optional speaker column; tells moderators (who ask) from principals.",
        ),
    ] = None,
) -> None:
    """Add a `checkworthiness` column (0-1) to every row; all input columns are kept as they are."""
    try:
        fmt = _format(input)
        if not input.is_file():
            raise InputError(f"no such file: {input}", source=str(input))
        buffer = io.StringIO()
        if fmt == "jsonl":
            n = _score_jsonl(input, buffer, text_column, speaker_column)
        else:
            delim = "\t" if fmt == "tsv" else ","
            n = _score_delimited(input, buffer, delim, text_column, speaker_column)
    except RhetoscopeError as exc:
        fail(exc)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        fail(InputError(f"cannot read {input.name}: {exc}", source=str(input)))
    if output == "-":
        sys.stdout.write(buffer.getvalue())
    else:
        Path(output).write_text(buffer.getvalue(), encoding="utf-8", newline="")
        print(f"rhetoscope: scored {n} row(s) into {output}", file=sys.stderr)


@app.command("numbers")
def numbers_command(
    text: Annotated[str, typer.Argument(help="Text to read numbers and dates from.")],
    lang: Annotated[
        str | None, typer.Option(help="en or ru; guessed from the script if omitted.")
    ] = None,
) -> None:
    """Print the numbers, quantities and dates of TEXT as JSON lines."""
    from rhetoscope.claims.numbers import extract

    for q in extract(text, lang=lang):
        print(json.dumps(q.to_dict(), ensure_ascii=False))
