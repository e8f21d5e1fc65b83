"""The ``state`` values initialise hands out, and the bounded store that remembers them.

A state is 32 random bytes from the OS, base64url without padding (43 characters): guessing one has odds
of 2^-256, well under RFC 6749 section 10.10's 2^-128. The store keys records by a SHA-256 of the value, so
that the values themselves are never kept.
"""

import hashlib
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

Clock = Callable[[], float]


def new_state() -> str:
    return secrets.token_urlsafe(32)


def state_key(state: str) -> str:
    return hashlib.sha256(state.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class StateRecord:
    """Everything the callback and the code exchange need to know about one initialise call."""

    organisation_id: str
    connector_id: str
    credential_id: str
    client_id: str
    authorize_url: str
    redirect_uri: str
    scopes: tuple[str, ...]
    principal: str
    created_at: float
    expires_at: float
    code_verifier: str | None = None


class StateStore(Protocol):
    def put(self, state: str, record: StateRecord) -> None: ...

    def get(self, state: str) -> StateRecord | None:
        """The record of an unexpired state, or None."""
        ...


class InMemoryStateStore:
    """A process-local store holding at most ``max_entries`` records.

    Records arrive in time order and all live equally long, so the oldest is also the first to expire:
    one insertion-ordered dict serves both for dropping expired records and for the bound.
    """

    def __init__(self, max_entries: int, clock: Clock = time.time) -> None:
        if max_entries < 1:
            raise ValueError("max_entries must be at least 1")
        self._max_entries = max_entries
        self._clock = clock
        self._records: OrderedDict[str, StateRecord] = OrderedDict()
        self._lock = threading.Lock()

    def put(self, state: str, record: StateRecord) -> None:
        with self._lock:
            self._drop_expired()
            self._records[state_key(state)] = record
            while len(self._records) > self._max_entries:
                self._records.popitem(last=False)

    def get(self, state: str) -> StateRecord | None:
        with self._lock:
            record = self._records.get(state_key(state))
        if record is None or record.expires_at <= self._clock():
            return None
        return record

    def __len__(self) -> int:
        return len(self._records)

    def _drop_expired(self) -> None:
        now = self._clock()
        while self._records:
            oldest = next(iter(self._records.values()))
            if oldest.expires_at > now:
                break
            self._records.popitem(last=False)
