"""Gives every request an id, sent back as X-Request-Id and used in logs."""

import re
import secrets

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

HEADER = "X-Request-Id"
# A caller's own id is kept only when it cannot smuggle anything into headers or logs.
_SAFE_ID = re.compile(r"[A-Za-z0-9._-]{1,128}")


def request_id_of(scope: Scope) -> str:
    """The id of this request, made the first time it is asked for."""
    state = scope.setdefault("state", {})
    if "request_id" not in state:
        incoming = dict(scope.get("headers", [])).get(b"x-request-id", b"").decode("latin-1")
        state["request_id"] = incoming if _SAFE_ID.fullmatch(incoming) else secrets.token_hex(16)
    return str(state["request_id"])


class RequestIdMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = request_id_of(scope)

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message)[HEADER] = request_id
            await send(message)

        await self.app(scope, receive, send_with_id)
