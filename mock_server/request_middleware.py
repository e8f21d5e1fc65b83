"""The one middleware around every request: it gives the request its id (sent back as ``X-Request-Id``), times
it, logs one access line and, when metrics are on, counts it."""

import time
from collections.abc import Mapping

from starlette.routing import BaseRoute
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .metrics import Metrics
from .request_id import request_id_of
from .server_log import AccessLog

_HEADER = b"x-request-id"
# Requests no route took (404) share one operation label, so that scanners cannot grow the metrics.
UNMATCHED = "unmatched"


class RequestMiddleware:
    def __init__(
        self,
        app: ASGIApp,
        operations: Mapping[tuple[str, str], str],
        access_log: AccessLog,
        metrics: Metrics | None = None,
    ) -> None:
        """``operations`` maps a route's (path, method) to the contract's operation id."""
        self.app = app
        self.operations = operations
        self.access_log = access_log
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        request_id = request_id_of(scope)
        header = (_HEADER, request_id.encode())
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", ()), header]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            seconds = time.perf_counter() - started
            operation = self._operation(scope)
            self.access_log.request(scope, status, seconds, operation, request_id)
            if self.metrics is not None:
                self.metrics.observe(operation, status, seconds)

    def _operation(self, scope: Scope) -> str:
        route = scope.get("route")
        if not isinstance(route, BaseRoute):
            return UNMATCHED
        path = str(getattr(route, "path", UNMATCHED))
        return self.operations.get((path, scope["method"]), path)
