"""The ``state`` values initialise hands out, and the bounded store that remembers them.

A state is 32 random bytes from the OS (``random_tokens``), base64url without padding (43 characters):
guessing one has odds of 2^-256, well under RFC 6749 section 10.10's 2^-128. The store keys records by a
SHA-256 of the value, so that the values themselves are never kept.

The store keeps a record one lifetime past its expiry, refused like an unknown state, so that a state presented
late can be told apart from one never issued (``StateEvents.expired``). This needs nothing of the backend but
the expiry time it is given, so it holds for memory, SQLite and a store with its own TTLs alike.
"""

import hashlib
from dataclasses import dataclass
from typing import Protocol

from ..core.random_tokens import token_urlsafe
from ..stores.base import Clock, KeyValueStore, Value


def new_state() -> str:
    return token_urlsafe(32)


def state_key(state: str) -> str:
    return hashlib.sha256(state.encode("utf-8")).hexdigest()


# Made for every request: not frozen, whose __init__ costs twice as much; nothing changes one once made.
@dataclass
class StateRecord:
    """Everything the callback and the code exchange need to know about one initialise call. ``made_for`` names
    what it was made for, as ``made_for`` (below) writes it: a Connect API connector or a Platform API system."""

    organisation_id: str
    made_for: str
    credential_id: str
    client_id: str
    authorize_url: str
    redirect_uri: str
    scopes: tuple[str, ...]
    principal: str
    created_at: float
    expires_at: float
    code_verifier: str | None = None
    # The redirectUrl initialise was given (the Platform API's), which the code must name again; None when none.
    redirect_url: str | None = None
    # An OAuth 1.0a sign-in's temporary credentials and signature method (``oauth1``); None for OAuth 2.0.
    oauth1_token: str | None = None
    oauth1_token_secret: str | None = None
    oauth1_signature_method: str | None = None


def made_for(kind: str, owner_id: str) -> str:
    """What a state record names as what it was made for: ``connector:<id>`` or ``system:<id>``."""
    return f"{kind}:{owner_id}"


class StateEvents(Protocol):
    """What happens to states, for metrics. Each call is one state."""

    def issued(self) -> None:
        """Initialise handed out a state."""

    def consumed(self) -> None:
        """A state was used up: the connection it started was created."""

    def expired(self) -> None:
        """A state was presented (callback or connection create) after its lifetime, for the first time; the
        store then forgets it, so later presentations count as unknown."""

    def unknown(self) -> None:
        """A state was presented that the store does not hold: never issued, already consumed or ended, or
        expired more than one lifetime ago."""


class StateStore:
    """The states handed out, kept by a hash of their value in a key-value store (memory, SQLite, Redis), whose
    lifecycle is the stores' (``mock_server.stores``)."""

    def __init__(self, values: KeyValueStore, clock: Clock) -> None:
        self._values = values
        self._clock = clock
        self._events: StateEvents | None = None

    def report_to(self, events: StateEvents) -> None:
        """Tell ``events`` of every state issued, consumed, found expired or unknown from now on."""
        self._events = events

    async def put(self, state: str, record: StateRecord) -> None:
        # Kept one lifetime past its expiry, unusable, to be told apart from an unknown state (see above).
        # vars() itself, not asdict() or a copy: the record is flat, and the caller lets go of it once stored.
        kept_until = record.expires_at + (record.expires_at - record.created_at)
        await self._values.put(state_key(state), vars(record), kept_until)
        if self._events is not None:
            self._events.issued()

    async def get(self, state: str) -> StateRecord | None:
        """The record of an unexpired state that is still usable, or None."""
        return await self._usable(state, await self._values.get(state_key(state)))

    async def mark_returned(self, state: str) -> StateRecord | None:
        """Note that the provider sent the user back with this state; None if it already did, or if the
        state is unknown, expired, ended or consumed."""
        # None here may also mean "returned before", so only an expired record is reported, never unknown.
        return await self._usable(state, await self._values.claim(state_key(state)), report_unknown=False)

    async def end(self, state: str) -> None:
        """Make the state unusable (the provider answered with an error)."""
        await self._values.delete(state_key(state))

    async def take(self, state: str) -> StateRecord | None:
        """Consume the state: the first call for a usable state gets its record, every later one None."""
        value = await self._values.take(state_key(state))
        record = _record(value)
        if record is not None and record.expires_at <= self._clock():
            self._report("expired")
            return None
        self._report("unknown" if record is None else "consumed")
        return record

    async def _usable(self, state: str, value: Value | None, report_unknown: bool = True) -> StateRecord | None:
        record = _record(value)
        if record is None:
            if report_unknown:
                self._report("unknown")
            return None
        if record.expires_at > self._clock():
            return record
        # Expired: forgotten at once, and reported by whichever call (of any instance) removes it.
        if await self._values.take(state_key(state)) is not None:
            self._report("expired")
        return None

    def _report(self, event: str) -> None:
        if self._events is not None:
            getattr(self._events, event)()


def _record(value: Value | None) -> StateRecord | None:
    if value is None:
        return None
    return StateRecord(**{**value, "scopes": tuple(value["scopes"])})
