"""URL ingest against a local server on 127.0.0.1 only; refusals never open a socket.

The positive path needs ``allow_private=True`` (the server is on loopback); the same URLs without
it are refused, and the server's request counter proves no request reached it.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import httpcore
import pytest

from rhetoscope.errors import FetchError, InputTooLargeError, URLRefusedError
from rhetoscope.ingest import IngestOptions, iter_sources, read_source
from rhetoscope.ingest import fetch as fetch_module

PAGE = (
    b"<html><head><title>Statement on the talks</title></head><body>"
    b"<nav><a href='/'>Home</a></nav><article><h1>Statement on the talks</h1>"
    b"<p>The ministry welcomes the resumption of the dialogue in Geneva.</p>"
    b"<p>Further rounds are expected before the end of the year.</p></article>"
    b"<footer>All rights reserved.</footer></body></html>"
)
RU_TEXT = "Заявление министерства о возобновлении диалога в Женеве."


class _Handler(BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []  # shared on purpose: one server per module

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        if "Content-Length" not in headers and "X-No-Length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        # The client may hang up on purpose (size cap, timeout).
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def do_GET(self) -> None:
        self.hits.append(self.path)
        path = self.path
        if path == "/page.html":
            self._send(200, PAGE, {"Content-Type": "text/html; charset=utf-8"})
        elif path == "/ru":
            self._send(
                200, RU_TEXT.encode("cp1251"), {"Content-Type": "text/plain; charset=cp1251"}
            )
        elif path == "/redirect":
            self._send(302, b"", {"Location": "/page.html"})
        elif path.startswith("/chain/"):
            left = int(path.rsplit("/", 1)[1])
            target = "/page.html" if left == 0 else f"/chain/{left - 1}"
            self._send(301, b"", {"Location": target})
        elif path == "/to-file":
            self._send(302, b"", {"Location": "file:///etc/passwd"})
        elif path == "/to-private":
            self._send(307, b"", {"Location": "http://10.0.0.1/internal"})
        elif path == "/big":
            self._send(200, b"a" * 5000, {"Content-Type": "text/plain"})
        elif path == "/big-no-length":
            self.close_connection = True
            self._send(200, b"a" * 5000, {"Content-Type": "text/plain", "X-No-Length": "1"})
        elif path == "/slow":
            time.sleep(1.5)
            self._send(200, b"late", {"Content-Type": "text/plain"})
        else:
            self._send(404, b"not here", {"Content-Type": "text/plain"})


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


LOCAL = IngestOptions(allow_private=True, timeout=5.0)


def test_fetch_html_page(server: str) -> None:
    url = f"{server}/page.html"
    doc = read_source(url, options=LOCAL)
    assert "The ministry welcomes the resumption" in doc.text
    assert "All rights reserved" not in doc.text
    assert doc.meta.source == url and doc.meta.source_url == url
    assert doc.meta.title == "Statement on the talks"
    assert doc.meta.extra["content_type"] == "text/html"
    assert doc.meta.extra["http_status"] == 200


def test_fetch_uses_the_declared_charset(server: str) -> None:
    doc = read_source(f"{server}/ru", options=LOCAL)
    assert doc.text == RU_TEXT
    assert doc.meta.extra["encoding"] == "cp1251" and doc.meta.language == "ru"


def test_redirect_is_followed_and_recorded(server: str) -> None:
    doc = read_source(f"{server}/redirect", options=LOCAL)
    assert doc.meta.source == f"{server}/redirect"
    assert doc.meta.source_url == f"{server}/page.html"


def test_loopback_server_is_refused_without_the_flag(server: str) -> None:
    before = len(_Handler.hits)
    with pytest.raises(URLRefusedError, match="loopback address"):
        read_source(f"{server}/page.html")
    assert len(_Handler.hits) == before  # refused before any request was sent


@pytest.mark.parametrize(
    ("path", "options", "error", "fragment"),
    [
        ("/chain/4", LOCAL, FetchError, None),  # /chain/N redirects N + 1 times
        ("/chain/5", LOCAL, FetchError, "too many redirects (more than 5)"),
        ("/chain/1", IngestOptions(allow_private=True, max_redirects=1), FetchError,
         "too many redirects (more than 1)"),
        ("/missing", LOCAL, FetchError, "HTTP 404 Not Found"),
        ("/big", IngestOptions(allow_private=True, max_bytes=1000), InputTooLargeError,
         "the response is 5,000 bytes, over the 1,000-byte limit"),
        ("/big-no-length", IngestOptions(allow_private=True, max_bytes=1000), InputTooLargeError,
         "exceeds the 1,000-byte limit"),
        ("/slow", IngestOptions(allow_private=True, timeout=0.3), FetchError,
         "timed out after 0.3 s"),
        ("/to-file", LOCAL, URLRefusedError, "file scheme is not allowed"),
    ],
)  # fmt: skip
def test_fetch_failures(
    server: str, path: str, options: IngestOptions, error: type[Exception], fragment: str | None
) -> None:
    url = f"{server}{path}"
    if fragment is None:  # the control case: exactly at the limit still works
        assert read_source(url, options=options).text
        return
    with pytest.raises(error) as caught:
        read_source(url, options=options)
    assert type(caught.value) is error
    assert fragment in str(caught.value)
    assert str(caught.value).startswith(f"[{caught.value.code}] {url}: ")  # type: ignore[attr-defined]


@pytest.fixture
def connections(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every TCP connection httpcore opens; only 127.0.0.1 may be reached."""
    opened: list[str] = []
    real = httpcore.SyncBackend.connect_tcp

    def recording(self: httpcore.SyncBackend, host: str, port: int, **kwargs: object) -> object:
        opened.append(host)
        if host != "127.0.0.1":
            raise AssertionError(f"connection to {host} attempted")
        return real(self, host, port, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(httpcore.SyncBackend, "connect_tcp", recording)
    return opened


def test_every_redirect_hop_is_rechecked(
    server: str, monkeypatch: pytest.MonkeyPatch, connections: list[str]
) -> None:
    # Let the loopback server play a public site; its redirect to 10.0.0.1 must still be refused.
    real_reason = fetch_module.refusal_reason

    def loopback_is_public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
        return None if str(ip) == "127.0.0.1" else real_reason(ip)

    monkeypatch.setattr(fetch_module, "refusal_reason", loopback_is_public)
    with pytest.raises(URLRefusedError, match=r"10\.0\.0\.1 is a private address"):
        read_source(f"{server}/to-private")
    assert connections == ["127.0.0.1"]


def test_dns_rebinding_is_caught_at_connect(
    monkeypatch: pytest.MonkeyPatch, connections: list[str]
) -> None:
    # The first lookup answers a public address, the one at connect time a private one.
    answers = iter([["93.184.216.34"], ["10.1.2.3"]])

    def resolve(host: str, port: int) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
        assert host == "rebind.test"
        return [ipaddress.ip_address(a) for a in next(answers)]

    def no_dns(*args: object, **kwargs: object) -> None:
        raise AssertionError("real DNS was used")

    monkeypatch.setattr(fetch_module, "resolve", resolve)
    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    with pytest.raises(URLRefusedError, match=r"private address \(10\.1\.2\.3\)"):
        read_source("http://rebind.test/page")
    assert connections == []


def test_tls_failure_is_reported(server: str) -> None:
    # The server speaks plain HTTP, so a TLS handshake with it fails.
    https = server.replace("http://", "https://")
    with pytest.raises(FetchError, match="TLS error"):
        read_source(f"{https}/page.html", options=LOCAL)


def test_connection_refused_is_reported() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError, match="cannot connect"):
        read_source(f"http://127.0.0.1:{port}/", options=LOCAL)


def test_url_in_a_batch_is_one_item(server: str) -> None:
    ((source, item),) = list(iter_sources(f"{server}/missing", options=LOCAL))
    assert source == f"{server}/missing" and isinstance(item, FetchError)


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("127.255.0.9", "loopback"),
        ("10.0.0.1", "private"),
        ("172.16.5.4", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "link-local"),
        ("0.0.0.0", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("100.64.0.1", "non-public"),  # carrier-grade NAT
        ("240.0.0.1", "reserved"),
        ("::1", "loopback"),
        ("::", "unspecified"),
        ("fe80::1", "link-local"),
        ("fc00::1", "private"),
        ("ff02::1", "multicast"),
        ("::ffff:127.0.0.1", "loopback"),
        ("::ffff:10.0.0.1", "private"),
        ("2002:7f00:1::", "loopback"),  # 6to4 wrapping 127.0.0.1
        ("8.8.8.8", None),
        ("93.184.216.34", None),
        ("2001:4860:4860::8888", None),
    ],
)
def test_refusal_reason_table(address: str, reason: str | None) -> None:
    assert fetch_module.refusal_reason(ipaddress.ip_address(address)) == reason
