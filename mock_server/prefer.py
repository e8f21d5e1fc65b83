"""The ``Prefer`` request header (RFC 7240) as the reference server reads it: a chosen error, a delay."""

import re
from dataclasses import dataclass

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
