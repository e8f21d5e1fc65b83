"""Refuses requests whose headers are too large with the contract's Error (431), before any routing."""

import json

from starlette.types import ASGIApp, Receive, Scope, Send

from .request_id import HEADER, request_id_of


class HeaderLimitMiddleware:
    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and sum(len(k) + len(v) for k, v in scope["headers"]) > self.max_bytes:
            body = json.dumps(
                {"code": "headers_too_large", "message": f"The request headers are larger than {self.max_bytes} bytes."}
            ).encode()
            headers = [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (HEADER.lower().encode(), request_id_of(scope).encode()),
            ]
            await send({"type": "http.response.start", "status": 431, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, send)
