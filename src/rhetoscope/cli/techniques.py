"""`rhetoscope techniques predict|classify|eval`: the contract for outside evaluation.

* predict ARTICLES_DIR -o OUT.labels [--scheme]   -> id<TAB>technique<TAB>start<TAB>end
* classify ARTICLES_DIR --spans TEMPLATE -o OUT.labels [--scheme]  fills column 2 of the template
* eval ARTICLES_DIR --gold LABELS [--pred PRED.labels]  prints SI, TC, FLC or paragraph micro-F1
Offsets index each article file's text as read (UTF-8, text mode).
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Annotated

import typer

from rhetoscope.cli.common import fail
from rhetoscope.errors import InputError, RhetoscopeError, UnreadableFileError

app = typer.Typer(
    help="Persuasion techniques: predict spans, classify given spans, score against gold labels.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

SchemeOpt = Annotated[
    str,
    typer.Option(
        "--scheme",
        help="Label set: semeval2023 (23), semeval2020 (PTC, 14), semeval2021 (memes, 20).",
    ),
]


def _articles(folder: Path) -> dict[str, Path]:
    if not folder.is_dir():
        raise UnreadableFileError(f"{folder} is not a directory of article<ID>.txt files")
    found = {p.stem.removeprefix("article"): p for p in sorted(folder.glob("article*.txt"))}
    if not found:
        raise InputError(f"no article<ID>.txt files in {folder}")
    return found


def _read(path: Path) -> str:
    try:
        with open(path, encoding="utf-8") as fh:  # text mode, as the offsets are defined
            return fh.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise UnreadableFileError(f"cannot read {path}: {exc}") from exc


def predict_folder(folder: Path, scheme: str) -> list[tuple[str, str, int, int]]:
    from rhetoscope.techniques.detect import find, in_scheme

    out = []
    arts = _articles(folder)
    for i, (aid, path) in enumerate(arts.items(), 1):
        for f, label in in_scheme(find(_read(path)), scheme):
            out.append((aid, label, f.start, f.end))
        print(f"\r{i}/{len(arts)} articles", end="", file=sys.stderr)
    print(file=sys.stderr)
    return out


def _write(rows: list[tuple[str, str, int, int]], out: Path) -> None:
    with open(out, "w", encoding="utf-8") as fh:
        for aid, lab, s, e in rows:
            fh.write(f"{aid}\t{lab}\t{s}\t{e}\n")


@app.command("predict")
def predict_cmd(
    articles: Annotated[Path, typer.Argument(help="Folder of article<ID>.txt files.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Labels file to write.")],
    scheme: SchemeOpt = "semeval2023",
) -> None:
    """Find technique spans in every article<ID>.txt; language is detected per file."""
    from rhetoscope.techniques.taxonomy import check_scheme

    try:
        _write(predict_folder(articles, check_scheme(scheme)), output)
    except RhetoscopeError as err:
        fail(err)


def _read_template(path: Path) -> list[tuple[str, int, int]]:
    rows = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise UnreadableFileError(f"cannot read {path}: {exc}") from exc
    for n, line in enumerate(lines, 1):
        parts = line.split("\t")
        if not line.strip():
            continue
        try:
            rows.append((parts[0], int(parts[-2]), int(parts[-1])))
        except (ValueError, IndexError):
            raise InputError(f"{path}:{n}: expected id<TAB>?<TAB>start<TAB>end") from None
    return rows


def classify_rows(
    folder: Path, template: list[tuple[str, int, int]], scheme: str
) -> list[tuple[str, str, int, int]]:
    from rhetoscope.techniques.detect import classify_spans
    from rhetoscope.techniques.taxonomy import convert

    arts = _articles(folder)
    by_art: dict[str, list[int]] = defaultdict(list)
    for i, (aid, _, _) in enumerate(template):
        if aid not in arts:
            raise InputError(f"template names article {aid!r}, not found in {folder}")
        by_art[aid].append(i)
    labels: list[str] = [""] * len(template)
    for aid, idx in by_art.items():
        preds = classify_spans(_read(arts[aid]), [template[i][1:] for i in idx])
        for i, lab in zip(idx, preds, strict=True):
            # PTC labels always map into 2023/memes; a missing memes counterpart keeps PTC's
            labels[i] = convert(lab, "semeval2020", scheme) or lab
    return [(aid, labels[i], s, e) for i, (aid, s, e) in enumerate(template)]


@app.command("classify")
def classify_cmd(
    articles: Annotated[Path, typer.Argument(help="Folder of article<ID>.txt files.")],
    spans: Annotated[Path, typer.Option("--spans", help="Template: id<TAB>?<TAB>start<TAB>end.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Labels file to write.")],
    scheme: SchemeOpt = "semeval2020",
) -> None:
    """Fill the technique column of each template line, in the same order."""
    from rhetoscope.techniques.taxonomy import check_scheme

    try:
        _write(classify_rows(articles, _read_template(spans), check_scheme(scheme)), output)
    except RhetoscopeError as err:
        fail(err)


def _is_paragraph_file(path: Path) -> bool:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            parts = line.split("\t")
            return len(parts) == 3 and not parts[2].strip().lstrip("-").isdigit()
    return False


def _paragraph_gold(path: Path) -> dict[tuple[str, int], list[str]]:
    gold = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].strip():
            labs = parts[2].split(",") if len(parts) > 2 else []
            gold[(parts[0], int(parts[1]))] = [t for t in labs if t.strip()]
    return gold


def evaluate(folder: Path, gold_path: Path, pred_path: Path | None = None) -> dict[str, object]:
    """Scores as a JSON-able dict; runs the model when no predictions file is given."""
    from rhetoscope.techniques import metrics
    from rhetoscope.techniques.taxonomy import LABELS

    if not gold_path.is_file():
        raise UnreadableFileError(f"gold labels file {gold_path} not found")
    if _is_paragraph_file(gold_path):
        gold_p = _paragraph_gold(gold_path)
        spans = (
            metrics.read_labels(str(pred_path))
            if pred_path
            else predict_folder(folder, "semeval2023")
        )
        arts = _articles(folder)
        pred_p: dict[tuple[str, int], list[str]] = {k: [] for k in gold_p}
        for aid, lab, s, _ in spans:
            if aid in arts:
                line = _read(arts[aid])[:s].count("\n") + 1
                pred_p.setdefault((aid, line), [])
                if lab not in pred_p[(aid, line)]:
                    pred_p[(aid, line)].append(lab)
        overall, per = metrics.paragraph_micro_f1(pred_p, gold_p)
        return {
            "paragraph_micro_f1": overall.f1,
            "precision": overall.precision,
            "recall": overall.recall,
            "per_technique": {k: v.f1 for k, v in per.items()},
        }
    gold = metrics.read_labels(str(gold_path))
    scheme = "semeval2020" if all(g[1] in LABELS["semeval2020"] for g in gold) else "semeval2023"
    pred = metrics.read_labels(str(pred_path)) if pred_path else predict_folder(folder, scheme)
    si = metrics.si_score([(a, s, e) for a, _, s, e in pred], [(a, s, e) for a, _, s, e in gold])
    flc, _ = metrics.flc_score(pred, gold)
    result: dict[str, object] = {
        "si_f1": si.f1,
        "si_precision": si.precision,
        "si_recall": si.recall,
        "flc_f1": flc.f1,
    }
    if pred_path is None:
        tc_pred = classify_rows(folder, [(a, s, e) for a, _, s, e in gold], scheme)
        tc, per = metrics.tc_score(tc_pred, gold)
        result["tc_micro_f1"] = tc.f1
        result["tc_per_technique"] = {k: v.f1 for k, v in per.items()}
    return result


@app.command("eval")
def eval_cmd(
    articles: Annotated[Path, typer.Argument(help="Folder of article<ID>.txt files.")],
    gold: Annotated[Path, typer.Option("--gold", help="Gold labels: spans or paragraph file.")],
    pred: Annotated[
        Path | None, typer.Option("--pred", help="Score this predictions file instead of running.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Score predictions: SI F1, TC micro-F1, FLC F1 (spans) or paragraph micro-F1."""
    try:
        result = evaluate(articles, gold, pred)
    except RhetoscopeError as err:
        fail(err)
    if as_json:
        print(json.dumps(result, indent=1))
        return
    for key, value in result.items():
        if isinstance(value, dict):
            print(f"{key}:")
            for lab, f in value.items():
                print(f"  {lab:<40} {f:.4f}")
        else:
            print(f"{key:<20} {value:.4f}")
