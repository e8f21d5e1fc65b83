"""uvicorn's httptools protocol, holding the limits of the HTTP layer and refusing with the contract's Error JSON.

uvicorn would answer bytes that are not HTTP with a plain-text 400, hold a connection that never finishes its
headers for ever, and accumulate headers of any size. This subclass keeps the rest of uvicorn's behaviour and
closes the connection after answering, with the ``Error`` body, each of:

- 400 ``invalid_request``: bytes that are not valid HTTP/1.1 (a Content-Length that is not a number, two of them);
- 431 ``headers_too_large``: a request line and headers over ``max_header_bytes`` (counted as they arrive, so a
  huge head is never held in memory);
- 408 ``request_timeout``: no complete headers ``header_timeout_seconds`` after the connection opened, or after
  the first byte of a later request on it (slowloris);
- 503 ``service_unavailable`` with ``Retry-After``: a connection opened while ``max_connections`` were open.

It also sends an answer's head and body in one ``send()`` (``_BatchedWrites``), and marks a request whose whole
body has arrived (``body_reader.BODY_ARRIVED``), so that reading it needs no timer.
"""

import asyncio
import logging
import secrets
from asyncio import TimerHandle
from dataclasses import dataclass
from typing import Any

import httptools
import uvicorn
from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol

from ..core.errors import ServiceError
from .body import BODY_ARRIVED
from .errors import HeadersTooLargeError, HeaderTimeoutError, NotHttpError, TooManyConnectionsError
from .replies import error_reply, status_of

logger = logging.getLogger("mock_server.http")

# Writes held for one turn of the event loop beyond this size go out at once (flow control sees them then).
_BATCH_LIMIT = 64 * 1024
# Whatever a request's head may hold, no more than this is read before refusing it (it bounds one read too).
_HEAD_READ_CAP = 1024 * 1024


@dataclass(frozen=True)
class HttpLimits:
    max_header_bytes: int = 16 * 1024
    header_timeout_seconds: float = 10.0
    max_connections: int = 1000


class LimitedConfig(uvicorn.Config):
    """uvicorn's configuration with the limits ``LimitedHttpProtocol`` holds (picklable, for worker processes)."""

    def __init__(self, app: Any, *, limits: HttpLimits, **options: Any) -> None:
        super().__init__(app, http=LimitedHttpProtocol, **options)
        self.limits = limits


class _RefusedError(Exception):
    """Raised in a parser callback to stop parsing at once; ``data_received`` then sends the refusal."""


class LimitedHttpProtocol(HttpToolsProtocol):
    def __init__(self, config: uvicorn.Config, *args: Any, **kwargs: Any) -> None:
        super().__init__(config, *args, **kwargs)
        self.limits = config.limits if isinstance(config, LimitedConfig) else HttpLimits()
        self._refusal: ServiceError | None = None
        self._header_timer: TimerHandle | None = None
        self._reading_head = True
        # Bytes received since the request began (a bound on reading) and bytes of its line and headers (the limit).
        self._head_bytes = 0
        self._head_size = 0
        self._over_limit = False

    def connection_made(self, transport: Any) -> None:
        super().connection_made(transport)
        self.transport = _BatchedWrites(transport, self.loop)  # type: ignore[assignment]
        # self.connections holds this one too: the connection that makes them max_connections + 1 is refused.
        self._over_limit = len(self.connections) > self.limits.max_connections
        self._start_header_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_header_timer()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._reading_head:
            self._head_bytes += len(data)
            if self._head_bytes > _HEAD_READ_CAP:
                self._refuse(self._headers_too_large())
                return
        self._unset_keepalive_if_required()
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            self._unsupported_upgrade_warning()
        except httptools.HttpParserError:
            self._refuse(self._refusal or NotHttpError())

    def on_message_begin(self) -> None:
        super().on_message_begin()
        if not self._reading_head:
            self._reading_head, self._head_bytes = True, 0
            self._start_header_timer()
        self._head_size = 0

    def on_url(self, url: bytes) -> None:
        self._count_head(len(url))
        super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._count_head(len(name) + len(value))
        super().on_header(name, value)

    def on_headers_complete(self) -> None:
        self._reading_head = False
        self._stop_header_timer()
        if self._over_limit:
            self._stop_parsing(TooManyConnectionsError())
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        super().on_message_complete()
        if self.cycle is not None:
            self.cycle.scope[BODY_ARRIVED] = True  # type: ignore[literal-required]

    def _count_head(self, size: int) -> None:
        self._head_size += size
        if self._head_size > self.limits.max_header_bytes:
            self._stop_parsing(self._headers_too_large())

    def _stop_parsing(self, refusal: ServiceError) -> None:
        self._refusal = refusal
        raise _RefusedError

    def _headers_too_large(self) -> ServiceError:
        return HeadersTooLargeError(self.limits.max_header_bytes)

    def _start_header_timer(self) -> None:
        self._stop_header_timer()
        self._header_timer = self.loop.call_later(self.limits.header_timeout_seconds, self._header_timeout)

    def _stop_header_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _header_timeout(self) -> None:
        self._header_timer = None
        if self.cycle is not None and not self.cycle.response_complete:
            # An answer is still on its way; the keep-alive connection closes after it.
            self.cycle.keep_alive = False
            return
        self._refuse(HeaderTimeoutError())

    def _refuse(self, refusal: ServiceError) -> None:
        self._stop_header_timer()
        if self.transport.is_closing():
            return
        logger.info("%s - refused with %d %s", _client(self.client), status_of(refusal), refusal.code)
        self.transport.write(_error_bytes(refusal))
        self.transport.close()


class _BatchedWrites:
    """The connection's transport, sending what one turn of the event loop wrote in one ``send()``: an answer's
    head and body are written apart (uvicorn writes the head at ``http.response.start``), and each ``send()`` is
    a system call, the largest single cost of an answer under load."""

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        self._transport = transport
        self._loop = loop
        self._held: list[bytes] = []
        self._held_bytes = 0

    def write(self, data: bytes) -> None:
        if not self._held:
            self._loop.call_soon(self.flush)
        self._held.append(data)
        self._held_bytes += len(data)
        if self._held_bytes > _BATCH_LIMIT:
            self.flush()

    def flush(self) -> None:
        if not self._held:
            return
        data = b"".join(self._held)
        self._held, self._held_bytes = [], 0
        if not self._transport.is_closing():
            self._transport.write(data)

    def close(self) -> None:
        self.flush()
        self._transport.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)


def _error_bytes(refusal: ServiceError) -> bytes:
    response = error_reply(refusal)
    headers = [
        *response.raw_headers,
        (b"x-request-id", secrets.token_hex(16).encode()),
        (b"connection", b"close"),
    ]
    head = b"".join(name + b": " + value + b"\r\n" for name, value in headers)
    return STATUS_LINE[response.status_code] + head + b"\r\n" + bytes(response.body)


def _client(address: tuple[str, int] | None) -> str:
    return f"{address[0]}:{address[1]}" if address else "-"
