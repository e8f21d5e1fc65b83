"""Every request's id: the caller's own ``X-Request-Id`` when it is safe, else a random one; sent back and logged."""

import re
import secrets

from starlette.types import Scope

HEADER = "X-Request-Id"
# A caller's own id is kept only when it cannot smuggle anything into headers or logs.
_SAFE_ID = re.compile(r"[A-Za-z0-9._-]{1,128}")


def request_id_of(scope: Scope) -> str:
    """The id of this request, made the first time it is asked for."""
    state = scope.setdefault("state", {})
    if "request_id" not in state:
        incoming = next((value for name, value in scope.get("headers", ()) if name == b"x-request-id"), b"").decode(
            "latin-1"
        )
        state["request_id"] = incoming if _SAFE_ID.fullmatch(incoming) else secrets.token_hex(16)
    return str(state["request_id"])
