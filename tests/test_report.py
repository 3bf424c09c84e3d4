"""HTML report and text summary: segmentation, layers, escaping, CSP, CLI."""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import re
import sys
import types
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rhetoscope.model import Document, Meta, Span
from rhetoscope.report import json_for_script, render_html, render_text
from rhetoscope.report.segments import Mark, segment
from rhetoscope.report.view import build_view, category_colour, safe_href
from test_report_docs import (
    HOSTILE_PAYLOADS,
    INTERVIEW,
    analyse_with_available_models,
    full_document,
    hostile_document,
)

# --- segmentation ------------------------------------------------------------------------------

SEGMENT_CASES = [
    # (marks as (id, start, end), expected [(start, end, ids)])
    ([], [(0, 10, ())]),
    ([("a", 2, 5)], [(0, 2, ()), (2, 5, ("a",)), (5, 10, ())]),
    (
        [("a", 2, 6), ("b", 4, 8)],
        [(0, 2, ()), (2, 4, ("a",)), (4, 6, ("a", "b")), (6, 8, ("b",)), (8, 10, ())],
    ),
    ([("a", 0, 10), ("b", 3, 4)], [(0, 3, ("a",)), (3, 4, ("a", "b")), (4, 10, ("a",))]),
    ([("a", 3, 3)], [(0, 10, ())]),  # empty spans show nothing
    ([("a", 2, 5), ("b", 2, 5)], [(0, 2, ()), (2, 5, ("a", "b")), (5, 10, ())]),
]


@pytest.mark.parametrize(("marks", "expected"), SEGMENT_CASES)
def test_segment_table(marks: list[tuple[str, int, int]], expected: list[tuple]) -> None:
    segs = segment(0, 10, [Mark(*m) for m in marks])
    assert [(s.start, s.end, s.ids) for s in segs] == expected


@st.composite
def text_and_marks(draw: st.DrawFn) -> tuple[int, int, int, list[Mark]]:
    length = draw(st.integers(0, 60))
    n = draw(st.integers(0, 12))
    marks = []
    for i in range(n):
        a = draw(st.integers(0, length))
        b = draw(st.integers(a, length))
        marks.append(Mark(f"m{i}", a, b))
    lo = draw(st.integers(0, length))
    hi = draw(st.integers(lo, length))
    return length, lo, hi, marks


@given(text_and_marks())
def test_segments_tile_the_range_and_carry_exactly_the_covering_marks(
    case: tuple[int, int, int, list[Mark]],
) -> None:
    _, lo, hi, marks = case
    segs = segment(lo, hi, marks)
    # Tiling: contiguous, no gaps, no empties, covering [lo, hi).
    assert [s.start for s in segs[:1]] == ([lo] if hi > lo else [])
    assert all(a.end == b.start for a, b in itertools.pairwise(segs))
    assert all(s.start < s.end for s in segs)
    assert sum(s.end - s.start for s in segs) == hi - lo
    for s in segs:
        covering = {
            m.id for m in marks if m.start <= s.start and s.end <= m.end and m.start < m.end
        }
        assert set(s.ids) == covering
        # No mark starts or ends strictly inside a segment.
        assert not any(
            s.start < p < s.end for m in marks if m.start < m.end for p in (m.start, m.end)
        )


# --- escaping helpers --------------------------------------------------------------------------


@given(st.text())
def test_json_for_script_round_trips_and_cannot_close_the_script(text: str) -> None:
    out = str(json_for_script({"t": text, "k": [text]}))
    assert not set(out) & {"<", ">", "&", "\u2028", "\u2029"}
    assert json.loads(out) == {"t": text, "k": [text]}


@pytest.mark.parametrize(
    ("url", "href"),
    [
        (
            "https://mid.ru/ru/foreign_policy/news/2058998/",
            "https://mid.ru/ru/foreign_policy/news/2058998/",
        ),
        ("http://example.org", "http://example.org"),
        ("javascript:alert(1)", None),
        ("JaVaScRiPt:alert(1)", None),
        (" javascript:alert(1)", None),
        ("data:text/html,<script>", None),
        ("//evil.example/x", None),
        ("vbscript:msgbox", None),
        ("", None),
        (None, None),
    ],
)
def test_only_http_urls_become_links(url: str | None, href: str | None) -> None:
    assert safe_href(url) == href


@pytest.mark.parametrize(
    ("scores", "shown"),
    [
        ([0.9, 0.6, 0.1], [0, 1, 2]),  # few claims: the top five are all of them
        ([0.0, 0.0, 0.3], [2]),  # a zero score is never "most check-worthy"
        ([0.04 * (i % 10) for i in range(40)], [8, 9, 19, 29, 39]),  # at least five
        ([0.05] * 20 + [0.7, 0.8], [0, 1, 2, 20, 21]),  # top five (>= 0.5 among them)
        ([0.01 * i for i in range(100)], list(range(50, 100))),  # every >= 0.5, beyond 10 %
        ([0.001 * i for i in range(100)], list(range(90, 100))),  # top 10 % of many
        ([None, None], [0]),  # unscored: shown unless "other"
    ],
)
def test_which_claims_are_highlighted(scores: list[float | None], shown: list[int]) -> None:
    from rhetoscope.report.view import shown_claims

    spans = [
        Span(i, i + 1, "other" if (s is None and i == 1) else "event", s)
        for i, s in enumerate(scores)
    ]
    keys = shown_claims(spans)
    assert {i for i, sp in enumerate(spans) if (sp.start, sp.end) in keys} == set(shown)


def test_known_categories_keep_their_colours() -> None:
    seen: dict[str, int] = {}
    assert category_colour("Attack on reputation", seen) == 0
    assert category_colour("Simplification", seen) == 2
    assert category_colour("Manipulative wording", seen) == 5
    assert category_colour("Something new", seen) == 6
    assert category_colour("Another", seen) == 7
    assert category_colour("Something new", seen) == 6


# --- the report of a document with every layer -------------------------------------------------


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False
        self.text_parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data
        else:
            self.text_parts.append(data)


def _parse(html: str) -> _Collector:
    parser = _Collector()
    parser.feed(html)
    return parser


@pytest.fixture(scope="module")
def full_html() -> str:
    return render_html(full_document())


def _segments_text(html: str) -> str:
    """The reading column's text, rebuilt from the rendered paragraphs."""
    article = html[html.index('<article class="text"') : html.index("</article>")]
    body = re.sub(r'<div class="turn-head">.*?</div>', "", article, flags=re.S)
    paragraphs = re.findall(r"<p>(.*?)</p>", body, flags=re.S)
    from html import unescape

    # Paragraphs split at line ends and turn edges; compare everything but whitespace.
    return re.sub(r"\s+", "", "".join(unescape(re.sub(r"<[^>]+>", "", p)) for p in paragraphs))


def _visible(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_report_text_is_the_document_text(full_html: str) -> None:
    doc = full_document()
    assert _segments_text(full_html) == _visible(doc.text)


def test_every_layer_is_toggleable_and_highlighted(full_html: str) -> None:
    for layer in ("turns", "techniques", "entities", "claims", "duplicates"):
        assert f'data-layer="{layer}"' in full_html
    assert (
        'data-layer="generic"' in full_html
    )  # stage_directions: unknown to the report, still shown
    ids = " ".join(re.findall(r'data-ids="([^"]*)"', full_html)).split()
    doc = full_document()
    assert {i for i in ids if re.fullmatch(r"t\d+", i)} == {
        f"t{i}" for i in range(len(doc.layer("techniques")))
    }
    assert {i for i in ids if re.fullmatch(r"e\d+", i)} == {
        f"e{i}" for i in range(len(doc.layer("entities")))
    }
    assert "d0" in ids and "o0" in ids  # the duplicate and its original
    # Three claims, all within the document's top five: all highlighted.
    assert {i for i in ids if re.fullmatch(r"c\d+", i)} == {"c0", "c1", "c2"}


def test_overlapping_techniques_share_a_segment(full_html: str) -> None:
    # "the same warmongers" lies inside two technique spans (t1 and t2) and an entity.
    match = re.search(r'<span class="([^"]*)" data-ids="([^"]*)">the same </span>', full_html)
    assert match, "the overlap was not split into its own segment"
    assert "multi" in match.group(1).split()
    assert set(match.group(2).split()) >= {"t1", "t2"}


def test_summary_charts_and_panels(full_html: str) -> None:
    parsed = _parse(full_html)
    svgs = [a for t, a in parsed.tags if t == "svg"]
    assert {a.get("aria-label") for a in svgs} == {
        "Words by speaker",
        "Technique counts by category",
        "Actors by portrayal",
        "Techniques per turn, stacked by category",
    }
    text = " ".join(parsed.text_parts)
    for needle in (
        "Attack on reputation",
        "Anna Petrova",
        "Interviewer (not named)",
        "Most check-worthy claims",
        "Duplicated passages",
        "European Union",
    ):
        assert needle in text
    # Per-speaker panels, and a speaker filter listing both speakers.
    panels = [
        a for t, a in parsed.tags if t == "div" and "speaker" in (a.get("class") or "").split()
    ]
    assert [p["data-speaker"] for p in panels] == ["~question", "s:Anna Petrova"]


def test_definitions_come_from_the_taxonomy_or_the_span() -> None:
    view = build_view(full_document())
    defs = view.data["techniques"]
    assert defs["Name_Calling-Labeling"]["category"] == "Attack on reputation"
    assert defs["Name_Calling-Labeling"]["definition"]


def test_csp_allows_exactly_the_inline_script_and_style(full_html: str) -> None:
    parsed = _parse(full_html)
    csp = next(
        a["content"]
        for t, a in parsed.tags
        if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"
    )
    assert csp is not None and "default-src 'none'" in csp
    code = [
        s
        for (t, a), s in zip(
            [x for x in parsed.tags if x[0] == "script"], parsed.scripts, strict=True
        )
        if a.get("type") != "application/json"
    ]
    assert len(code) == 1
    digest = base64.b64encode(hashlib.sha256(code[0].encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in csp
    style = full_html[full_html.index("<style>") + 7 : full_html.index("</style>")]
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    assert f"style-src 'sha256-{digest}'" in csp


def test_report_loads_nothing_from_outside(full_html: str) -> None:
    parsed = _parse(full_html)
    for tag, attrs in parsed.tags:
        for name in ("src", "srcset", "data", "poster", "action"):
            assert name not in attrs, f"<{tag} {name}=…> would load a resource"
        if tag == "link":
            pytest.fail("no <link> may appear: stylesheets and fonts are inline")
    assert "@import" not in full_html and "url(" not in full_html.replace("url(#", "")


@pytest.mark.parametrize(
    "doc",
    [
        Document(text="Just a sentence."),
        Document(
            text="Only turns here.",
            layers={"turns": [Span(0, 16, "statement", None, {"speaker": "A. Writer"})]},
        ),
        Document(text="x" * 5, meta=Meta(title="T", hashtags=("a",)), layers={"techniques": []}),
        Document(text="Speaker: text", layers={"entities": [Span(9, 13, "OTHER", None, {})]}),
    ],
    ids=["bare", "turns-only", "empty-layer", "entity-without-attrs"],
)
def test_absent_layers_are_simply_not_shown(doc: Document) -> None:
    html = render_html(doc)
    assert _segments_text(html) == _visible(doc.text)
    present = {n for n in doc.layers if doc.layer(n)}
    for layer in ("techniques", "claims", "duplicates"):
        assert (f'data-layer="{layer}"' in html) == (layer in present)
    assert ("Techniques by category" in html) == bool(doc.layer("techniques"))


# --- hostile documents ---------------------------------------------------------------------------


def test_hostile_strings_never_become_markup() -> None:
    html = render_html(hostile_document())
    parsed = _parse(html)
    scripts = [a for t, a in parsed.tags if t == "script"]
    assert len(scripts) == 2  # our JSON data block and our code; nothing from the document
    for tag, attrs in parsed.tags:
        assert tag not in ("img", "iframe", "object", "embed", "base", "form", "link")
        for name, value in attrs.items():
            assert not name.startswith("on"), f"<{tag} {name}=…> came from the document"
            if name == "href":
                assert value is not None and not value.lower().lstrip().startswith("javascript")
    if tag == "svg":
        pass
    # The payloads are visible, as text.
    visible = "".join(parsed.text_parts)
    for payload in HOSTILE_PAYLOADS[:3]:
        assert payload in visible
    # And the embedded data survives intact.
    data = json.loads(parsed.scripts[0])
    assert any(HOSTILE_PAYLOADS[0] in json.dumps(v) for v in data["spans"].values())


# --- text summary --------------------------------------------------------------------------------


def test_render_text_summarises_every_layer() -> None:
    out = render_text(full_document(), width=100)
    for needle in (
        "Interview with Foreign Minister Anna Petrova",
        "Date: 2025-03-03",
        "Hashtags: #economy #EU #sanctions",
        "TURNS (5)",
        "  Q1   Interviewer (not named)  Critics say your government",
        "  A2   Anna Petrova",
        "DUPLICATED PASSAGES (1)",
        "TECHNIQUES (6)",
        "Attack on reputation 3: Name calling or labelling ×2, Guilt by association ×1"
        if "Name calling or labelling" in out
        else "Attack on reputation 3:",
        "European Union: 3 mention(s) (negative 2, neutral 0, positive 0)",
        "0.93 [quantity] Anna Petrova: Unemployment fell by 12%",
    ):
        assert needle in out, needle
    assert all(len(line) <= 100 for line in out.splitlines())


def test_render_text_of_a_bare_document() -> None:
    out = render_text(Document(text="Hello there.", meta=Meta(source="x.txt")))
    assert out.splitlines()[0] == "x.txt"
    assert "TURNS" not in out and "TECHNIQUES" not in out


def test_render_text_drop_duplicates_maps_layers_onto_the_view(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    doc = full_document()
    dup = doc.layer("duplicates")[0]
    view_text = doc.text[: dup.start] + doc.text[dup.end :]
    view = {
        "text": view_text,
        "segments": [[0, 0, dup.start], [dup.start, dup.end, len(doc.text) - dup.end]],
        "removed": [[dup.start, dup.end]],
    }
    fake = types.ModuleType("rhetoscope.structure.duplicates")
    fake.deduplicated_view = lambda d: types.SimpleNamespace(to_dict=lambda: view)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "rhetoscope.structure.duplicates", fake)
    out = render_text(doc, drop_duplicates=True, width=100)
    assert "De-duplicated view: 1 repeated passage(s) removed" in out
    assert "DUPLICATED PASSAGES" not in out
    # The answer that held the duplicate still reads right, ending where it ended.
    from rhetoscope.report.text import _deduplicated

    mapped, _ = _deduplicated(doc)
    a2 = mapped.layer("turns")[3]
    assert mapped.span_text(a2).endswith("the sanctions will fail by 2026.")
    assert "Unemployment" not in mapped.span_text(a2)
    # A technique inside the removed passage is gone; one after it moved with the text.
    moved = [s for s in mapped.layer("techniques") if s.label == "Appeal_to_Popularity"]
    assert [mapped.span_text(s) for s in moved] == ["Everyone knows"]


# --- CLI -----------------------------------------------------------------------------------------


def test_report_command_writes_a_report_from_saved_json(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from rhetoscope.cli import app

    saved = tmp_path / "doc.json"
    saved.write_text(full_document().to_json(), encoding="utf-8")
    out = tmp_path / "r.html"
    result = CliRunner().invoke(app, ["report", str(saved), "-o", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Anna Petrova" in html


def test_report_command_fails_in_one_line(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from rhetoscope.cli import app

    bad = tmp_path / "bad.json"
    bad.write_text('{"schema": "other"}', encoding="utf-8")
    result = CliRunner().invoke(app, ["report", str(bad), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 1
    assert "R501" in result.output and len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize(("fmt", "marker"), [("html", "<!DOCTYPE html>"), ("text", "TURNS (5)")])
def test_analyze_formats_use_the_report(fmt: str, marker: str) -> None:
    from rhetoscope.cli.analyze import OutputFormat, render

    out = render(full_document(), OutputFormat(fmt), drop_duplicates=False)
    assert marker in out


@pytest.mark.slow
def test_reference_report_is_small_and_complete(reference_path: Path) -> None:
    doc, _ = analyse_with_available_models(reference_path)
    html = render_html(doc)
    assert len(html.encode("utf-8")) < 5 * 1024 * 1024
    assert _segments_text(html) == _visible(doc.text)
    if doc.layer("turns"):
        assert html.count('<section class="turn') == len(doc.layer("turns"))
    text = render_text(doc)
    assert doc.meta.title is None or doc.meta.title[:30] in text


def test_fixture_offsets_match_their_text() -> None:
    doc = full_document()
    assert doc.text == INTERVIEW
    for turn in doc.layer("turns"):
        start, end = turn.attrs["label_span"]
        assert doc.text[start:end].rstrip(":") in ("Question", "Anna Petrova", "A. Petrova")
    for ent in doc.layer("entities"):
        assert doc.span_text(ent)


@st.composite
def random_documents(draw: st.DrawFn) -> Document:
    """Any text (with markup characters and newlines) and any spans in every layer, overlapping
    turns and spans across turn edges included."""
    alphabet = st.sampled_from(list("ab <>&\"'\n:#é\u2028"))
    text = draw(st.text(alphabet, min_size=1, max_size=80))
    n = len(text)

    def spans(label: st.SearchStrategy[str], attrs: st.SearchStrategy[dict]) -> list[Span]:
        out = []
        for _ in range(draw(st.integers(0, 5))):
            a = draw(st.integers(0, n))
            b = draw(st.integers(a, n))
            score = draw(st.none() | st.floats(0, 1))
            out.append(Span(a, b, draw(label), score, draw(attrs)))
        return out

    words = st.text(alphabet, max_size=6)
    layers = {
        "turns": spans(st.sampled_from(["question", "answer", "statement", "other"]),
                       st.fixed_dictionaries({"speaker": st.none() | words})),
        "techniques": spans(words, st.fixed_dictionaries({"category": words})),
        "entities": spans(st.just("ORG"), st.fixed_dictionaries({"canonical": words})),
        "claims": spans(st.just("quantity"), st.just({})),
        "stance": spans(st.sampled_from(["negative", "positive"]),
                        st.fixed_dictionaries({"target": words})),
        "duplicates": spans(st.just("duplicate"), st.just({"duplicate_of": [0, 1]})),
        "other layer": spans(words, st.just({})),
    }  # fmt: skip
    return Document(text=text, meta=Meta(title=draw(words), hashtags=(draw(words),)),
                    layers=layers)  # fmt: skip


@given(random_documents())
def test_any_document_renders_its_whole_text(doc: Document) -> None:
    html = render_html(doc)
    assert _segments_text(html) == _visible(doc.text)
    parsed = _parse(html)
    assert sum(1 for t, _ in parsed.tags if t == "script") == 2
    render_text(doc)


@pytest.mark.parametrize("width", [60, 80, 100])
def test_render_text_respects_the_width(width: int) -> None:
    out = render_text(full_document(), width=width)
    assert max(len(line) for line in out.splitlines()) <= width
    assert "Appeal to popularity (bandwagon)" in out.replace("\n      ", " ")
