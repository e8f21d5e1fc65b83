"""uvicorn's h11 protocol, answering requests that are not even valid HTTP with the contract's Error JSON.

uvicorn answers those itself (a Content-Length that is not a number, header blocks over h11's limit) with
a plain-text 400. This subclass keeps all of uvicorn's behaviour but that answer: it sends the Error body,
with the status h11 suggests (431 for headers too large, else 400).
"""

import secrets
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from . import errors
from .errors import error_response


class _Connection(h11.Connection):
    """An h11 connection that remembers the status h11 suggested for the last protocol error."""

    error_status = 400

    def next_event(self) -> Any:
        try:
            return super().next_event()
        except h11.RemoteProtocolError as error:
            self.error_status = error.error_status_hint
            raise


class ErrorJsonH11Protocol(H11Protocol):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        limit = self.config.h11_max_incomplete_event_size or 16 * 1024  # h11's own default
        self.conn = _Connection(h11.SERVER, max_incomplete_event_size=limit)

    def send_400_response(self, msg: str) -> None:
        status = self.conn.error_status if isinstance(self.conn, _Connection) else 400
        response = error_response(errors.headers_too_large() if status == 431 else errors.not_valid_http())
        headers = [
            *response.raw_headers,
            (b"x-request-id", secrets.token_hex(16).encode()),
            (b"connection", b"close"),
        ]
        events = (
            h11.Response(status_code=status, headers=headers),
            h11.Data(data=bytes(response.body)),
            h11.EndOfMessage(),
        )
        for event in events:
            self.transport.write(self.conn.send(event) or b"")
        self.transport.close()
