"""A fingerprint of the training data, so recorded quality is tied to the data it came from."""

from __future__ import annotations

import hashlib
from pathlib import Path

# Files (relative to ../shared/data) the shipped technique models are trained and scored on.
TRAINING_GLOBS: tuple[str, ...] = (
    "ptc/train-articles/*.txt",
    "ptc/train-task-flc-tc.labels",
    "semeval2023/ru/train-articles-subtask-3/*.txt",
    "semeval2023/ru/train-labels-subtask-3.txt",
)


def data_hash(data_dir: Path) -> str:
    """SHA-256 over the relative names and bytes of every training file, in sorted order."""
    digest = hashlib.sha256()
    files = sorted({p for g in TRAINING_GLOBS for p in data_dir.glob(g) if p.is_file()})
    for path in files:
        digest.update(path.relative_to(data_dir).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    digest.update(str(len(files)).encode())
    return digest.hexdigest()
