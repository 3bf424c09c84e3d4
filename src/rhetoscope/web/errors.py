"""HTTP-level errors of the web app, in the project's one exception tree, and their status codes.

Every error response, whatever raised it, has the body ``{"error": RhetoscopeError.to_dict()}``.
Codes R6xx belong to the web app; core codes keep their meaning (see ``rhetoscope.errors``).
"""

from __future__ import annotations

from rhetoscope.errors import (
    BadRecordError,
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    FetchError,
    InputError,
    InputTooLargeError,
    ModelError,
    PipelineError,
    RhetoscopeError,
    SchemaError,
    UnreadableFileError,
    UnsupportedTypeError,
    URLRefusedError,
)


class WebError(RhetoscopeError):
    code = "R600"
    status = 500


class ServiceBusyError(WebError):
    code = "R601"
    status = 503


class AnalysisTimeoutError(WebError):
    code = "R602"
    status = 504


class RequestTooLargeError(WebError):
    code = "R603"
    status = 413


class NotFoundError(WebError):
    code = "R604"
    status = 404


class MethodNotAllowedError(WebError):
    code = "R605"
    status = 405


class InvalidRequestError(WebError):
    code = "R606"
    status = 422


class UnauthorizedError(WebError):
    code = "R607"
    status = 401


# Most specific first: the first class an error is an instance of decides its status.
_STATUS: tuple[tuple[type[RhetoscopeError], int], ...] = (
    (InputTooLargeError, 413),
    (UnsupportedTypeError, 415),
    (BinaryInputError, 415),
    (EmptyInputError, 422),
    (EncodingError, 422),
    (UnreadableFileError, 422),
    (BadRecordError, 422),
    (InputError, 422),
    (URLRefusedError, 403),
    (FetchError, 502),
    (PipelineError, 400),
    (SchemaError, 422),
    (ModelError, 500),
)


def status_of(err: RhetoscopeError) -> int:
    if isinstance(err, WebError):
        return err.status
    for cls, status in _STATUS:
        if isinstance(err, cls):
            return status
    return 500


def error_body(err: RhetoscopeError) -> dict[str, dict[str, str | None]]:
    return {"error": err.to_dict()}


def from_status(status: int, message: str, *, source: str | None = None) -> RhetoscopeError:
    """The error for a bare HTTP status raised by the framework (unknown route, wrong method)."""
    cls: type[WebError] = {
        401: UnauthorizedError,
        404: NotFoundError,
        405: MethodNotAllowedError,
        413: RequestTooLargeError,
        422: InvalidRequestError,
        503: ServiceBusyError,
    }.get(status, WebError)
    err = cls(message, source=source)
    if cls is WebError:
        err.status = status
    return err
