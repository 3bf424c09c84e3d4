"""rhetoscope serve in chromium: paste a document, get its report; hostile text runs nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from browser_support import Watch

from test_report_docs import HOSTILE_PAYLOADS


def _assert_clean(watch: Watch, base: str) -> None:
    outside = [u for u in watch.requests if not u.startswith(base + "/")]
    assert outside == [], f"requests outside the server: {outside}"
    assert watch.dialogs == []
    assert watch.page_errors == []
    assert watch.console_errors == []


def _paste_and_submit(pg: Any, base: str, text: str) -> None:
    pg.goto(base + "/")
    pg.fill("#text", text)
    with pg.expect_navigation(timeout=180_000):
        pg.click("#analyze")
    assert "/report/" in pg.url, pg.inner_text("body")[:500]


def test_paste_the_reference_document_and_see_its_report(
    page: tuple[Any, Watch], server: str, reference_path: Path
) -> None:
    pg, watch = page
    text = reference_path.read_text(encoding="utf-8")
    _paste_and_submit(pg, server, text)
    assert "Sergey Lavrov" in pg.inner_text("h1")
    assert pg.locator(".turn").count() == 18
    assert pg.locator(".turn.role-answer .who", has_text="Sergey Lavrov").count() == 9
    assert pg.locator(".m.dup").count() >= 2
    # The page's JSON twin holds the same document.
    twin = pg.request.get(pg.url + ".json").json()
    assert twin["schema"] == "rhetoscope.document/1"
    assert len(twin["layers"]["turns"]) == 18
    _assert_clean(watch, server)


def test_hostile_paste_runs_nothing(page: tuple[Any, Watch], server: str) -> None:
    pg, watch = page
    text = (
        f"{HOSTILE_PAYLOADS[0]} headline #{HOSTILE_PAYLOADS[1]}\n"
        f"Question: {' '.join(HOSTILE_PAYLOADS)}?\n"
        f"{HOSTILE_PAYLOADS[0]}: javascript:alert(document.cookie) and <b>bold</b>.\n"
        "#javascript:alert(1)\n#<svg/onload=alert(1)>\n"
    )
    _paste_and_submit(pg, server, text)
    for i in range(pg.locator(".m").count()):
        pg.locator(".m").nth(i).click()
    assert pg.evaluate("typeof window.__pwned") == "undefined"
    assert pg.locator("img, iframe, object, embed, svg[onload]").count() == 0
    assert pg.locator("b", has_text="bold").count() == 0  # the <b> in the text stayed text
    assert HOSTILE_PAYLOADS[0] in pg.inner_text("body")
    _assert_clean(watch, server)


def test_refused_url_is_an_error_page(page: tuple[Any, Watch], server: str) -> None:
    pg, _ = page
    pg.goto(server + "/")
    pg.fill("#text", "   ")
    pg.fill("#url", "http://127.0.0.1:1/")
    with pg.expect_navigation():
        pg.click("#analyze")
    # Blank text counts as no text: the URL is used, and refused (loopback).
    assert "loopback" in pg.inner_text("h1")
    assert "R202" in pg.inner_text(".err dl")
