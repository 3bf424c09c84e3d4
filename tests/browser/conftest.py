"""Headless chromium (Debian's, not a downloaded one) for the report and web-app tests."""

from __future__ import annotations

import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ (shared fixtures module)

from browser_support import CHROMIUM, CHROMIUM_ARGS, REPORT_URL, Watch


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent: install it with `apt-get install chromium`")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[tuple[Any, Watch]]:
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    pg = context.new_page()
    watch = Watch()
    pg.on("request", lambda r: watch.requests.append(r.url))
    pg.on("dialog", lambda d: (watch.dialogs.append(d.message), d.dismiss()))
    pg.on("console", lambda m: m.type == "error" and watch.console_errors.append(m.text))
    pg.on("pageerror", lambda e: watch.page_errors.append(str(e)))
    yield pg, watch
    context.close()


@pytest.fixture
def open_report(page: tuple[Any, Watch]) -> Callable[[str], tuple[Any, Watch]]:
    """Serve an HTML string at REPORT_URL; any other request is recorded and refused."""
    pg, watch = page

    def route(r: Any) -> None:
        if r.request.url == REPORT_URL:
            r.fulfill(status=200, content_type="text/html; charset=utf-8", body=current["html"])
        else:
            r.abort()

    current: dict[str, str] = {}
    pg.route("**/*", route)

    def open_(html: str) -> tuple[Any, Watch]:
        current["html"] = html
        pg.goto(REPORT_URL)
        pg.wait_for_load_state("load")
        return pg, watch

    return open_


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(reference_analysis: tuple[Any, tuple[str, ...]]) -> Iterator[str]:
    """rhetoscope serve (the default analysis, as far as its models exist) on a free loopback
    port, in a thread."""
    import uvicorn

    from rhetoscope.web import Settings, create_app

    port = free_port()
    config = uvicorn.Config(
        create_app(Settings(port=port, stages=reference_analysis[1])),
        host="127.0.0.1",
        port=port,
        log_level="warning",
    )
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    if not srv.started:
        pytest.fail("the server did not start within 30 s")
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="session")
def reference_analysis(reference_path: Path) -> tuple[Any, tuple[str, ...]]:
    """The reference interview through every default stage whose model exists."""
    from test_report_docs import analyse_with_available_models

    return analyse_with_available_models(reference_path)


@pytest.fixture(scope="session")
def reference_doc(reference_analysis: tuple[Any, tuple[str, ...]]) -> Any:
    return reference_analysis[0]
