"""The FastAPI app: a paste/upload/URL form, HTML reports with JSON twins, and a small REST API.

Every page has a JSON twin (``?format=json`` or a ``.json`` path); every error, from any layer,
has one JSON shape ``{"error": {"code", "error", "message", "source"}}``. Analyses run in a
bounded thread pool with a timeout; URL fetches go through ingest's address checks.
"""

from __future__ import annotations

import collections
import contextlib
import functools
import hmac
import json
import logging
import secrets
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from importlib import resources
from typing import Any
from urllib.parse import urlencode

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from markupsafe import Markup
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from rhetoscope import __version__
from rhetoscope.errors import RhetoscopeError
from rhetoscope.model import SCHEMA_VERSION, Document
from rhetoscope.report.html import content_security_policy, csp_hash
from rhetoscope.web.errors import (
    InvalidRequestError,
    NotFoundError,
    RequestTooLargeError,
    ServiceBusyError,
    UnauthorizedError,
    error_body,
    from_status,
    status_of,
)
from rhetoscope.web.jobs import AnalysisPool
from rhetoscope.web.schema import document_schema
from rhetoscope.web.settings import Settings

log = logging.getLogger("rhetoscope.web")
TOKEN_COOKIE = "rhetoscope_token"
_SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


# --- templates -------------------------------------------------------------------------------
@functools.cache
def _env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("rhetoscope.web", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )


@functools.cache
def _page_css() -> str:
    return resources.files("rhetoscope.web").joinpath("static", "page.css").read_text("utf-8")


def _page_csp() -> str:
    return (
        f"default-src 'none'; style-src {csp_hash(_page_css())}; img-src data:; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    )


def _page(name: str, status: int = 200, **context: Any) -> HTMLResponse:
    html = _env().get_template(name).render(css=Markup(_page_css()), version=__version__, **context)
    return HTMLResponse(html, status_code=status, headers={"Content-Security-Policy": _page_csp()})


def _wants_json(request: Request) -> bool:
    if request.query_params.get("format") == "json" or request.url.path.endswith(".json"):
        return True
    if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
        return True
    # Browsers ask for text/html; API clients (curl's */*, fetch's default) get JSON.
    return "text/html" not in request.headers.get("accept", "")


def _error_response(request: Request, err: RhetoscopeError) -> Response:
    status = status_of(err)
    headers: dict[str, str] = {}
    if isinstance(err, ServiceBusyError):
        headers["Retry-After"] = str(request.app.state.settings.retry_after_s)
    if isinstance(err, UnauthorizedError):
        headers["WWW-Authenticate"] = 'Bearer realm="rhetoscope"'
    if _wants_json(request):
        return JSONResponse(error_body(err), status_code=status, headers=headers)
    resp = _page("error.html.j2", status=status, err=err.to_dict(), status_code=status)
    resp.headers.update(headers)
    return resp


# --- ASGI middleware: body cap and token (before any parsing happens) -----------------------
class BodyLimitMiddleware:
    """Reject bodies over the cap, declared (Content-Length) or streamed, with the JSON error."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._reject(scope, send)
            return
        chunks: list[bytes] = []
        size = 0
        more = scope["method"] in ("POST", "PUT", "PATCH")
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            size += len(body)
            if size > self.max_bytes:
                await self._reject(scope, send)
                return
            chunks.append(body)
            more = bool(message.get("more_body"))
        buffered: list[Message] = [
            {"type": "http.request", "body": b"".join(chunks), "more_body": False}
        ]

        async def replay() -> Message:
            if buffered:
                return buffered.pop()
            return await receive()

        await self.app(
            scope, replay if scope["method"] in ("POST", "PUT", "PATCH") else receive, send
        )

    async def _reject(self, scope: Scope, send: Send) -> None:
        cap = (
            f"{self.max_bytes / 1048576:g} MiB"
            if self.max_bytes >= 1048576
            else f"{self.max_bytes / 1024:g} KiB"
        )
        err = RequestTooLargeError(
            f"the request is larger than the server's cap of {cap}; send a smaller file or text",
            source=scope.get("path"),
        )
        body = json.dumps(error_body(err)).encode("utf-8")
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


def _token_ok(request: Request, token: str) -> bool:
    auth = request.headers.get("authorization", "")
    offered = auth[7:].strip() if auth.lower().startswith("bearer ") else ""
    offered = offered or request.headers.get("x-rhetoscope-token", "")
    offered = offered or request.cookies.get(TOKEN_COOKIE, "")
    return bool(offered) and hmac.compare_digest(offered.encode(), token.encode())


# --- results kept for /report/{id} -----------------------------------------------------------
class ReportStore:
    """The last ``size`` analysed documents, by unguessable id (an LRU; memory stays bounded)."""

    def __init__(self, size: int) -> None:
        self.size = max(size, 1)
        self._docs: collections.OrderedDict[str, Document] = collections.OrderedDict()
        self._lock = threading.Lock()

    def put(self, doc: Document) -> str:
        rid = secrets.token_urlsafe(12)
        with self._lock:
            self._docs[rid] = doc
            while len(self._docs) > self.size:
                self._docs.popitem(last=False)
        return rid

    def get(self, rid: str) -> Document:
        with self._lock:
            doc = self._docs.get(rid)
            if doc is not None:
                self._docs.move_to_end(rid)
        if doc is None:
            raise NotFoundError(
                "no such report (reports are kept in memory for the last analyses only); "
                "analyse the text again",
                source=rid,
            )
        return doc


# --- analysis inputs -------------------------------------------------------------------------
def _analysis_job(
    settings: Settings,
    *,
    text: str | None = None,
    data: bytes | None = None,
    url: str | None = None,
    source: str | None = None,
    content_type: str | None = None,
    stages: tuple[str, ...] | None = None,
) -> Callable[[], Document]:
    """A no-argument function that ingests and analyses one input (runs in a pool thread)."""

    def job() -> Document:
        from rhetoscope.analysis import build_pipeline
        from rhetoscope.ingest import IngestOptions, read_source, read_text

        if url is not None:
            options = IngestOptions(
                max_bytes=settings.max_body_bytes, allow_private=settings.allow_private_urls
            )
            doc = read_source(url, options=options)
        elif data is not None:
            from rhetoscope.ingest import read_bytes

            doc = read_bytes(data, source=source or "upload", content_type=content_type)
        else:
            doc = read_text(text or "", source=source or "<text>")
        chosen = stages if stages is not None else settings.stages
        return build_pipeline(list(chosen) if chosen is not None else None)(doc)

    return job


def _one_input(text: str | None, url: str | None, has_file: bool) -> None:
    given = [name for name, v in (("text", text), ("url", url), ("file", has_file)) if v]
    if len(given) != 1:
        what = "none" if not given else " and ".join(given)
        raise InvalidRequestError(
            f"give exactly one of text, file or url (got {what})", source="request"
        )


def _stages(raw: Any) -> tuple[str, ...] | None:
    if raw is None or raw == "":
        return None
    if isinstance(raw, str):
        return tuple(s.strip() for s in raw.split(",") if s.strip())
    if isinstance(raw, list) and all(isinstance(s, str) for s in raw):
        return tuple(raw)
    raise InvalidRequestError("stages must be a list of stage names or a comma-separated string")


async def _job_from_request(request: Request, settings: Settings) -> Callable[[], Document]:
    """Read text / file / url from a JSON or form body (``multipart`` or urlencoded)."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype == "application/json":
        try:
            payload = json.loads(await request.body() or b"null")
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise InvalidRequestError(f"the body is not valid JSON: {exc}", source="body") from None
        if not isinstance(payload, dict):
            raise InvalidRequestError('the JSON body must be an object like {"text": "..."}')
        unknown = set(payload) - {"text", "url", "source", "stages"}
        if unknown:
            raise InvalidRequestError(f"unknown field(s): {', '.join(sorted(unknown))}")
        text, url = payload.get("text"), payload.get("url")
        if (text is not None and not isinstance(text, str)) or (
            url is not None and not isinstance(url, str)
        ):
            raise InvalidRequestError("text and url must be strings")
        _one_input(text, url, False)
        source = payload.get("source")
        return _analysis_job(
            settings,
            text=text,
            url=url,
            source=str(source) if source else None,
            stages=_stages(payload.get("stages")),
        )
    if ctype in ("multipart/form-data", "application/x-www-form-urlencoded"):
        # Starlette caps a text field at 1 MiB by default; pasted text may use the whole body cap.
        form = await request.form(max_files=1, max_fields=8, max_part_size=settings.max_body_bytes)
        text_v, url_v, file_v = form.get("text"), form.get("url"), form.get("file")
        text = text_v if isinstance(text_v, str) and text_v.strip() else None
        url = url_v.strip() if isinstance(url_v, str) and url_v.strip() else None
        upload = file_v if file_v is not None and not isinstance(file_v, str) else None
        has_file = upload is not None and bool(upload.filename)
        _one_input(text, url, has_file)
        if has_file and upload is not None:
            data = await upload.read()
            return _analysis_job(
                settings,
                data=data,
                source=upload.filename,
                content_type=upload.content_type,
                stages=_stages(form.get("stages")),
            )
        return _analysis_job(settings, text=text, url=url, stages=_stages(form.get("stages")))
    raise InvalidRequestError(
        'send JSON ({"text": ...} or {"url": ...}) or a multipart form with text, file or url',
        source=ctype or "no content type",
    )


# --- the app ---------------------------------------------------------------------------------
def create_app(settings: Settings | None = None) -> FastAPI:
    """A configured app; ``settings.check()`` has been passed (the CLI calls it before binding)."""
    settings = settings or Settings()
    pool = AnalysisPool(
        workers=settings.workers, queue_size=settings.queue_size, timeout_s=settings.timeout_s
    )
    store = ReportStore(settings.keep_reports)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if settings.warm:
            # Load every model once before the first user waits for it.
            job = _analysis_job(settings, text="Question: Is this warm?\nAnswer: It is now.")
            try:
                await pool.run(job)
            except RhetoscopeError as exc:
                log.warning("warm-up analysis failed: %s", exc)
        yield
        pool.shutdown()

    app = FastAPI(
        title="rhetoscope",
        version=__version__,
        description="Analyse political statements offline: speakers, claims, actors, techniques. "
        f"Every analysis is a `{SCHEMA_VERSION}` document; every error is "
        '`{"error": {"code", "error", "message", "source"}}`.',
        docs_url=None,  # FastAPI's docs pages load script from a CDN; /docs is served offline
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.pool = pool
    app.state.store = store

    @app.middleware("http")
    async def guard(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        if settings.token:
            offered = request.query_params.get("token")
            if offered is not None and request.method == "GET":
                # A browser comes once with ?token=…: keep it in a strict cookie, not the URL.
                if not hmac.compare_digest(offered.encode(), settings.token.encode()):
                    return _error_response(request, UnauthorizedError("wrong API token"))
                rest = [(k, v) for k, v in request.query_params.multi_items() if k != "token"]
                target = request.url.path + ("?" + urlencode(rest) if rest else "")
                resp: Response = RedirectResponse(target, status_code=303)
                resp.set_cookie(TOKEN_COOKIE, settings.token, httponly=True, samesite="strict")
                return resp
            if not _token_ok(request, settings.token):
                return _error_response(
                    request,
                    UnauthorizedError(
                        "this server needs its API token: send 'Authorization: Bearer TOKEN' "
                        "(browsers: open /?token=TOKEN once)"
                    ),
                )
        try:
            response = await call_next(request)
        except RhetoscopeError as exc:
            response = _error_response(request, exc)
        for key, value in _SECURITY_HEADERS.items():
            response.headers.setdefault(key, value)
        return response

    @app.exception_handler(RhetoscopeError)
    async def on_rhetoscope_error(request: Request, exc: RhetoscopeError) -> Response:
        return _error_response(request, exc)

    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = {
            404: f"no page or endpoint at {request.url.path}; see /docs",
            405: f"{request.method} is not allowed on {request.url.path}; see /docs",
        }.get(exc.status_code, str(exc.detail))
        return _error_response(
            request, from_status(exc.status_code, message, source=request.url.path)
        )

    @app.exception_handler(RequestValidationError)
    async def on_validation_error(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return _error_response(
            request, InvalidRequestError(f"{where}: {first.get('msg', 'invalid request')}")
        )

    @app.exception_handler(Exception)
    async def on_unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        return _error_response(
            request,
            RhetoscopeError(f"internal error: {type(exc).__name__}", source=request.url.path),
        )

    def limits() -> dict[str, Any]:
        return {
            "max_body_bytes": settings.max_body_bytes,
            "timeout_s": settings.timeout_s,
            "workers": settings.workers,
            "queue_size": settings.queue_size,
            "allow_private_urls": settings.allow_private_urls,
            "token_required": bool(settings.token),
        }

    # --- pages (each with a JSON twin) ---------------------------------------------------------
    @app.get("/", response_model=None, summary="The analysis form (JSON twin: ?format=json)")
    async def index(request: Request) -> Response:
        if _wants_json(request):
            return JSONResponse(
                {
                    "service": "rhetoscope",
                    "version": __version__,
                    "schema": SCHEMA_VERSION,
                    "endpoints": {
                        "analyze": "POST /api/analyze",
                        "schema": "GET /api/schema",
                        "report": "GET /report/{id} (JSON: /report/{id}.json)",
                        "openapi": "GET /openapi.json",
                    },
                    "limits": limits(),
                }
            )
        return _page("index.html.j2", limits=limits())

    @app.get("/index.json", response_model=None, include_in_schema=False)
    async def index_json(request: Request) -> Response:
        return await index(request)

    @app.post(
        "/analyze", response_model=None, summary="Analyse from the form, then show the report"
    )
    async def analyze_form(request: Request) -> Response:
        job = await _job_from_request(request, settings)
        doc = await pool.run(job)
        rid = store.put(doc)
        if _wants_json(request):
            return JSONResponse(
                {"id": rid, "report": f"/report/{rid}", "document": doc.to_dict()}, status_code=201
            )
        return RedirectResponse(f"/report/{rid}", status_code=303)

    @app.get(
        "/report/{rid}", response_model=None, summary="A report (JSON twin: /report/{id}.json)"
    )
    async def report(request: Request, rid: str) -> Response:
        as_json = rid.endswith(".json") or _wants_json(request)
        doc = store.get(rid.removesuffix(".json"))
        if as_json:
            return JSONResponse(doc.to_dict())
        from rhetoscope.report import render_html

        html = render_html(doc, back_url="/")
        csp = content_security_policy() + "; frame-ancestors 'none'"
        return HTMLResponse(html, headers={"Content-Security-Policy": csp})

    # --- API -----------------------------------------------------------------------------------
    @app.post(
        "/api/analyze",
        response_model=None,
        summary="Analyse text, an uploaded file, or a URL; returns the document JSON",
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "properties": {
                                "text": {"type": "string"},
                                "url": {"type": "string", "format": "uri"},
                                "source": {"type": "string"},
                                "stages": {"type": "array", "items": {"type": "string"}},
                            },
                        }
                    },
                    "multipart/form-data": {
                        "schema": {
                            "type": "object",
                            "properties": {
                                "text": {"type": "string"},
                                "url": {"type": "string"},
                                "file": {"type": "string", "format": "binary"},
                                "stages": {"type": "string"},
                            },
                        }
                    },
                },
            },
            "responses": {
                "200": {"description": f"A {SCHEMA_VERSION} document"},
                "413": {"description": "Body over the cap"},
                "422": {"description": "Bad or empty input"},
                "503": {"description": "Queue full; see Retry-After"},
                "504": {"description": "Analysis timed out"},
            },
        },
    )
    async def api_analyze(request: Request) -> Response:
        job = await _job_from_request(request, settings)
        doc = await pool.run(job)
        return JSONResponse(doc.to_dict())

    @app.get("/api/schema", summary="JSON Schema of the document contract")
    async def api_schema() -> dict[str, Any]:
        return document_schema()

    @app.get("/api/health", summary="Liveness and load")
    async def api_health() -> dict[str, Any]:
        return {"status": "ok", "in_flight": pool.in_flight, "capacity": pool.capacity}

    @app.get("/docs", response_model=None, summary="API documentation (JSON twin: /openapi.json)")
    async def docs(request: Request) -> Response:
        spec = app.openapi()
        if _wants_json(request):
            return JSONResponse(spec)
        ops: list[dict[str, Any]] = []
        for path, methods in spec.get("paths", {}).items():
            for method, op in methods.items():
                ops.append(
                    {
                        "method": method.upper(),
                        "path": path,
                        "summary": op.get("summary", ""),
                        "params": [p.get("name", "") for p in op.get("parameters", [])],
                        "bodies": sorted(op.get("requestBody", {}).get("content", {})),
                        "responses": sorted(op.get("responses", {})),
                    }
                )
        return _page("docs.html.j2", ops=ops, info=spec.get("info", {}))

    @app.get("/docs.json", response_model=None, include_in_schema=False)
    async def docs_json(request: Request) -> Response:
        return JSONResponse(app.openapi())

    # Added last, so outermost: an oversized body is refused before anything reads it.
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    return app
