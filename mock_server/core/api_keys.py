"""Versori API keys: whom each acts for, held as SHA-256 digests and compared in constant time, so that a
lookup's time does not depend on which key matched."""

import hashlib
import hmac
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ApiKey:
    """A Versori API key and the organisation it acts for."""

    key: str = field(repr=False)
    organisation_id: str
    name: str = "api key"


@dataclass(frozen=True)
class KeyOwner:
    """Whom an API key acts for; the key itself is not kept."""

    organisation_id: str
    name: str


def _digest(secret: str) -> bytes:
    return hashlib.sha256(secret.encode("utf-8", "surrogatepass")).digest()


class ApiKeyIndex:
    """API keys by SHA-256 digest; a lookup compares against every entry, so its time does not depend on which."""

    def __init__(self, api_keys: Iterable[ApiKey] = ()) -> None:
        self._entries: list[tuple[bytes, KeyOwner]] = []
        for api_key in api_keys:
            self.add(api_key)

    async def api_key(self, secret: str) -> KeyOwner | None:
        return self.find(secret)

    def add(self, api_key: ApiKey) -> None:
        """Add one key; ``ValueError`` when it is empty or held already."""
        if not api_key.key:
            raise ValueError(f"API key {api_key.name!r} is empty")
        digest = _digest(api_key.key)
        if self._match(digest) is not None:
            raise ValueError(f"API key {api_key.name!r} is configured twice")
        self._entries.append((digest, KeyOwner(api_key.organisation_id, api_key.name)))

    def find(self, secret: str) -> KeyOwner | None:
        return self._match(_digest(secret))

    def _match(self, digest: bytes) -> KeyOwner | None:
        found = None
        for entry_digest, owner in self._entries:
            if hmac.compare_digest(entry_digest, digest):
                found = owner
        return found
