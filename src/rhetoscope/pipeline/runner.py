"""Pipeline: an ordered, checked list of stages; runs one document or a fault-tolerant batch."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from rhetoscope.errors import PipelineError, RhetoscopeError
from rhetoscope.model import Document
from rhetoscope.pipeline.registry import Component, get_component, registered

# What ingest already provides before any stage runs.
PROVIDED_BY_INGEST = frozenset({"text", "meta.source", "meta.language"})

# The analysis run by `rhetoscope analyze` when no stages are named. Stages not registered (their
# package not installed or not written) are skipped by `Pipeline.default()`.
DEFAULT_STAGES: tuple[str, ...] = (
    "metadata",
    "sentences",
    "turns",
    "duplicates",
    "entities",
    "claims",
    "techniques",
    "stance",
)


@dataclass(frozen=True)
class BatchResult:
    """Outcome of one item of a batch: a document, or the error that stopped it."""

    source: str
    document: Document | None = None
    error: RhetoscopeError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


class Pipeline:
    def __init__(self, stages: Sequence[str | Component]) -> None:
        self.components: tuple[Component, ...] = tuple(
            s if isinstance(s, Component) else get_component(s) for s in stages
        )
        self._check_order()

    @classmethod
    def default(cls, *, exclude: Iterable[str] = ()) -> Pipeline:
        available = registered()
        skip = set(exclude)
        names = [n for n in DEFAULT_STAGES if n in available and n not in skip]
        # Drop stages whose requirements were excluded, so `exclude=("turns",)` stays valid.
        kept: list[str] = []
        provided = set(PROVIDED_BY_INGEST)
        for name in names:
            comp = available[name]
            if all(r in provided for r in comp.requires):
                kept.append(name)
                provided.update(comp.assigns)
        return cls(kept)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.components)

    def _check_order(self) -> None:
        provided = set(PROVIDED_BY_INGEST)
        for comp in self.components:
            missing = [r for r in comp.requires if r not in provided]
            if missing:
                raise PipelineError(
                    f"stage {comp.name!r} requires {', '.join(missing)}, which no earlier stage "
                    f"assigns; add the stage that assigns it before {comp.name!r}"
                )
            provided.update(comp.assigns)

    def __call__(self, doc: Document) -> Document:
        for comp in self.components:
            doc = comp(doc)
        return doc

    def run_batch(
        self, items: Iterable[tuple[str, Document | RhetoscopeError]]
    ) -> Iterator[BatchResult]:
        """Run each ``(source, document-or-ingest-error)``; one bad item never stops the batch."""
        for source, item in items:
            if isinstance(item, RhetoscopeError):
                yield BatchResult(source=source, error=item)
                continue
            try:
                yield BatchResult(source=source, document=self(item))
            except RhetoscopeError as exc:
                yield BatchResult(source=source, error=exc)
            except Exception as exc:  # a bug in a stage must not lose the rest of the batch
                err = RhetoscopeError(f"internal error in analysis: {exc!r}", source=source)
                yield BatchResult(source=source, error=err)
