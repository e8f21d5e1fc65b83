"""Refuses requests whose headers are too large with the contract's Error (431), before any routing."""

from starlette.types import ASGIApp, Receive, Scope, Send

from . import errors
from .errors import error_response


class HeaderLimitMiddleware:
    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and sum(len(k) + len(v) for k, v in scope["headers"]) > self.max_bytes:
            # The request id middleware, outside this one, adds X-Request-Id to this answer too.
            await error_response(errors.headers_too_large(self.max_bytes))(scope, receive, send)
            return
        await self.app(scope, receive, send)
