"""The ``Prefer`` request header (RFC 7240) as the reference server reads it: a chosen error, a delay; and the
control plane's planned failures and delays (``faults``), answered the same way."""

import asyncio
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..contract.compiled import Operation
from ..core.errors import FieldError
from ..http.replies import StatusError
from ..stores.base import confirm_reads
from .calls import CheckedRequest
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


async def chosen_failure(operation: Operation, request: CheckedRequest, services: Services) -> None:
    """Wait and fail as the control plane planned for this call (fail-next, delay-next), then as the request's
    ``Prefer`` header asks (only when the ``allow_prefer`` setting is on). It runs after authentication and the
    contract's checks, so a chosen failure never hides a request that is wrong; with nothing planned and no
    ``Prefer`` allowed it costs one look at two empty lists."""
    if services.faults.planned_for(operation):
        # A plan used up is not given back: what the call read is confirmed first (``confirm_reads``).
        await confirm_reads()
        planned = services.faults.take(operation)
        if planned is not NOTHING_PLANNED:
            await simulate(operation, planned.delay_ms, planned.status, planned.retry_after)
    if services.settings.allow_prefer:
        header = request.headers.get("prefer")
        if header is not None:
            preference = read_prefer(header)
            # Confirmed first too, so that a call run again does not wait twice.
            await confirm_reads()
            await simulate(operation, preference.delay_ms, preference.status)


async def simulate(operation: Operation, delay_ms: int, status: int | None, retry_after: int = 1) -> None:
    """Wait ``delay_ms``, then, when ``status`` is one ``operation`` documents, raise its documented example
    (with ``Retry-After: retry_after`` on 429 and 503). The ``Prefer`` header and the control plane's fail-next
    and delay-next both come here."""
    if delay_ms:
        await asyncio.sleep(delay_ms / 1000)
    example = operation.error_examples.get(status or 0)
    if status is not None and example is not None:
        raise chosen_error(status, example, retry_after)


RETRY_AFTER_STATUSES = (429, 503)


def chosen_error(status: int, example: Mapping[str, Any], retry_after: int = 1) -> StatusError:
    """The contract's example Error for ``status``; a 429 or 503 says to retry after ``retry_after`` seconds."""
    return StatusError(
        status,
        example["code"],
        example["message"],
        [FieldError(**item) for item in example.get("fields", [])],
        details=example.get("details"),
        retry_after=retry_after if status in RETRY_AFTER_STATUSES else None,
    )
