"""Every request's id: the caller's own ``X-Request-Id`` when it is safe, else one of this process's; sent back
and logged.

A made id is 32 hex digits: 16 random ones drawn once per process (again in a forked child), then a counter.
Ids are unique across processes and instances without a read of the OS's random source for every request.
"""

import itertools
import os
import re
import secrets

from starlette.types import Scope

HEADER = "X-Request-Id"
# A caller's own id is kept only when it cannot smuggle anything into headers or logs.
_SAFE_ID = re.compile(r"[A-Za-z0-9._-]{1,128}")


class _IdSource:
    def __init__(self) -> None:
        self.restart()

    def restart(self) -> None:
        self._prefix = secrets.token_hex(8)
        self._counter = itertools.count()

    def next_id(self) -> str:
        return f"{self._prefix}{next(self._counter):016x}"


_IDS = _IdSource()
os.register_at_fork(after_in_child=_IDS.restart)


def request_id_of(scope: Scope) -> str:
    """The id of this request, made the first time it is asked for."""
    state = scope.setdefault("state", {})
    if "request_id" not in state:
        incoming = next((value for name, value in scope.get("headers", ()) if name == b"x-request-id"), b"")
        assign_request_id(scope, incoming)
    return str(state["request_id"])


def assign_request_id(scope: Scope, incoming: bytes) -> str:
    """Give the request its id: ``incoming`` (the caller's ``X-Request-Id``, or empty) when it is safe."""
    text = incoming.decode("latin-1")
    request_id = text if text and _SAFE_ID.fullmatch(text) else _IDS.next_id()
    scope.setdefault("state", {})["request_id"] = request_id
    return request_id
