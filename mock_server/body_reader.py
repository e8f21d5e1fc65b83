"""Reading a request's JSON body: the media type, a size limit, a time limit, and strict JSON.

Strict means: UTF-8 only, no key repeated in an object (``{"a": 1, "a": 2}`` would otherwise keep the last one
silently), no ``NaN``/``Infinity``, and no nesting deep enough to exhaust the parser.
"""

import asyncio
import json
from typing import Any

from starlette.requests import Request

from . import errors


async def read_json_body(request: Request, max_bytes: int, timeout_seconds: float) -> Any:
    """The parsed body, or an ApiError: 415 for another media type, 413 past ``max_bytes``, 408 when it takes
    longer than ``timeout_seconds`` to arrive, 400 when it is not strict JSON."""
    media_type, _, parameters = request.headers.get("content-type", "").partition(";")
    charset = parameters.strip().lower().removeprefix("charset=").strip('"') if parameters.strip() else "utf-8"
    if media_type.strip().lower() != "application/json" or charset != "utf-8":
        raise errors.unsupported_media_type()
    try:
        async with asyncio.timeout(timeout_seconds):
            raw = await _read_limited(request, max_bytes)
    except TimeoutError:
        raise errors.request_timeout() from None
    try:
        return json.loads(raw.decode("utf-8"), object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise errors.invalid_json(str(error)[:200]) from error


async def _read_limited(request: Request, limit: int) -> bytes:
    """The body, refused as soon as it is known to exceed ``limit`` bytes (declared or as it arrives)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise errors.payload_too_large(limit)
    chunks = bytearray()
    async for chunk in request.stream():
        chunks += chunk
        if len(chunks) > limit:
            raise errors.payload_too_large(limit)
    return bytes(chunks)


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    names = [name for name, _ in pairs]
    if len(names) != len(set(names)):
        raise ValueError("an object repeats a key")
    return dict(pairs)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")
