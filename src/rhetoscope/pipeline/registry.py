"""Stage registry, in the spirit of spaCy's ``Language.factory(requires=..., assigns=...)``.

A stage is a function ``Document -> Document`` registered under a versioned name. It declares what
it ``requires`` and ``assigns``: layer names (``"turns"``) or metadata fields (``"meta.title"``).
Modules holding built-in stages are imported lazily on first lookup, so importing
``rhetoscope`` never loads a model.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from rhetoscope.errors import PipelineError
from rhetoscope.model import Document

StageFunc = Callable[[Document], Document]

# Modules that register built-in stages when imported. Order does not matter.
_BUILTIN_MODULES: tuple[str, ...] = (
    "rhetoscope.structure.stages",
    "rhetoscope.entities.stages",
    "rhetoscope.claims.stages",
    "rhetoscope.techniques.stages",
    "rhetoscope.stance.stages",
)


@dataclass(frozen=True)
class Component:
    name: str
    func: StageFunc
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    version: str = "1"
    description: str = ""

    @property
    def versioned_name(self) -> str:
        return f"{self.name}@{self.version}"

    def __call__(self, doc: Document) -> Document:
        return self.func(doc)


_REGISTRY: dict[str, Component] = {}
_loaded = False


def component(
    name: str,
    *,
    requires: tuple[str, ...] = (),
    assigns: tuple[str, ...] = (),
    version: str = "1",
) -> Callable[[StageFunc], StageFunc]:
    """Decorator registering ``func`` as the stage ``name``."""

    def register(func: StageFunc) -> StageFunc:
        doc = (func.__doc__ or "").strip().splitlines()
        _REGISTRY[name] = Component(
            name=name,
            func=func,
            requires=tuple(requires),
            assigns=tuple(assigns),
            version=version,
            description=doc[0] if doc else "",
        )
        return func

    return register


def _load_builtins() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    for module in _BUILTIN_MODULES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            # A stage package that is not written yet is simply absent; a missing dependency of
            # one that exists is a real error.
            if exc.name != module:
                raise


def get_component(name: str) -> Component:
    _load_builtins()
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY)) or "none"
        raise PipelineError(f"unknown stage {name!r}; known stages: {known}") from None


def registered() -> dict[str, Component]:
    _load_builtins()
    return dict(_REGISTRY)
