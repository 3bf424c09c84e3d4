"""Re-take the report screenshots in this folder with Debian's chromium.

    python docs/screenshots/take.py [PATH]     # default: the reference interview in ../shared

Analyses the document with the default stages (a stage whose model is not built is left out and
named), renders the report, and saves report-overview.png, report-reading.png and
report-print.png here.
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
REFERENCE = ROOT.parent / "shared" / "samples" / "mfa-interview-corriere-2025-11-13.txt"
URL = "http://report.test/report.html"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]  # fmt: skip


def analyse(path: Path) -> str:
    from rhetoscope.analysis import build_pipeline
    from rhetoscope.errors import ModelError
    from rhetoscope.ingest import read_source
    from rhetoscope.report import render_html

    doc = read_source(path)
    for stage in build_pipeline().components:
        try:
            doc = stage(doc)
        except ModelError as exc:
            print(f"take: without stage {stage.name!r}: {exc}", file=sys.stderr)
    return render_html(doc)


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else REFERENCE
    html = analyse(path)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1440, "height": 900}, device_scale_factor=1)
        page.route("**/*", lambda r: r.fulfill(body=html, content_type="text/html")
                   if r.request.url == URL else r.abort())  # fmt: skip
        page.goto(URL)
        page.set_viewport_size({"width": 1440, "height": 1180})  # header, summary and charts
        page.screenshot(path=str(HERE / "report-overview.png"))
        page.set_viewport_size({"width": 1440, "height": 900})
        # The reading view: the first answer, with a technique (or a judged actor) opened.
        answer = page.locator(".turn.role-answer").first
        target = answer.locator(".m.tech").first
        if not target.count():
            target = answer.locator(".m.ent.st-negative, .m.ent.st-positive").first
        answer.scroll_into_view_if_needed()
        page.evaluate("document.querySelector('.turn.role-answer').scrollIntoView()")
        page.evaluate("window.scrollBy(0, -140)")
        target.click()
        target.hover()
        page.wait_for_timeout(200)
        page.screenshot(path=str(HERE / "report-reading.png"))
        page.emulate_media(media="print")
        page.set_viewport_size({"width": 900, "height": 1200})
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(HERE / "report-print.png"))
        browser.close()
    print(f"take: wrote 3 screenshots to {HERE}")


if __name__ == "__main__":
    main()
