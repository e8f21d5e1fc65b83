"""The types callers pass in and get back, beside the generated models."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, TypeAlias, TypedDict, TypeVar

import httpx

from ._constants import REQUEST_ID_HEADER

_T = TypeVar("_T")

TimeoutTypes: TypeAlias = float | httpx.Timeout | None
"""Seconds for every phase, an ``httpx.Timeout`` per phase, or ``None`` for no timeout."""

AdditionalParams: TypeAlias = str | Mapping[str, str | Sequence[str]] | Sequence[tuple[str, str]]
"""A query string sent as is, a mapping (a list value repeats the name) or a sequence of (name, value) pairs."""


class CredentialParam(TypedDict):
    """A stored OAuth 2.0 client credential: its id and the organisation that owns it."""

    id: str
    organisation_id: str


@dataclass(frozen=True, slots=True)
class RawResponse(Generic[_T]):
    """An answer with its status and headers, from ``client.<resource>.with_raw_response``."""

    status_code: int
    headers: httpx.Headers
    parsed: _T
    http_response: httpx.Response

    @property
    def request_id(self) -> str | None:
        """The server's ``X-Request-Id``, to quote when reporting a problem."""
        request_id: str | None = self.headers.get(REQUEST_ID_HEADER)
        return request_id
