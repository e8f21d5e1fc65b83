"""Reading a request's body within a size and a time limit, and a JSON body as strict JSON (``core.strict_json``)."""

import asyncio
from typing import Any

from starlette.requests import ClientDisconnect, Request
from starlette.types import Message, Receive

from ..core.errors import ServiceError
from ..core.strict_json import parse_json
from .errors import BodyTimeoutError, InvalidJsonError, PayloadTooLargeError, UnsupportedMediaTypeError

# Set in the ASGI scope by the HTTP protocol (http_protocol.py) once the request's whole body has arrived: most
# bodies come in the same packet as the headers, and reading them needs no timer.
BODY_ARRIVED = "versori.body_arrived"


async def read_json_body(request: Request, max_bytes: int, timeout_seconds: float) -> tuple[bytes, Any]:
    """The body as it came and parsed: ``UnsupportedMediaTypeError`` for another media type, ``read_body``'s
    errors, ``InvalidJsonError`` when it is not strict JSON."""
    content_type = request.headers.get("content-type", "")
    if content_type != "application/json" and not _is_json_in_utf8(content_type):
        raise UnsupportedMediaTypeError()
    raw = await read_body(request, max_bytes, timeout_seconds)
    try:
        return raw, parse_json(raw)
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise InvalidJsonError(str(error)[:200]) from error


async def read_body(request: Request, max_bytes: int, timeout_seconds: float) -> bytes:
    """The body as it came: ``PayloadTooLargeError`` past ``max_bytes``, ``BodyTimeoutError`` when it takes longer
    than ``timeout_seconds`` to arrive. Read once per request: a call run again (``stores.base.optimistically``)
    gets the same bytes, or the same error."""
    kept = request.scope.get(_BODY_READ)
    if kept is None:
        try:
            if request.scope.get(BODY_ARRIVED):
                # Nothing left to wait for, so no time limit to keep.
                kept = await _read_limited(request.receive, request.headers.get("content-length", ""), max_bytes)
            else:
                kept = await _read_in_time(request, max_bytes, timeout_seconds)
        except ServiceError as error:
            kept = error
        request.scope[_BODY_READ] = kept
    if isinstance(kept, ServiceError):
        raise kept
    return bytes(kept)


# Where ``read_body`` keeps what it read (the bytes, or the error), in the request's scope.
_BODY_READ = "versori.body_read"


def _is_json_in_utf8(content_type: str) -> bool:
    media_type, _, parameters = content_type.partition(";")
    charset = parameters.strip().lower().removeprefix("charset=").strip('"') if parameters.strip() else "utf-8"
    return media_type.strip().lower() == "application/json" and charset == "utf-8"


async def _read_in_time(request: Request, limit: int, timeout_seconds: float) -> bytes:
    """The body, within ``timeout_seconds``: a timer cancels the read when the time is up. One plain timer
    costs less than half of ``asyncio.timeout`` (its context manager and its rescheduling), on every request."""
    task = asyncio.current_task()
    assert task is not None
    cancelling = task.cancelling()
    expired = False

    def expire() -> None:
        nonlocal expired
        expired = True
        task.cancel()

    timer = asyncio.get_running_loop().call_later(timeout_seconds, expire)
    try:
        return await _read_limited(request.receive, request.headers.get("content-length", ""), limit)
    except asyncio.CancelledError:
        # Only our own cancellation becomes a 408; one from elsewhere (shutdown) goes on.
        if expired and task.uncancel() <= cancelling:
            raise BodyTimeoutError() from None
        raise
    finally:
        timer.cancel()


async def _read_limited(receive: Receive, declared: str, limit: int) -> bytes:
    """The body, refused as soon as it is known to exceed ``limit`` bytes (declared or as it arrives). Read from
    the ASGI messages themselves: a body that came whole in the first one (most do) is taken as it is."""
    if declared.isdigit() and int(declared) > limit:
        raise PayloadTooLargeError(limit)
    message = await receive()
    body = _body_of(message)
    if len(body) > limit:
        raise PayloadTooLargeError(limit)
    if not message.get("more_body", False):
        return body
    chunks = bytearray(body)
    while message.get("more_body", False):
        message = await receive()
        chunks += _body_of(message)
        if len(chunks) > limit:
            raise PayloadTooLargeError(limit)
    return bytes(chunks)


def _body_of(message: Message) -> bytes:
    if message["type"] == "http.disconnect":
        raise ClientDisconnect
    return bytes(message.get("body", b""))
