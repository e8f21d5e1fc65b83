"""The journal: every call of a contract operation, in arrival order, as the control plane shows it.

One journal per server process: with several workers, each keeps its own.
"""

from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..core.redaction import redacted_tree
from ..core.strict_json import parse_json

MAX_ENTRIES = 10_000


@dataclass(frozen=True)
class JournalEntry:
    """One API call."""

    operation_id: str  # the operation's name: its operationId, ``platform.``-prefixed for the Platform API's
    path: dict[str, str]  # path parameters
    body: Any  # the parsed JSON body (None when it was not read), secrets redacted
    status: int
    error_code: str | None  # the Error's code when status >= 400


# operation id, path parameters, the body's bytes, status, the Error's code
_Call = tuple[str, Mapping[str, str], bytes | None, int, str | None]


class Journal:
    """The last ``MAX_ENTRIES`` calls, oldest first. A call is kept as it came (its body's bytes), and parsed and
    redacted only when the journal is read: recording costs each call next to nothing."""

    def __init__(self, max_entries: int = MAX_ENTRIES) -> None:
        self._entries: deque[_Call] = deque(maxlen=max_entries)

    def record(
        self, operation_id: str, path: Mapping[str, str], raw_body: bytes | None, status: int, answer: Any
    ) -> None:
        """``raw_body``: the body that passed the contract's checks, None when there was none or it did not."""
        error_code = answer.get("code") if status >= 400 and isinstance(answer, dict) else None
        self._entries.append((operation_id, path, raw_body, status, error_code))

    def entries(self, operation: str | None = None) -> list[JournalEntry]:
        return [
            JournalEntry(
                operation_id, dict(path), None if raw is None else redacted_tree(parse_json(raw)), status, code
            )
            for operation_id, path, raw, status, code in self._entries
            if operation is None or operation_id == operation
        ]

    def clear(self) -> None:
        self._entries.clear()
