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
        """The record of an unexpired state that is still usable, or None."""
        ...

    def mark_returned(self, state: str) -> StateRecord | None:
        """Note that the provider sent the user back with this state; None if it already did, or if the
        state is unknown, expired, ended or consumed."""
        ...

    def end(self, state: str) -> None:
        """Make the state unusable (the provider answered with an error)."""
        ...

    def take(self, state: str) -> StateRecord | None:
        """Consume the state: the first call for a usable state gets its record, every later one None."""
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
        self._returned: set[str] = set()
        self._lock = threading.Lock()

    def put(self, state: str, record: StateRecord) -> None:
        with self._lock:
            self._drop_expired()
            self._records[state_key(state)] = record
            while len(self._records) > self._max_entries:
                self._forget(next(iter(self._records)))

    def get(self, state: str) -> StateRecord | None:
        with self._lock:
            return self._usable(state_key(state))

    def mark_returned(self, state: str) -> StateRecord | None:
        key = state_key(state)
        with self._lock:
            record = self._usable(key)
            if record is None or key in self._returned:
                return None
            self._returned.add(key)
            return record

    def end(self, state: str) -> None:
        with self._lock:
            self._forget(state_key(state))

    def take(self, state: str) -> StateRecord | None:
        key = state_key(state)
        with self._lock:
            record = self._usable(key)
            self._forget(key)
            return record

    def _usable(self, key: str) -> StateRecord | None:
        record = self._records.get(key)
        if record is None or record.expires_at <= self._clock():
            return None
        return record

    def _forget(self, key: str) -> None:
        self._records.pop(key, None)
        self._returned.discard(key)

    def __len__(self) -> int:
        return len(self._records)

    def _drop_expired(self) -> None:
        now = self._clock()
        while self._records:
            oldest = next(iter(self._records.values()))
            if oldest.expires_at > now:
                break
            self._forget(next(iter(self._records)))
