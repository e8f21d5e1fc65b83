"""Every JSON answer of the server: its body (``render_json``) and the response that carries it (``JsonReply``).

Both give the bytes and headers Starlette's JSONResponse gives, at less cost on every request: the C encoder that
``JSONEncoder.encode`` builds anew on each call (with a closure and a markers dict) is built once, and the raw
headers are written directly, without ``init_headers``'s general case.
"""

import json
import json.encoder
from collections.abc import Mapping
from typing import Any

from starlette.responses import Response

_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, indent=None, separators=(",", ":"))


def _not_json(value: Any) -> Any:
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


# No markers: answers are trees of plain values, never cyclic.
_MAKE_C_ENCODER = getattr(json.encoder, "c_make_encoder", None)  # None where the C accelerator is missing
_C_ENCODE = (
    _MAKE_C_ENCODER(None, _not_json, json.encoder.encode_basestring, None, ":", ",", False, False, False)
    if _MAKE_C_ENCODER is not None
    else None
)


def render_json(content: Any) -> str:
    """``content`` as compact JSON, non-ASCII kept, NaN and infinities refused (ValueError)."""
    if _C_ENCODE is None:
        return _ENCODER.encode(content)
    return "".join(_C_ENCODE(content, 0))


class JsonReply(Response):
    """A JSON answer; also an ASGI app, and its ``body``/``raw_headers`` serve raw protocol writers."""

    media_type = "application/json"

    def __init__(self, content: Any, status_code: int = 200, headers: Mapping[str, str] | None = None) -> None:
        self.status_code = status_code
        self.background = None
        self.body = render_json(content).encode("utf-8")
        self.raw_headers = [
            (b"content-length", str(len(self.body)).encode("latin-1")),
            (b"content-type", b"application/json"),
            *((name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in (headers or {}).items()),
        ]
