"""The self-contained HTML report: one file, inline CSS/JS/SVG, a strict CSP, no network.

Safety: Jinja2 autoescapes every value from the document; the data the script reads is JSON inside
``<script type="application/json">`` with ``<``, ``>``, ``&`` and U+2028/2029 escaped, so no text
can close the element; the CSP allows exactly our inline script and stylesheet (by hash) and
nothing else, so even a markup bug could not run injected script or load anything.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
from importlib import resources
from typing import Any

import jinja2
from markupsafe import Markup

from rhetoscope.model import SCHEMA_VERSION, Document
from rhetoscope.report import charts
from rhetoscope.report.view import ROLE_NAMES, build_view

_JSON_ESCAPES = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


def json_for_script(data: Any) -> Markup:
    """JSON safe to place inside a ``<script>`` element (cannot close it or break JS parsing)."""
    return Markup(
        json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_JSON_ESCAPES)
    )


def csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


@functools.cache
def _asset(name: str) -> str:
    return resources.files("rhetoscope.report").joinpath("static", name).read_text("utf-8")


@functools.cache
def _env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("rhetoscope.report", "templates"),
        autoescape=True,  # every template here renders HTML, whatever its file name says
        undefined=jinja2.StrictUndefined,
        trim_blocks=False,
        lstrip_blocks=False,
    )


def content_security_policy(*, css: str | None = None, js: str | None = None) -> str:
    """The report's policy: our inline script and style (by hash), data: images, nothing else."""
    css = _asset("report.css") if css is None else css
    js = _asset("report.js") if js is None else js
    return (
        "default-src 'none'; "
        f"script-src {csp_hash(js)}; "
        f"style-src {csp_hash(css)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )


def render_html(doc: Document, *, back_url: str | None = None) -> str:
    """The report of ``doc`` as one self-contained HTML page (absent layers are simply not shown).

    ``back_url`` adds a link home, for pages served by ``rhetoscope serve``.
    """
    from rhetoscope import __version__

    view = build_view(doc)
    css = _asset("report.css")
    js = _asset("report.js")
    source_text = None if view.source_href else doc.meta.source_url
    template = _env().get_template("report.html.j2")
    return template.render(
        v=view,
        lang=(doc.meta.language or "en")[:8],
        csp=content_security_policy(css=css, js=js),
        css=Markup(css),
        js=Markup(js),
        data_json=json_for_script(view.data),
        version=__version__,
        schema=SCHEMA_VERSION,
        back_url=back_url,
        source_text=source_text,
        has_stance=bool(doc.layer("stance")),
        role_names=ROLE_NAMES,
        cat_chart=charts.hbar_chart(
            [charts.Count(c.name, c.count, c.colour) for c in view.categories], "Categories"
        ),
        actor_chart=charts.actor_chart(view.actors),
        speaker_chart=charts.hbar_chart(
            [charts.Count(s.name, s.words, s.colour) for s in view.speakers], "Words", css="spk"
        ),
        turn_chart=charts.turn_chart(view.turn_bars, view.turn_tech),
    )
