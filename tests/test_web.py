"""The web app: pages and JSON twins, the API, one error shape, limits, tokens, settings."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from rhetoscope.model import Document
from rhetoscope.web import Settings, create_app
from rhetoscope.web import app as web_app
from rhetoscope.web.errors import AnalysisTimeoutError, ServiceBusyError
from rhetoscope.web.jobs import AnalysisPool
from rhetoscope.web.settings import ServeConfigError, is_loopback_host
from test_report_docs import HOSTILE_PAYLOADS

HTML = {"accept": "text/html,application/xhtml+xml"}
TRANSCRIPT = "Question: Is it true?\nAnswer: It is true, and 12% agree."
TOKEN = "s3cret-token-for-tests"


def _client(**settings: Any) -> TestClient:
    # stages=(): ingest only, so these tests never depend on a model.
    return TestClient(create_app(Settings(stages=(), **settings)), raise_server_exceptions=False)


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with _client(max_body_bytes=64 * 1024) as c:
        yield c


def _assert_error(resp: Any, status: int, code: str) -> dict[str, Any]:
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    body = resp.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "error", "message", "source"}
    assert body["error"]["code"] == code
    assert "\n" not in body["error"]["message"]
    return body["error"]


# --- pages and their JSON twins -------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "marker"),
    [("/", "<form"), ("/docs", "/openapi.json")],
)
def test_pages_are_html_with_a_strict_policy(client: TestClient, path: str, marker: str) -> None:
    resp = client.get(path, headers=HTML)
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith("text/html")
    assert marker in resp.text
    csp = resp.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src" not in csp  # these pages run no script
    assert resp.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize(
    ("path", "key"),
    [
        ("/?format=json", "endpoints"),
        ("/index.json", "limits"),
        ("/docs?format=json", "paths"),
        ("/docs.json", "openapi"),
        ("/openapi.json", "paths"),
        ("/api/schema", "$schema"),
        ("/api/health", "status"),
    ],
)
def test_json_twins(client: TestClient, path: str, key: str) -> None:
    resp = client.get(path, headers=HTML)  # the twin answers JSON even to a browser
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith("application/json")
    assert key in resp.json()


def test_openapi_lists_the_api_and_no_cdn_docs(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/api/analyze", "/api/schema", "/analyze", "/report/{rid}"} <= set(spec["paths"])
    assert set(spec["paths"]["/api/analyze"]["post"]["requestBody"]["content"]) == {
        "application/json",
        "multipart/form-data",
    }
    assert "cdn" not in client.get("/docs", headers=HTML).text.lower()


def test_schema_validates_a_document(client: TestClient) -> None:
    schema = client.get("/api/schema").json()
    assert schema["properties"]["schema"]["const"] == "rhetoscope.document/1"
    layers = schema["properties"]["layers"]["properties"]
    assert {"turns", "entities", "claims", "techniques", "stance", "duplicates"} <= set(layers)
    import jsonschema

    from test_report_docs import full_document

    jsonschema.validate(full_document().to_dict(), schema)


# --- analysis ---------------------------------------------------------------------------------


def test_api_analyze_json_text(client: TestClient) -> None:
    resp = client.post("/api/analyze", json={"text": TRANSCRIPT, "source": "mine.txt"})
    assert resp.status_code == 200
    doc = Document.from_dict(resp.json())
    assert doc.text == TRANSCRIPT
    assert doc.meta.source == "mine.txt"


def test_api_analyze_form_text(client: TestClient) -> None:
    resp = client.post("/api/analyze", data={"text": TRANSCRIPT})
    assert resp.status_code == 200
    assert resp.json()["text"] == TRANSCRIPT


def test_api_analyze_upload(client: TestClient) -> None:
    resp = client.post(
        "/api/analyze", files={"file": ("talk.txt", TRANSCRIPT.encode("utf-16"), "text/plain")}
    )
    assert resp.status_code == 200, resp.text
    assert resp.json()["text"] == TRANSCRIPT
    assert resp.json()["meta"]["source"] == "talk.txt"


def test_form_posts_redirect_to_a_report_with_a_json_twin(client: TestClient) -> None:
    resp = client.post("/analyze", data={"text": TRANSCRIPT}, headers=HTML, follow_redirects=False)
    assert resp.status_code == 303
    location = resp.headers["location"]
    assert location.startswith("/report/")
    page = client.get(location, headers=HTML)
    assert page.status_code == 200 and "It is true, and 12% agree." in page.text
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    assert "script-src 'sha256-" in page.headers["content-security-policy"]
    for twin in (location + ".json", location + "?format=json"):
        assert client.get(twin, headers=HTML).json()["text"] == TRANSCRIPT
    as_json = client.post("/analyze?format=json", data={"text": TRANSCRIPT})
    assert as_json.status_code == 201 and as_json.json()["document"]["text"] == TRANSCRIPT


def test_hostile_text_is_escaped_in_the_served_report(client: TestClient) -> None:
    text = "Question: " + " ".join(HOSTILE_PAYLOADS) + "\nAnswer: fine."
    resp = client.post("/analyze", data={"text": text}, headers=HTML)
    assert resp.status_code == 200
    assert "<script>window.__pwned" not in resp.text
    assert "&lt;script&gt;window.__pwned=1;alert(1)&lt;/script&gt;" in resp.text
    assert "<img" not in resp.text


# --- one error shape for every error ------------------------------------------------------------

ERROR_CASES: list[tuple[str, Callable[[TestClient], Any], int, str]] = [
    ("unknown route", lambda c: c.get("/nope"), 404, "R604"),
    ("unknown report", lambda c: c.get("/report/nope.json"), 404, "R604"),
    ("wrong method", lambda c: c.delete("/api/schema"), 405, "R605"),
    ("empty text", lambda c: c.post("/api/analyze", json={"text": "   "}), 422, "R101"),
    ("no input", lambda c: c.post("/api/analyze", json={}), 422, "R606"),
    (
        "two inputs",
        lambda c: c.post("/api/analyze", json={"text": "a", "url": "http://x.org"}),
        422,
        "R606",
    ),
    ("unknown field", lambda c: c.post("/api/analyze", json={"txt": "a"}), 422, "R606"),
    ("text not a string", lambda c: c.post("/api/analyze", json={"text": 5}), 422, "R606"),
    ("not an object", lambda c: c.post("/api/analyze", json=["a"]), 422, "R606"),
    (
        "bad JSON",
        lambda c: c.post(
            "/api/analyze", content=b"{nope", headers={"content-type": "application/json"}
        ),
        422,
        "R606",
    ),
    (
        "wrong content type",
        lambda c: c.post("/api/analyze", content=b"hi", headers={"content-type": "text/plain"}),
        422,
        "R606",
    ),
    (
        "bad stages",
        lambda c: c.post("/api/analyze", json={"text": "a", "stages": ["nope"]}),
        400,
        "R301",
    ),
    (
        "declared too large",
        lambda c: c.post(
            "/api/analyze",
            content=b"x" * (64 * 1024 + 1),
            headers={"content-type": "application/json"},
        ),
        413,
        "R603",
    ),
    (
        "streamed too large",
        lambda c: c.post(
            "/api/analyze",
            content=iter([b"x" * 40_000, b"x" * 40_000]),
            headers={"content-type": "application/json"},
        ),
        413,
        "R603",
    ),
    (
        "private URL",
        lambda c: c.post("/api/analyze", json={"url": "http://127.0.0.1:9/x"}),
        403,
        "R202",
    ),
    (
        "link-local URL",
        lambda c: c.post("/api/analyze", json={"url": "http://169.254.169.254/"}),
        403,
        "R202",
    ),
]


@pytest.mark.parametrize(
    ("case", "call", "status", "code"), ERROR_CASES, ids=[c[0] for c in ERROR_CASES]
)
def test_errors_share_one_shape(
    client: TestClient, case: str, call: Callable[[TestClient], Any], status: int, code: str
) -> None:
    _assert_error(call(client), status, code)


def test_browser_errors_are_pages_with_a_json_twin(client: TestClient) -> None:
    page = client.get("/nope", headers=HTML)
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "R604" in page.text
    _assert_error(client.get("/nope?format=json", headers=HTML), 404, "R604")


def _blocking_job(release: threading.Event, started: threading.Semaphore) -> Callable[..., Any]:
    def factory(settings: Settings, **_: Any) -> Callable[[], Document]:
        def job() -> Document:
            started.release()
            release.wait(10)
            return Document(text="done")

        return job

    return factory


def test_full_queue_answers_503_with_retry_after(monkeypatch: pytest.MonkeyPatch) -> None:
    release, started = threading.Event(), threading.Semaphore(0)
    monkeypatch.setattr(web_app, "_analysis_job", _blocking_job(release, started))
    results: list[int] = []
    with _client(workers=1, queue_size=1, retry_after_s=7) as c:

        def call() -> None:
            results.append(c.post("/api/analyze", json={"text": "x"}).status_code)

        threads = [threading.Thread(target=call) for _ in range(2)]
        for t in threads:
            t.start()
        assert started.acquire(timeout=5)  # one running, one queued
        deadline = time.monotonic() + 5
        while c.get("/api/health").json()["in_flight"] < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        busy = c.post("/api/analyze", json={"text": "x"})
        release.set()
        for t in threads:
            t.join(10)
    err = _assert_error(busy, 503, "R601")
    assert busy.headers["retry-after"] == "7"
    assert "retry" in err["message"]
    assert sorted(results) == [200, 200]


def test_slow_analysis_times_out_with_504(monkeypatch: pytest.MonkeyPatch) -> None:
    release, started = threading.Event(), threading.Semaphore(0)
    monkeypatch.setattr(web_app, "_analysis_job", _blocking_job(release, started))
    with _client(timeout_s=0.3) as c:
        resp = c.post("/api/analyze", json={"text": "x"})
        release.set()
    _assert_error(resp, 504, "R602")


def test_internal_errors_keep_the_shape(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(settings: Settings, **_: Any) -> Callable[[], Document]:
        def job() -> Document:
            raise ZeroDivisionError

        return job

    monkeypatch.setattr(web_app, "_analysis_job", broken)
    with _client() as c:
        _assert_error(c.post("/api/analyze", json={"text": "x"}), 500, "R000")


# --- tokens -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 401),
        ({"authorization": "Bearer wrong-token-000"}, 401),
        ({"authorization": f"Bearer {TOKEN}"}, 200),
        ({"x-rhetoscope-token": TOKEN}, 200),
    ],
)
def test_token_is_required_when_configured(headers: dict[str, str], status: int) -> None:
    with _client(token=TOKEN) as c:
        resp = c.post("/api/analyze", json={"text": TRANSCRIPT}, headers=headers)
        assert resp.status_code == status
        if status == 401:
            _assert_error(resp, 401, "R607")
            assert resp.headers["www-authenticate"].startswith("Bearer")


def test_browser_token_becomes_a_strict_cookie() -> None:
    with _client(token=TOKEN) as c:
        resp = c.get(f"/?token={TOKEN}", headers=HTML, follow_redirects=False)
        assert resp.status_code == 303 and resp.headers["location"] == "/"
        cookie = resp.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=strict" in cookie
        assert c.get("/", headers=HTML).status_code == 200  # the client kept the cookie
        assert c.get("/?token=wrong", headers=HTML).status_code == 401


# --- settings -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.8.0.1", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("0.0.0.0", False),
        ("::", False),
        ("192.168.1.20", False),
        ("example.org", False),
    ],
)
def test_loopback_hosts(host: str, loopback: bool) -> None:
    assert is_loopback_host(host) is loopback


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"host": "0.0.0.0"}, "without an API token"),
        ({"host": "192.168.1.20"}, "without an API token"),
        ({"token": "short"}, "too short"),
        ({"workers": 0}, "workers"),
        ({"max_body_bytes": 10}, "body cap"),
    ],
)
def test_unsafe_settings_are_refused(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ServeConfigError, match=message):
        Settings(**kwargs).check()


def test_public_bind_with_token_is_allowed() -> None:
    Settings(host="0.0.0.0", token=TOKEN).check()


def test_settings_from_env() -> None:
    s = Settings.from_env(
        {
            "RHETOSCOPE_TOKEN": TOKEN,
            "RHETOSCOPE_WORKERS": "3",
            "RHETOSCOPE_ALLOW_PRIVATE_URLS": "yes",
            "RHETOSCOPE_STAGES": "sentences, turns",
            "RHETOSCOPE_TIMEOUT_S": "9.5",
        },
        port=9000,
    )
    assert (s.token, s.workers, s.allow_private_urls, s.stages, s.timeout_s, s.port) == (
        TOKEN,
        3,
        True,
        ("sentences", "turns"),
        9.5,
        9000,
    )


def test_serve_refuses_a_public_bind_without_token(monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from rhetoscope.cli import app

    monkeypatch.delenv("RHETOSCOPE_TOKEN", raising=False)
    result = CliRunner().invoke(app, ["serve", "--host", "0.0.0.0"])
    assert result.exit_code == 1
    assert "R608" in result.output and "--token" in result.output


# --- the pool on its own ------------------------------------------------------------------------


def _run_coroutine(coro: Any) -> Any:
    """asyncio.run in a thread of its own: the browser tests' Playwright keeps a loop running."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as ex:
        return ex.submit(asyncio.run, coro).result()


def test_pool_bounds_jobs_and_releases_slots() -> None:

    pool = AnalysisPool(workers=1, queue_size=1, timeout_s=5)
    gate = threading.Event()
    first = pool.submit(lambda: gate.wait(5))
    second = pool.submit(lambda: 2)
    with pytest.raises(ServiceBusyError):
        pool.submit(lambda: 3)
    gate.set()
    assert first.result(5) is True and second.result(5) == 2
    deadline = time.monotonic() + 5
    while pool.in_flight and time.monotonic() < deadline:
        time.sleep(0.01)
    assert pool.in_flight == 0
    assert _run_coroutine(pool.run(lambda: 4)) == 4
    slow = AnalysisPool(workers=1, queue_size=0, timeout_s=0.05)
    with pytest.raises(AnalysisTimeoutError):
        _run_coroutine(slow.run(lambda: time.sleep(0.5)))
    pool.shutdown()
    slow.shutdown()


def test_pasted_text_may_use_the_whole_body_cap() -> None:
    text = "Question: long?\nAnswer: " + "word " * 300_000  # 1.5 MB: over Starlette's 1 MiB cap
    with _client(max_body_bytes=4 * 1024 * 1024) as c:
        resp = c.post("/api/analyze", data={"text": text})
    assert resp.status_code == 200, resp.text[:300]
    assert resp.json()["text"] == text
