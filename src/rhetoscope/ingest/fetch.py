"""Fetch an http(s) URL safely: scheme and address checks, timeouts, a size cap, few redirects.

Address safety (SSRF): every host is resolved and ALL its addresses must be public unless
``allow_private``. The check runs twice, both times before any socket exists: once per hop before
the request, and again inside the connection layer, which then connects to the very address it
checked, so a DNS answer that changes between check and connect (rebinding) cannot slip through.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpcore
import httpx

from rhetoscope.errors import FetchError, InputTooLargeError, URLRefusedError

if TYPE_CHECKING:
    from rhetoscope.ingest import IngestOptions

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

ALLOWED_SCHEMES = frozenset({"http", "https"})
USER_AGENT = "rhetoscope/0.1 (+offline analysis of political statements)"
_REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True, slots=True)
class Fetched:
    data: bytes
    url: str  # final URL, after redirects
    content_type: str | None
    status: int


def refusal_reason(ip: IPAddress) -> str | None:
    """Why ``ip`` is not a public address (``None`` when it is)."""
    if isinstance(ip, ipaddress.IPv6Address):
        # IPv4 wrapped in IPv6 is checked as the IPv4 it carries (3.11's flags miss it).
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is not None:
            return refusal_reason(embedded)
        if ip.teredo is not None:
            return refusal_reason(ip.teredo[1])
    for flag, label in (
        ("is_unspecified", "unspecified"),
        ("is_loopback", "loopback"),
        ("is_link_local", "link-local"),
        ("is_multicast", "multicast"),
        ("is_reserved", "reserved"),
        ("is_private", "private"),
    ):
        if getattr(ip, flag):
            return label
    if not ip.is_global:
        return "non-public"
    return None


def resolve(host: str, port: int) -> list[IPAddress]:
    """Addresses ``host`` stands for; IP literals (also legacy forms like ``127.1``) need no DNS."""
    bare = host.strip("[]")
    try:
        return [ipaddress.ip_address(bare.split("%", 1)[0])]
    except ValueError:
        pass
    try:
        # inet_aton accepts what C resolvers do: "127.1", "0x7f.0.0.1", "2130706433".
        return [ipaddress.IPv4Address(socket.inet_aton(bare))]
    except OSError:
        pass
    infos = socket.getaddrinfo(bare, port, type=socket.SOCK_STREAM)
    seen: list[IPAddress] = []
    for info in infos:
        addr = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if addr not in seen:
            seen.append(addr)
    return seen


def checked_addresses(host: str, port: int, *, allow_private: bool, source: str) -> list[IPAddress]:
    """Resolve ``host``; refuse it when any address is non-public and that is not allowed."""
    try:
        addresses = resolve(host, port)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host!r} ({exc})", source=source) from None
    if not addresses:
        raise FetchError(f"cannot resolve host {host!r}", source=source)
    if not allow_private:
        for addr in addresses:
            reason = refusal_reason(addr)
            if reason is not None:
                raise URLRefusedError(
                    f"refused: {host} is a {reason} address ({addr}); "
                    "pass --allow-private to fetch it",
                    source=source,
                )
    return addresses


def parse_url(url: str, *, source: str) -> httpx.URL:
    """Parse and check the scheme; only http and https are ever fetched."""
    scheme = url.split(":", 1)[0].lower() if ":" in url else ""
    if scheme not in ALLOWED_SCHEMES:
        raise URLRefusedError(
            f"refused: the {scheme or 'missing'!s} scheme is not allowed; "
            "only http and https URLs are fetched",
            source=source,
        )
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError, TypeError) as exc:
        raise FetchError(f"malformed URL ({exc})", source=source) from None
    if not parsed.host:
        raise FetchError("malformed URL (no host)", source=source)
    return parsed


def check_url(url: str, *, allow_private: bool, source: str | None = None) -> httpx.URL:
    """Scheme and address checks of one URL, without connecting anywhere."""
    where = source or url
    parsed = parse_url(url, source=where)
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    checked_addresses(parsed.host, port, allow_private=allow_private, source=where)
    return parsed


class _GuardedBackend(httpcore.NetworkBackend):
    """Connects only to the address it has just checked; every other path is refused."""

    def __init__(self, *, allow_private: bool, source: str) -> None:
        self._inner = httpcore.SyncBackend()
        self._allow_private = allow_private
        self._source = source

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = checked_addresses(
            host, port, allow_private=self._allow_private, source=self._source
        )
        return self._inner.connect_tcp(
            str(addresses[0]),
            port,
            timeout=timeout,
            local_address=local_address,
            socket_options=socket_options,
        )

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        raise URLRefusedError("refused: unix sockets are never fetched", source=self._source)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _GuardedTransport(httpx.HTTPTransport):
    """httpx's transport with the connection pool rebuilt on the guarded network backend."""

    def __init__(self, backend: _GuardedBackend) -> None:
        context = _ssl_context()
        super().__init__(verify=context, trust_env=False, retries=0)
        if not isinstance(getattr(self, "_pool", None), httpcore.ConnectionPool):
            # Fail loudly rather than fetch without the guard if httpx's internals change.
            raise RuntimeError("unsupported httpx version: cannot install the address guard")
        self._pool = httpcore.ConnectionPool(
            ssl_context=context, network_backend=backend, max_connections=4, retries=0
        )


def _ssl_context() -> ssl.SSLContext:
    import certifi

    return ssl.create_default_context(cafile=certifi.where())


def fetch_url(url: str, *, options: IngestOptions, source: str | None = None) -> Fetched:
    """GET ``url`` following at most ``options.max_redirects`` redirects, each hop re-checked."""
    where = source or url
    deadline = time.monotonic() + options.timeout
    current = check_url(url, allow_private=options.allow_private, source=where)
    backend = _GuardedBackend(allow_private=options.allow_private, source=where)
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html,text/plain;q=0.9,*/*;q=0.8"}
    try:
        with httpx.Client(
            transport=_GuardedTransport(backend),
            timeout=httpx.Timeout(options.timeout),
            follow_redirects=False,
            trust_env=False,  # no proxies or .netrc from the environment
            headers=headers,
        ) as client:
            for _hop in range(options.max_redirects + 1):
                with client.stream("GET", current) as response:
                    if response.status_code in _REDIRECT_CODES:
                        location = response.headers.get("location")
                        if not location:
                            raise FetchError(
                                f"HTTP {response.status_code} redirect without a Location",
                                source=where,
                            )
                        target = str(current.join(location))
                        current = check_url(
                            target, allow_private=options.allow_private, source=where
                        )
                        continue
                    if response.status_code >= 400 or response.status_code < 200:
                        reason = response.reason_phrase or ""
                        raise FetchError(
                            f"HTTP {response.status_code} {reason}".rstrip(), source=where
                        )
                    data = _read_capped(response, options, deadline, where)
                    return Fetched(
                        data=data,
                        url=str(response.url),
                        content_type=response.headers.get("content-type"),
                        status=response.status_code,
                    )
    except httpx.TimeoutException:
        raise FetchError(f"timed out after {options.timeout:g} s", source=where) from None
    except httpx.ConnectError as exc:
        raise FetchError(_connect_reason(exc), source=where) from None
    except httpx.HTTPError as exc:
        raise FetchError(f"fetch failed ({type(exc).__name__}: {exc})", source=where) from None
    raise FetchError(f"too many redirects (more than {options.max_redirects})", source=where)


def _read_capped(
    response: httpx.Response, options: IngestOptions, deadline: float, source: str
) -> bytes:
    cap = options.max_bytes
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > cap:
        raise InputTooLargeError(
            f"the response is {int(declared):,} bytes, over the {cap:,}-byte limit", source=source
        )
    chunks: list[bytes] = []
    size = 0
    # iter_bytes decompresses, so the cap also holds against gzip bombs.
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > cap:
            raise InputTooLargeError(f"the response exceeds the {cap:,}-byte limit", source=source)
        if time.monotonic() > deadline:
            raise FetchError(f"timed out after {options.timeout:g} s", source=source)
        chunks.append(chunk)
    return b"".join(chunks)


def _connect_reason(exc: httpx.ConnectError) -> str:
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, ssl.SSLError):
            return f"TLS error ({cause.reason or cause})"
        cause = cause.__cause__ or cause.__context__
    text = str(exc)
    if "CERTIFICATE" in text.upper() or "SSL" in text.upper():
        return f"TLS error ({text})"
    return f"cannot connect ({text or type(exc).__name__})"
