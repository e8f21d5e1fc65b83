"""The ``state`` values initialise hands out, and the bounded store that remembers them.

A state is 32 random bytes from the OS, base64url without padding (43 characters): guessing one has odds
of 2^-256, well under RFC 6749 section 10.10's 2^-128. The store keys records by a SHA-256 of the value, so
that the values themselves are never kept.
"""

import hashlib
import secrets
from dataclasses import dataclass

from .key_value import KeyValueStore, Value


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


class StateStore:
    """The states handed out, kept by a hash of their value in a key-value store (memory, SQLite, ...)."""

    def __init__(self, values: KeyValueStore) -> None:
        self._values = values

    async def put(self, state: str, record: StateRecord) -> None:
        # vars(), not asdict(): the record is flat, and asdict() deep-copies every field.
        await self._values.put(state_key(state), dict(vars(record)), record.expires_at)

    async def get(self, state: str) -> StateRecord | None:
        """The record of an unexpired state that is still usable, or None."""
        return _record(await self._values.get(state_key(state)))

    async def mark_returned(self, state: str) -> StateRecord | None:
        """Note that the provider sent the user back with this state; None if it already did, or if the
        state is unknown, expired, ended or consumed."""
        return _record(await self._values.claim(state_key(state)))

    async def end(self, state: str) -> None:
        """Make the state unusable (the provider answered with an error)."""
        await self._values.delete(state_key(state))

    async def take(self, state: str) -> StateRecord | None:
        """Consume the state: the first call for a usable state gets its record, every later one None."""
        return _record(await self._values.take(state_key(state)))

    async def open(self) -> None:
        await self._values.open()

    async def close(self) -> None:
        await self._values.close()


def _record(value: Value | None) -> StateRecord | None:
    if value is None:
        return None
    return StateRecord(**{**value, "scopes": tuple(value["scopes"])})
