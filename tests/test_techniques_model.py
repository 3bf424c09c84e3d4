"""The shipped technique models: stage contract, CLI contract, reference spans, quality gate."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from rhetoscope.cli import app
from rhetoscope.errors import ModelError
from rhetoscope.model import Document, Meta
from rhetoscope.techniques import metrics, taxonomy
from rhetoscope.techniques.datahash import data_hash
from rhetoscope.techniques.encoder import MODEL_DIR
from rhetoscope.techniques.stages import technique_spans, techniques

pytestmark = pytest.mark.slow

METRICS_PATH = MODEL_DIR / "metrics.json"
# The floors of issue 3 (5-fold CV by article). Raising them is fine; lowering needs a reason.
FLOORS = {"en_si_f1": 0.43, "en_tc_micro_f1": 0.60, "ru_paragraph_micro_f1": 0.40}
# The shipped model re-scored on a few of its own training articles must stay above these.
SEEN_MIN = {"si_f1": 0.50, "tc_micro_f1": 0.90}  # measured 0.58 and 1.0
PTC_SAMPLE = ("111111111", "111111112", "111111113", "111111114")


@pytest.fixture(scope="module")
def reference_doc(reference_path: Path) -> Document:
    text = reference_path.read_text(encoding="utf-8")
    return techniques(Document.from_text(text, Meta(language="en")))


def test_stage_spans_follow_the_layer_contract(reference_doc: Document) -> None:
    spans = reference_doc.layer("techniques")
    assert spans
    categories = {c.id for c in taxonomy.CATEGORIES}
    for s in spans:
        assert s.label in taxonomy.LABELS["semeval2023"]
        assert s.score is not None and 0.0 <= s.score <= 1.0
        assert s.attrs["category"] in categories
        assert s.attrs["scheme"] == "semeval2023"
        assert s.attrs["explanation"].strip()
        assert reference_doc.span_text(s).strip() == reference_doc.span_text(s)


@pytest.mark.parametrize(
    "phrase", ["Kiev junta", "neo-Nazis", "blatant fakes", "until the last Ukrainian"]
)
def test_reference_phrase_is_flagged(reference_doc: Document, phrase: str) -> None:
    """Each phrase, at some occurrence, overlaps a technique span; 3 of 4 suffice (tolerance)."""
    hits = {
        p: any(
            s.start < m.end() and m.start() < s.end
            for m in re.finditer(re.escape(p), reference_doc.text, re.IGNORECASE)
            for s in reference_doc.layer("techniques")
        )
        for p in ["Kiev junta", "neo-Nazis", "blatant fakes", "until the last Ukrainian"]
    }
    assert phrase in hits
    assert sum(hits.values()) >= 3, hits


def test_reference_spans_are_selective(reference_doc: Document) -> None:
    spans = reference_doc.layer("techniques")
    covered = sum(e - s for s, e in metrics.merge_spans((x.start, x.end) for x in spans))
    assert covered < 0.5 * len(reference_doc.text)
    assert max(len(s) for s in spans) < 1500
    assert {s.label for s in spans} & {"Name_Calling-Labeling", "Loaded_Language"}


def test_repetition_explained_with_a_count(reference_doc: Document) -> None:
    reps = [s for s in reference_doc.layer("techniques") if s.label == "Repetition"]
    assert all(re.search(r"\d+ times|Repetition", s.attrs["explanation"]) for s in reps)


@pytest.mark.parametrize("scheme", ["semeval2020", "semeval2021"])
def test_output_scheme_is_selectable(reference_doc: Document, scheme: str) -> None:
    spans = technique_spans(reference_doc, scheme)
    assert spans and all(s.label in taxonomy.LABELS[scheme] for s in spans)  # type: ignore[index]


@pytest.fixture(scope="module")
def ptc_sample(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("ptc")
    for aid in PTC_SAMPLE:
        shutil.copy(shared_data / "ptc" / "train-articles" / f"article{aid}.txt", folder)
    gold = folder / "gold.labels"
    lines = (shared_data / "ptc" / "train-task-flc-tc.labels").read_text("utf-8").splitlines()
    gold.write_text("\n".join(x for x in lines if x.split("\t")[0] in PTC_SAMPLE) + "\n", "utf-8")
    return folder, gold


def test_cli_predict_classify_eval_round_trip(
    ptc_sample: tuple[Path, Path], tmp_path: Path
) -> None:
    folder, gold = ptc_sample
    runner = CliRunner()
    out = tmp_path / "pred.labels"
    res = runner.invoke(
        app, ["techniques", "predict", str(folder), "-o", str(out), "--scheme", "semeval2020"]
    )
    assert res.exit_code == 0, res.output
    rows = [x.split("\t") for x in out.read_text("utf-8").splitlines()]
    assert rows
    for aid, lab, s, e in rows:
        text = (folder / f"article{aid}.txt").read_text(encoding="utf-8")
        assert lab in taxonomy.LABELS["semeval2020"]
        assert 0 <= int(s) < int(e) <= len(text)

    template = tmp_path / "template.labels"
    gold_rows = [x.split("\t") for x in gold.read_text("utf-8").splitlines() if x]
    template.write_text("".join(f"{a}\t?\t{s}\t{e}\n" for a, _, s, e in gold_rows), "utf-8")
    filled = tmp_path / "tc.labels"
    res = runner.invoke(
        app,
        [
            "techniques",
            "classify",
            str(folder),
            "--spans",
            str(template),
            "-o",
            str(filled),
            "--scheme",
            "semeval2020",
        ],
    )
    assert res.exit_code == 0, res.output
    got = [x.split("\t") for x in filled.read_text("utf-8").splitlines()]
    assert [(a, s, e) for a, _, s, e in got] == [(a, s, e) for a, _, s, e in gold_rows]
    assert all(lab in taxonomy.LABELS["semeval2020"] for _, lab, _, _ in got)

    res = runner.invoke(app, ["techniques", "eval", str(folder), "--gold", str(gold), "--json"])
    assert res.exit_code == 0, res.output
    scores = json.loads(res.stdout)
    # the shipped model has seen these articles: a pinned minimum catches a broken export
    for key, floor in SEEN_MIN.items():
        assert scores[key] >= floor, (key, scores[key])
    by_file = runner.invoke(
        app, ["techniques", "eval", str(folder), "--gold", str(gold), "--pred", str(out), "--json"]
    )
    assert by_file.exit_code == 0
    assert json.loads(by_file.stdout)["si_f1"] == pytest.approx(scores["si_f1"])


def test_cli_errors_are_one_line(tmp_path: Path) -> None:
    res = CliRunner().invoke(app, ["techniques", "predict", str(tmp_path / "nope"), "-o", "x"])
    assert res.exit_code == 1
    assert "error:" in res.output and "Traceback" not in res.output


def test_russian_article_gets_paragraph_spans(shared_data: Path) -> None:
    path = next(
        iter(sorted((shared_data / "semeval2023/ru/train-articles-subtask-3").glob("*.txt")))
    )
    text = path.read_text(encoding="utf-8")
    spans = technique_spans(Document(text=text))
    assert spans
    lines = {(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)}
    for s in spans:
        assert s.label in taxonomy.LABELS["semeval2023"]
        assert any(a <= s.start and s.end <= b for a, b in lines)


def test_inference_needs_no_torch() -> None:
    code = (
        "import sys; sys.modules['torch'] = None\n"
        "from rhetoscope.techniques.detect import find\n"
        "text = 'The corrupt regime of thugs keeps lying to its own people.'\n"
        "print(len(find(text, language='en')))\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert int(res.stdout.strip()) >= 0


@pytest.mark.parametrize("member", [0, 1, 2])
def test_missing_model_is_a_model_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, member: int
) -> None:
    from rhetoscope.techniques import model

    missing = tmp_path / "missing.onnx"
    monkeypatch.setattr(model, "TAGGER_PATH", missing)
    monkeypatch.setattr(model, "EXTRA_TAGGER_PATHS", (missing, missing))
    model._tagger.cache_clear()
    try:
        with pytest.raises(ModelError, match="missing"):
            model._tagger(member)
    finally:
        model._tagger.cache_clear()


def test_token_probs_average_the_whole_ensemble(monkeypatch: pytest.MonkeyPatch) -> None:
    from rhetoscope.techniques import model

    enc = model.encode_text("The corrupt regime of thugs keeps lying to its own people!")
    mean = model.token_probs(enc)
    assert len(model.EXTRA_TAGGER_PATHS) == 2
    assert mean.shape == (len(enc.offsets),) and ((mean >= 0) & (mean <= 1)).all()
    monkeypatch.setattr(model, "EXTRA_TAGGER_PATHS", ())
    first = model.token_probs(enc)
    assert np.abs(mean - first).max() > 1e-3


def test_shipped_models_are_small() -> None:
    total = sum(p.stat().st_size for p in MODEL_DIR.iterdir() if p.is_file())
    assert total < 40 * 2**20


# ------------------------------------------------------------------ quality gate
@pytest.fixture(scope="module")
def recorded() -> dict:
    """The CV scores written by training/techniques/report.py; missing means not trained."""
    assert METRICS_PATH.exists(), "run training/techniques/report.py to write metrics.json"
    return dict(json.loads(METRICS_PATH.read_text(encoding="utf-8")))


@pytest.mark.parametrize(("key", "floor"), sorted(FLOORS.items()))
def test_recorded_cv_scores_meet_the_floors(recorded: dict, key: str, floor: float) -> None:
    assert recorded["cv"][key] >= floor, f"{key} = {recorded['cv'][key]} is under {floor}"


def test_recorded_scores_belong_to_this_training_data(recorded: dict, shared_data: Path) -> None:
    assert data_hash(shared_data) == recorded["data_sha256"], (
        "training data changed: rerun training/techniques (see its README) to regenerate "
        "src/rhetoscope/models/techniques/metrics.json"
    )
