"""The one middleware around every request: it gives the request its id (sent back as ``X-Request-Id``), hands
browsers' requests (those with an ``Origin`` header) to Starlette's CORS middleware, times the request, logs
one access line and, when metrics are on, counts it.

Requests without an ``Origin`` (SDKs, curl, load balancers) skip the CORS middleware, whose header parsing
cost a tenth of an initialise's time in the app; their answers get the ``Vary: Origin`` it would have added.
"""

import time
from collections.abc import Mapping
from typing import Any

from starlette.middleware.cors import CORSMiddleware
from starlette.routing import BaseRoute
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .access_log import AccessLog
from .metrics import Metrics
from .request_id import assign_request_id

_HEADER = b"x-request-id"
_VARY_ORIGIN = (b"vary", b"Origin")
# Requests no route took (404) share one operation label, so that scanners cannot grow the metrics.
UNMATCHED = "unmatched"


class RequestMiddleware:
    def __init__(
        self,
        app: ASGIApp,
        operations: Mapping[tuple[str, str], str],
        access_log: AccessLog,
        cors: Mapping[str, Any],
        metrics: Metrics | None = None,
    ) -> None:
        """``operations`` maps a route's (path, method) to the contract's operation id; ``cors`` holds the
        arguments of Starlette's ``CORSMiddleware``."""
        self.app = app
        self.browser_app = CORSMiddleware(app, **cors)
        # HEAD is answered as GET (checked_endpoint.contract_routes), and counted and logged as it.
        self.operations = {
            **{(path, "HEAD"): operation for (path, method), operation in operations.items() if method == "GET"},
            **operations,
        }
        self.access_log = access_log
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        incoming_id = b""
        from_browser = False
        for name, value in scope["headers"]:  # one pass for the two headers read here
            if name == b"origin":
                from_browser = True
            elif name == b"x-request-id" and not incoming_id:
                incoming_id = value
        request_id = assign_request_id(scope, incoming_id)
        added = [(_HEADER, request_id.encode())] if from_browser else [(_HEADER, request_id.encode()), _VARY_ORIGIN]
        status = 500

        async def send_with_headers(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", ()), *added]
            await send(message)

        try:
            await (self.browser_app if from_browser else self.app)(scope, receive, send_with_headers)
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
