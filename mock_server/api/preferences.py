"""The ``Prefer`` request header (RFC 7240) as the reference server reads it: a chosen error, a delay; and the
control plane's planned failures and delays (mock_server/faults.py), answered the same way."""

import asyncio
import re
from dataclasses import dataclass

from ..contract.compiled import Operation
from ..core import errors
from .endpoint import CheckedRequest, Handler, Reply
from .faults import NOTHING_PLANNED
from .services import Services

MAX_DELAY_MS = 10_000
_PREFERENCE = re.compile(r"\s*(code|delay)\s*=\s*\"?(\d{1,6})\"?\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Preference:
    status: int | None = None
    delay_ms: int = 0


def read_prefer(header: str) -> Preference:
    """The preferences this server knows; anything else in the header is ignored, as RFC 7240 asks."""
    status: int | None = None
    delay_ms = 0
    for part in header.split(","):
        match = _PREFERENCE.fullmatch(part.split(";")[0])
        if match is None:
            continue
        name, value = match.group(1).lower(), int(match.group(2))
        if name == "code" and 400 <= value <= 599:
            status = value
        elif name == "delay":
            delay_ms = min(value, MAX_DELAY_MS)
    return Preference(status, delay_ms)


def with_preference(operation: Operation, handler: Handler) -> Handler:
    """``handler``, after the wait and in place of the answer that the request's ``Prefer`` header asks for.
    Installed only when the ``allow_prefer`` setting is on, so it costs nothing otherwise; it runs after
    authentication and the contract's checks, so a chosen failure never hides a request that is wrong."""

    async def preferring(request: CheckedRequest, services: Services) -> Reply:
        header = request.headers.get("prefer")
        if header is not None:
            preference = read_prefer(header)
            await simulate(operation, preference.delay_ms, preference.status)
        return await handler(request, services)

    return preferring


async def simulate(operation: Operation, delay_ms: int, status: int | None, retry_after: int = 1) -> None:
    """Wait ``delay_ms``, then, when ``status`` is one ``operation`` documents, raise its documented example
    (with ``Retry-After: retry_after`` on 429 and 503). The ``Prefer`` header and the control plane's fail-next
    and delay-next both come here."""
    if delay_ms:
        await asyncio.sleep(delay_ms / 1000)
    example = operation.error_examples.get(status or 0)
    if status is not None and example is not None:
        raise errors.chosen(status, example, retry_after)


def with_faults(operation: Operation, handler: Handler) -> Handler:
    """``handler``, after the delay and in place of the failure that the control plane planned (fail-next,
    delay-next); like the ``Prefer`` wrapper it runs after authentication and the contract's checks. With nothing
    planned it costs one look at two empty lists."""

    async def faulty(request: CheckedRequest, services: Services) -> Reply:
        planned = services.faults.take(operation)
        if planned is not NOTHING_PLANNED:
            await simulate(operation, planned.delay_ms, planned.status, planned.retry_after)
        return await handler(request, services)

    return faulty
