"""Every JSON answer of the server: its body (``render_json``), the response that carries it (``JsonReply``), and
the one place an error becomes its answer (``error_reply``: the table from error kind to status).

The JSON answers have the bytes and headers Starlette's JSONResponse gives, at less cost on every request: the C
encoder that ``JSONEncoder.encode`` builds anew on each call (with a closure and a markers dict) is built once,
and the raw headers are written directly, without ``init_headers``'s general case.
"""

import json
import json.encoder
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response

from ..core.errors import (
    ConflictError,
    FieldError,
    ForbiddenError,
    InternalError,
    InvalidRequestError,
    NotFoundError,
    PreconditionFailedError,
    ProviderUnavailableError,
    RateLimitedError,
    ServiceError,
    UnauthorizedError,
    UnavailableError,
)
from .errors import (
    HeadersTooLargeError,
    MethodNotAllowedError,
    NothingHereError,
    PayloadTooLargeError,
    RequestTimeoutError,
    UnsupportedMediaTypeError,
)
from .request_id import HEADER as REQUEST_ID_HEADER
from .request_id import request_id_of

CLIENT_CLOSED_REQUEST = 499  # nginx's status for a request whose client went away before the answer

_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, indent=None, separators=(",", ":"))


def _not_json(value: Any) -> Any:
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


# No markers: answers are trees of plain values, never cyclic.
_MAKE_C_ENCODER = getattr(json.encoder, "c_make_encoder", None)  # None where the C accelerator is missing
_C_ENCODE = (
    _MAKE_C_ENCODER(None, _not_json, json.encoder.encode_basestring, None, ":", ",", False, False, False)
    if _MAKE_C_ENCODER is not None
    else None
)


def render_json(content: Any) -> str:
    """``content`` as compact JSON, non-ASCII kept, NaN and infinities refused (ValueError)."""
    if _C_ENCODE is None:
        return _ENCODER.encode(content)
    return "".join(_C_ENCODE(content, 0))


class JsonReply(Response):
    """A JSON answer; also an ASGI app, and its ``body``/``raw_headers`` serve raw protocol writers."""

    media_type = "application/json"

    def __init__(self, content: Any, status_code: int = 200, headers: Mapping[str, str] | None = None) -> None:
        self.status_code = status_code
        self.background = None
        self.body = render_json(content).encode("utf-8")
        self.raw_headers = [
            (b"content-length", str(len(self.body)).encode("latin-1")),
            (b"content-type", b"application/json"),
            *((name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in (headers or {}).items()),
        ]


# --- Errors: the one place a ServiceError becomes an answer -----------------------------------------------------

# Each kind's status; an error's is that of the first kind in its class's MRO (a subclass answers as its kind).
_STATUS_OF_KIND: dict[type[ServiceError], int] = {
    InvalidRequestError: 400,
    UnauthorizedError: 401,
    ForbiddenError: 403,
    NotFoundError: 404,
    MethodNotAllowedError: 405,
    RequestTimeoutError: 408,
    ConflictError: 409,
    PreconditionFailedError: 412,
    PayloadTooLargeError: 413,
    UnsupportedMediaTypeError: 415,
    RateLimitedError: 429,
    HeadersTooLargeError: 431,
    InternalError: 500,
    ProviderUnavailableError: 502,
    UnavailableError: 503,
}
_KIND_OF_STATUS = {status: kind for kind, status in _STATUS_OF_KIND.items()}


def status_of(error: ServiceError) -> int:
    """The HTTP status that answers ``error``: its own for a ``StatusError``, else its kind's."""
    if isinstance(error, StatusError):
        return error.status
    for kind in type(error).__mro__:
        status = _STATUS_OF_KIND.get(kind)
        if status is not None:
            return status
    return 400


def error_headers(error: ServiceError) -> dict[str, str]:
    """The headers an answer of ``error`` carries, from what the error says."""
    headers: dict[str, str] = {}
    if error.retry_after is not None:
        headers["Retry-After"] = str(error.retry_after)
    if isinstance(error, UnauthorizedError):
        headers["WWW-Authenticate"] = error.challenge
    if isinstance(error, MethodNotAllowedError):
        headers["Allow"] = error.allow
    if isinstance(error, InternalError):
        headers[REQUEST_ID_HEADER] = error.request_id
    return headers


def error_reply(error: ServiceError) -> JsonReply:
    """The answer for ``error``: the ``Error`` JSON with its status and headers. Also an ASGI app, and its
    ``body``/``raw_headers`` serve raw protocol writers."""
    return JsonReply(error.body(), status_code=status_of(error), headers=error_headers(error))


class StatusError(ServiceError):
    """An error whose status and code are chosen when it is made: the contract's example for a status asked for
    with ``Prefer`` or planned by the control plane, or a status Starlette's routing raises."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        fields: Sequence[FieldError] = (),
        *,
        details: str | None = None,
        retry_after: int | None = None,
    ) -> None:
        super().__init__(message, fields, details=details, retry_after=retry_after)
        self.status = status
        self.code = code


def exception_handlers() -> dict[Any, Callable[[Request, Exception], Awaitable[Response]]]:
    """Starlette's handlers for whatever the routes raise: a ``ServiceError`` as its answer, Starlette's own 404
    and 405 as the server's, a client gone before its body arrived as 499, and anything else as a logged 500 with
    the request's id, never a traceback."""
    return {
        ServiceError: _service_error,
        HTTPException: _routing_error,
        ClientDisconnect: _client_gone,
        Exception: _unexpected_error,
    }


async def _service_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, ServiceError)
    return error_reply(error)


async def _routing_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)
    if error.status_code == 404:
        return error_reply(NothingHereError())
    if error.status_code == 405:
        return error_reply(MethodNotAllowedError((error.headers or {}).get("Allow", "")))
    return error_reply(StatusError(error.status_code, "invalid_request", str(error.detail)))


async def _client_gone(request: Request, error: Exception) -> Response:
    # Nobody reads this answer: it is for the access log and the metrics, with the status nginx gives a request
    # its client closed (499), so that a client hanging up mid-body counts as neither a success nor a fault.
    return Response(status_code=CLIENT_CLOSED_REQUEST)


async def _unexpected_error(request: Request, error: Exception) -> Response:
    request_id = request_id_of(request.scope)
    _logger.exception("unexpected error in %s %s (request id %s)", request.method, request.url.path, request_id)
    return error_reply(InternalError(request_id))


_logger = logging.getLogger("mock_server")
