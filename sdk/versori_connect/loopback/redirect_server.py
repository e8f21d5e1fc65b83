"""``LoopbackRedirectServer``: the one HTTP listener on 127.0.0.1 that receives the provider's redirect (RFC 8252
section 7.3), in a thread of its own, with the standard library alone.

It answers ``GET /oauth/callback``. A redirect whose ``state`` is missing or not the one the flow started is answered
400 and ignored, so that a forged or stale redirect cannot end the wait; so is one with the right state but neither a
``code`` nor an ``error``. The first usable one (a code, or the provider's error) is the result, answered with a
short page saying what happened; later requests are told the sign-in is over. ``receive`` (or ``areceive`` in async
code) waits for the result; leaving the ``with`` block stops the thread and closes the socket, whatever happened.
"""

import errno
import html
import threading
from concurrent.futures import Future, InvalidStateError
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Self
from urllib.parse import parse_qs, urlsplit

from .errors import LoopbackPortInUseError, RedirectTimeoutError

CALLBACK_PATH = "/oauth/callback"
"""The path of the redirect URL, as Versori's CLI has it."""
HOST = "127.0.0.1"
# How often the serving loop looks for a stop: the longest a stop waits.
_POLL_SECONDS = 0.05
# A browser may open connections it sends nothing on (a preconnect): each is served in a thread of its own, so that
# none holds up the redirect, and dropped when silent this long.
_IDLE_SECONDS = 10


@dataclass(frozen=True)
class Redirect:
    """The usable redirect: a ``code``, or the provider's ``error`` with its ``error_description``."""

    code: str | None
    error: str | None
    error_description: str | None


class LoopbackRedirectServer:
    """Listens on ``127.0.0.1:port`` (0: a port the system picks) from construction; raises ``LoopbackPortInUseError``
    when the port is taken."""

    def __init__(self, port: int = 0) -> None:
        self._result: Future[Redirect] = Future()
        self._state: str | None = None
        try:
            self._server = ThreadingHTTPServer((HOST, port), _handler_for(self))
        except OSError as error:
            if error.errno == errno.EADDRINUSE:
                raise LoopbackPortInUseError(port) from None
            raise
        self.port: int = self._server.server_address[1]
        self.redirect_url = f"http://{HOST}:{self.port}{CALLBACK_PATH}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(_POLL_SECONDS,), name=f"loopback-redirect-{self.port}", daemon=True
        )
        self._thread.start()

    def expect(self, state: str) -> None:
        """From now on, a redirect carrying ``state`` is the one awaited."""
        self._state = state

    def receive(self, timeout: float) -> Redirect:
        """The usable redirect, once it arrives; ``RedirectTimeoutError`` after ``timeout`` seconds without one."""
        try:
            return self._result.result(timeout)
        except TimeoutError:
            raise RedirectTimeoutError(timeout, self.redirect_url) from None

    async def areceive(self, timeout: float) -> Redirect:
        """As ``receive``, without blocking the event loop."""
        import asyncio  # here, so that sync code using the server never loads asyncio

        try:
            return await asyncio.wait_for(asyncio.wrap_future(self._result), timeout)
        except TimeoutError:
            raise RedirectTimeoutError(timeout, self.redirect_url) from None

    def close(self) -> None:
        """Stop serving and close the socket; a request being answered is finished first."""
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    def _answer(self, target: str) -> tuple[int, str, str]:
        """The status, title and text of the page for a request of ``target`` (path and query); sets the result
        when the request is the usable redirect."""
        parts = urlsplit(target)
        if parts.path != CALLBACK_PATH:
            return 404, "Not found", "This address only receives the sign-in redirect."
        query = {name: values[0] for name, values in parse_qs(parts.query, keep_blank_values=True).items()}
        if self._state is None or query.get("state") != self._state:
            return 400, "Not this sign-in", "This redirect lacks the state this program started; it is ignored."
        if query.get("error"):
            redirect = Redirect(None, query["error"], query.get("error_description") or None)
            said = f"{redirect.error}: {redirect.error_description}" if redirect.error_description else redirect.error
            page = 200, "Not connected", f"The provider refused the authorization ({said}). You can close this window."
        elif query.get("code"):
            redirect = Redirect(query["code"], None, None)
            page = 200, "Signed in", "The provider authorized the connection. You can close this window."
        else:
            return 400, "No code", "This redirect carries neither a code nor an error; it is ignored."
        try:
            self._result.set_result(redirect)
        except InvalidStateError:  # a redirect came first, or the wait was given up
            return 409, "Already done", "This sign-in is already over; you can close this window."
        return page


def _handler_for(server: LoopbackRedirectServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        timeout = _IDLE_SECONDS

        def do_GET(self) -> None:
            status, title, text = server._answer(self.path)
            body = _page(title, text)
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: the program's output is its own."""

    return Handler


def _page(title: str, text: str) -> bytes:
    return (
        "<!doctype html><html lang=en><meta charset=utf-8>"
        f"<title>{html.escape(title)}</title><h1>{html.escape(title)}</h1><p>{html.escape(text)}</p></html>"
    ).encode()
