"""The types every API's client takes and gives back, beside its generated models."""

from dataclasses import dataclass
from typing import Generic, TypeAlias, TypeVar

import httpx

from .constants import REQUEST_ID_HEADER

_T = TypeVar("_T")

TimeoutTypes: TypeAlias = float | httpx.Timeout | None
"""Seconds for every phase, an ``httpx.Timeout`` per phase, or ``None`` for no timeout."""


@dataclass(frozen=True, slots=True)
class RawResponse(Generic[_T]):
    """An answer with its status and headers, from ``client.<resource>.with_raw_response``."""

    status_code: int
    headers: httpx.Headers
    parsed: _T
    http_response: httpx.Response
    retries_taken: int = 0
    """How many times the call was repeated before this answer: 0 when the first attempt got it."""

    @property
    def request_id(self) -> str | None:
        """The server's ``X-Request-Id``, to quote when reporting a problem."""
        request_id: str | None = self.headers.get(REQUEST_ID_HEADER)
        return request_id
