"""The reference server served by uvicorn on a thread of its own, with its own event loop, on a socket bound
before the app is built (so that the app knows its own URL).

Everything that touches the server's state runs on that loop: ``submit`` hands it a coroutine and returns a
``concurrent.futures.Future``, which sync callers wait on (``.result()``) and async callers await
(``asyncio.wrap_future``). Starting and stopping are futures too, for the same reason.
"""

import asyncio
import socket
import threading
from collections.abc import Callable, Coroutine
from concurrent.futures import Future
from typing import Any, TypeVar

import uvicorn
from starlette.applications import Starlette

from mock_server.http.runtime import server_config
from mock_server.settings import Settings

_T = TypeVar("_T")


class _Server(uvicorn.Server):
    """uvicorn's server, saying when it accepts connections."""

    def __init__(self, config: uvicorn.Config, ready: "Future[None]") -> None:
        super().__init__(config)
        self._ready = ready

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        self._ready.set_result(None)


class ServerThread:
    """``app`` served on ``listener`` from ``start()`` until ``stop()``; then ``after`` runs on the same loop."""

    def __init__(
        self,
        app: Starlette,
        settings: Settings,
        listener: socket.socket,
        after: Callable[[], Coroutine[Any, Any, None]],
    ) -> None:
        self._listener = listener
        self._after = after
        self._loop = asyncio.new_event_loop()
        self._ready: Future[None] = Future()
        self._stopped: Future[None] = Future()
        # As python -m mock_server serves, but the test process's logging stays the test runner's.
        config = server_config(app, settings, log_config=None, log_level=None)
        self._server = _Server(config, self._ready)
        self._thread = threading.Thread(target=self._run, name="versori-mock", daemon=True)

    def start(self) -> "Future[None]":
        """Done once the server accepts connections (or failed to start)."""
        self._thread.start()
        return self._ready

    def stop(self) -> "Future[None]":
        """Done once the server has shut down (its stores closed) and its thread has ended."""
        self._server.should_exit = True
        return self._stopped

    def submit(self, coroutine: Coroutine[Any, Any, _T]) -> "Future[_T]":
        """Run ``coroutine`` on the server's loop."""
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop)

    def _run(self) -> None:
        try:
            self._loop.run_until_complete(self._server.serve(sockets=[self._listener]))
            self._loop.run_until_complete(self._after())
        except BaseException as error:  # uvicorn exits with SystemExit when the app's startup fails
            if not self._ready.done():
                self._ready.set_exception(RuntimeError(f"the reference server did not start: {error!r}"))
        finally:
            self._listener.close()
            self._loop.close()
            if not self._ready.done():
                self._ready.set_exception(RuntimeError("the reference server stopped before it started"))
            self._stopped.set_result(None)
