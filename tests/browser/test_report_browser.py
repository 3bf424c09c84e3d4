"""The HTML report in chromium: layers toggle, filters and details work, hostile text runs nothing,
nothing is fetched from the network."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from browser_support import REPORT_URL, Watch

from rhetoscope.report import render_html
from test_report_docs import HOSTILE_PAYLOADS, full_document, hostile_document

OpenReport = Callable[[str], tuple[Any, Watch]]

# layer checkbox -> (highlight selector, CSS property, "is highlighted" test on its value)
LAYER_LOOKS: dict[str, tuple[str, str, Callable[[str], bool]]] = {
    "turns": (".turn", "border-left-color", lambda v: v != "rgba(0, 0, 0, 0)"),
    "techniques": (".m.tech", "background-color", lambda v: v != "rgba(0, 0, 0, 0)"),
    "entities": (".m.ent", "text-decoration-line", lambda v: "underline" in v),
    "claims": (".m.claim", "background-image", lambda v: v != "none"),
    "duplicates": (".m.dup", "text-decoration-line", lambda v: "line-through" in v),
}


def _highlighted(pg: Any, layer: str) -> int:
    selector, prop, looks_on = LAYER_LOOKS[layer]
    values = pg.eval_on_selector_all(
        selector, "(els, p) => els.map(e => getComputedStyle(e).getPropertyValue(p))", prop
    )
    return sum(1 for v in values if looks_on(v))


def _assert_clean(watch: Watch) -> None:
    assert watch.requests == [REPORT_URL], f"unexpected requests: {watch.requests}"
    assert watch.dialogs == []
    assert watch.page_errors == []
    assert watch.console_errors == []  # a CSP violation would show here


def _toggle_every_layer(pg: Any) -> list[str]:
    layers = pg.eval_on_selector_all("input[data-layer]", "els => els.map(e => e.dataset.layer)")
    checked = [layer for layer in layers if layer in LAYER_LOOKS]
    for layer in checked:
        before = _highlighted(pg, layer)
        assert before > 0, f"layer {layer} shows no highlight"
        box = pg.locator(f'input[data-layer="{layer}"]')
        box.uncheck()
        assert _highlighted(pg, layer) == 0, f"unchecking {layer} left highlights on"
        box.check()
        assert _highlighted(pg, layer) == before
    return checked


def test_reference_report_toggles_layers_offline(
    open_report: OpenReport, reference_doc: Any
) -> None:
    html = render_html(reference_doc)
    assert len(html.encode("utf-8")) < 5 * 1024 * 1024
    pg, watch = open_report(html)
    assert pg.locator(".turn").count() == len(reference_doc.layer("turns"))
    toggled = _toggle_every_layer(pg)
    assert {"turns", "duplicates"} <= set(toggled)  # structure layers are always there
    # A duplicate's details offer a jump to the first copy, which is then selected.
    pg.locator(".m.dup").first.click()
    pg.locator("#details .jump").first.click()
    assert pg.locator(".m.sel.dup-orig").count() == 1
    _assert_clean(watch)


def test_every_layer_of_a_full_document_toggles(open_report: OpenReport) -> None:
    pg, watch = open_report(render_html(full_document()))
    assert set(_toggle_every_layer(pg)) == set(LAYER_LOOKS)
    _assert_clean(watch)


def test_technique_filter_details_and_tooltip(open_report: OpenReport) -> None:
    pg, watch = open_report(render_html(full_document()))
    assert _highlighted(pg, "techniques") > 1
    pg.select_option("#f-tech", "t:False_Dilemma-No_Choice")
    painted = pg.eval_on_selector_all(".m.tech", "els => els.map(e => e.textContent)")
    assert painted == ["Either we stand together or we lose everything."]
    # The legend filters by category and toggles back off.
    legend = pg.locator('.legend button[data-cat="Attack on reputation"]')
    legend.click()
    assert legend.get_attribute("aria-pressed") == "true"
    texts = "".join(pg.eval_on_selector_all(".m.tech", "els => els.map(e => e.textContent)"))
    assert "a gang of thieves" in texts and "Either we" not in texts
    legend.click()
    assert pg.input_value("#f-tech") == ""
    # The confidence filter keeps only techniques scored at least that high.
    pg.select_option("#f-conf", "0.7")
    texts = pg.eval_on_selector_all(".m.tech", "els => els.map(e => e.textContent)")
    assert "".join(texts) == (
        "a gang of thieves"
        "That is a lie spread by the same warmongers"  # 0.77; the overlapping 0.55 one is hidden
        "Either we stand together or we lose everything."
    )
    assert pg.locator(".m.tech.multi").count() == 0
    pg.select_option("#f-conf", "0")
    # Click: technique name, confidence and definition in the details panel.
    pg.locator(".m.tech", has_text="a gang of thieves").click()
    details = pg.locator("#details").inner_text()
    assert "confidence 81%" in details
    assert "Attack on reputation" in details.replace("ATTACK ON REPUTATION", "Attack on reputation")
    # Hover: a tooltip with the technique.
    pg.locator(".m.tech", has_text="Everyone knows").hover()
    tip = pg.locator("#tip")
    assert tip.is_visible() and "justification" in tip.inner_text().lower()
    _assert_clean(watch)


def test_speaker_filter_dims_other_speakers(open_report: OpenReport) -> None:
    pg, watch = open_report(render_html(full_document()))
    pg.select_option("#f-speaker", "s:Anna Petrova")
    dims = pg.eval_on_selector_all(
        ".turn", "els => els.map(e => [e.dataset.speaker, e.classList.contains('dim')])"
    )
    assert dims and all(dim == (speaker != "s:Anna Petrova") for speaker, dim in dims)
    pg.select_option("#f-speaker", "")
    assert pg.locator(".turn.dim").count() == 0
    _assert_clean(watch)


def test_print_layout_hides_the_controls(open_report: OpenReport) -> None:
    pg, watch = open_report(render_html(full_document()))
    pg.emulate_media(media="print")
    assert not pg.locator(".toolbar").is_visible()
    assert pg.locator(".m.tech").first.is_visible()
    _assert_clean(watch)


def test_hostile_document_runs_nothing(open_report: OpenReport) -> None:
    pg, watch = open_report(render_html(hostile_document()))
    # Exercise every script path that writes document data: details, tooltips, filters.
    for i in range(pg.locator(".m").count()):
        seg = pg.locator(".m").nth(i)
        seg.hover()
        seg.click()
    if pg.locator("#f-tech").count():
        for value in pg.eval_on_selector_all("#f-tech option", "os => os.map(o => o.value)"):
            pg.select_option("#f-tech", value)
    assert pg.evaluate("typeof window.__pwned") == "undefined"
    assert pg.locator("img, iframe, object, embed").count() == 0
    body = pg.inner_text("body")
    for payload in HOSTILE_PAYLOADS[:3]:
        assert payload in body
    assert HOSTILE_PAYLOADS[0] in pg.title()
    assert pg.locator('a[href^="javascript"]').count() == 0
    _assert_clean(watch)


@pytest.mark.parametrize("width", [1366, 800])
def test_report_fits_the_viewport(open_report: OpenReport, width: int) -> None:
    pg, watch = open_report(render_html(full_document()))
    pg.set_viewport_size({"width": width, "height": 900})
    overflow = pg.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    _assert_clean(watch)
