"""The journal: every call of a contract operation, in arrival order, as the control plane shows it.

One journal per server process: with several workers, each keeps its own.
"""

from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .credential_types import HIDDEN_FIELDS, REDACTED, SECRET_FIELDS

MAX_ENTRIES = 10_000
# Fields whose values are secrets (or as good as one for the minutes they live), wherever they sit in a body:
# those every answer hides (a credential's value, key, password, tokens), and the OAuth values of the loop.
_SECRET_FIELDS = (
    SECRET_FIELDS
    | HIDDEN_FIELDS
    | frozenset(
        {
            "client_secret",
            "code",
            "state",
            "codeVerifier",
            "code_verifier",
            "access_token",
            "refresh_token",
            "idToken",
            "id_token",
            "apiKey",
            "api_key",
            "token",
        }
    )
)


@dataclass(frozen=True)
class JournalEntry:
    """One API call."""

    operation_id: str  # the contract's operationId
    path: dict[str, str]  # path parameters
    body: Any  # the parsed JSON body (None when it was not read), secrets redacted
    status: int
    error_code: str | None  # the Error's code when status >= 400


def redacted(body: Any) -> Any:
    """``body`` with the value of every secret field replaced by ``REDACTED``, at any depth."""
    if isinstance(body, dict):
        return {key: REDACTED if key in _SECRET_FIELDS else redacted(value) for key, value in body.items()}
    if isinstance(body, list):
        return [redacted(item) for item in body]
    return body


class Journal:
    """The last ``MAX_ENTRIES`` calls, oldest first."""

    def __init__(self, max_entries: int = MAX_ENTRIES) -> None:
        self._entries: deque[JournalEntry] = deque(maxlen=max_entries)

    def record(self, operation_id: str, path: Mapping[str, str], body: Any, status: int, answer: Any) -> None:
        error_code = answer.get("code") if status >= 400 and isinstance(answer, dict) else None
        self._entries.append(JournalEntry(operation_id, dict(path), redacted(body), status, error_code))

    def entries(self, operation: str | None = None) -> list[JournalEntry]:
        return [entry for entry in self._entries if operation is None or entry.operation_id == operation]

    def clear(self) -> None:
        self._entries.clear()
