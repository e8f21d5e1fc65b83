"""The memory backend: states and the built-in provider's codes and refresh tokens in this process's memory
(``MemoryKeyValueStore``), and the catalogue in its dicts (``MemoryCatalogue``).

Their calls answer without leaving the event loop, so initialise, the hot path, pays for no thread. Each method
runs to its end without awaiting anything of its own, so calls from concurrent requests never interleave.
"""

import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable

from ..core.api_keys import ApiKeyIndex, KeyOwner
from ..seed.model import Connector, OAuthClientCredential, Organisation, Seed, Starter
from .base import Clock, ConnectorConfigs, StoredConfig, Value, check_addition
from .sqlite.connector_configs import SqliteConnectorConfigs


class MemoryKeyValueStore:
    """Values in this process. Each method runs to its end without awaiting anything, so calls from
    concurrent requests never interleave and need no lock."""

    def __init__(self, max_entries: int, clock: Clock = time.time) -> None:
        if max_entries < 1:
            raise ValueError("max_entries must be at least 1")
        self._max_entries = max_entries
        self._clock = clock
        # key -> (value, expires_at, claimed); insertion order is age order.
        self._records: OrderedDict[str, tuple[Value, float, bool]] = OrderedDict()

    async def put(self, key: str, value: Value, expires_at: float) -> None:
        # Entries of one store all live equally long, so the oldest is the first to expire.
        records = self._records
        now = self._clock()
        while records and next(iter(records.values()))[1] <= now:
            records.popitem(last=False)
        records[key] = (value, expires_at, False)
        if len(records) > self._max_entries:  # one in, at most one out
            records.popitem(last=False)

    async def get(self, key: str) -> Value | None:
        return self._live(key)

    async def take(self, key: str) -> Value | None:
        value = self._live(key)
        self._records.pop(key, None)
        return value

    async def add(self, key: str, value: Value, expires_at: float) -> bool:
        if self._live(key) is not None:
            return False
        await self.put(key, value, expires_at)  # runs to its end without awaiting anything
        return True

    async def claim(self, key: str) -> Value | None:
        value = self._live(key)
        if value is None or self._records[key][2]:
            return None
        self._records[key] = (value, self._records[key][1], True)
        return value

    async def delete(self, key: str) -> None:
        self._records.pop(key, None)

    async def reset(self) -> None:
        self._records.clear()

    async def ready(self) -> bool:
        return True

    async def open(self) -> None:
        """Nothing to open."""

    async def close(self) -> None:
        """Nothing is held open; the values stay (tests look at them after the app stops)."""

    def __len__(self) -> int:
        return len(self._records)

    def _live(self, key: str) -> Value | None:
        record = self._records.get(key)
        if record is None or record[1] <= self._clock():
            return None
        return record[0]


class MemoryCatalogue:
    """The catalogue in this process's memory: one per worker, so additions are seen by that worker only. The hot
    path (authentication and the access check on every call) is a dict lookup. What the API changes (connectors'
    auth scheme configs, the client credentials made from them) is kept in SQLite (``SqliteConnectorConfigs``), so
    that it outlives a restart."""

    def __init__(
        self, seed: Seed, provider_token_urls: frozenset[str], configs: SqliteConnectorConfigs | None = None
    ) -> None:
        self._seed = seed
        self._provider_token_urls = provider_token_urls
        self._configs = configs if configs is not None else SqliteConnectorConfigs(":memory:")
        self._start()

    async def organisation(self, organisation_id: str) -> Organisation | None:
        return self._organisations.get(organisation_id)

    async def connector(self, organisation_id: str, connector_id: str) -> Connector | None:
        return self._connectors.get((organisation_id, connector_id))

    async def connectors(self, organisation_id: str) -> list[Connector]:
        return [item for item in self._entries.connectors if item.organisation_id == organisation_id]

    async def credential(self, credential_id: str) -> OAuthClientCredential | None:
        found = self._credentials.get(credential_id)
        return found if found is not None else await self._configs.credential(credential_id)

    async def auth_scheme_configs(self, owner_id: str, now: str) -> ConnectorConfigs:
        return await self._configs.configs(owner_id, self._seeded_configs.get(owner_id, []), now)

    async def upsert_auth_scheme_config(self, owner_id: str, config: StoredConfig, now: str) -> str | None:
        return await self._configs.upsert(owner_id, self._seeded_configs.get(owner_id, []), config, now)

    async def delete_auth_scheme_config(self, owner_id: str, config_id: str, now: str) -> bool:
        return await self._configs.delete(owner_id, self._seeded_configs.get(owner_id, []), config_id, now)

    async def add_client_credential(self, credential: OAuthClientCredential) -> None:
        await self._configs.add_credential(credential)

    async def provider_credential(self, client_id: str) -> OAuthClientCredential | None:
        return self._provider_clients.get(client_id)

    async def api_key(self, secret: str) -> KeyOwner | None:
        return self._api_keys.find(secret)

    async def holds_id(self, id_: str) -> bool:
        return id_ in self._organisations or id_ in self._credentials or id_ in self._connector_ids

    async def starter(self, token_url: str | None = None) -> Starter | None:
        return self._entries.starter(token_url)

    async def add(self, addition: Seed) -> None:
        await check_addition(self, addition)
        self._store(addition)

    def when_reloaded(self, reloaded: Callable[[], Awaitable[None]]) -> None:
        """Never called: what this process holds is lost only with the process."""

    async def reset(self) -> None:
        self._start()
        await self._configs.reset()

    async def ready(self) -> bool:
        return await self._configs.ready()

    async def open(self) -> None:
        """The seed and additions live in this process; the configs' SQLite connection opens again."""
        await self._configs.open()

    async def close(self) -> None:
        """What was added stays until ``reset``, as states do across a lifespan restart; the configs' SQLite
        connection closes."""
        await self._configs.close()

    def _start(self) -> None:
        self._entries = Seed((), (), (), ())  # everything held, in order (for ``starter``)
        self._organisations: dict[str, Organisation] = {}
        self._connectors: dict[tuple[str, str], Connector] = {}
        self._connector_ids: set[str] = set()
        self._credentials: dict[str, OAuthClientCredential] = {}
        self._provider_clients: dict[str, OAuthClientCredential] = {}
        self._api_keys = ApiKeyIndex()
        self._seeded_configs: dict[str, list[StoredConfig]] = {}
        self._store(self._seed)

    def _store(self, addition: Seed) -> None:
        # Keys first: the index refuses (ValueError) an empty or repeated key before anything is stored.
        keys = ApiKeyIndex([*self._entries.api_keys, *addition.api_keys])
        self._entries = Seed(
            (*self._entries.organisations, *addition.organisations),
            (*self._entries.connectors, *addition.connectors),
            (*self._entries.credentials, *addition.credentials),
            (*self._entries.api_keys, *addition.api_keys),
        )
        self._organisations.update((item.id, item) for item in addition.organisations)
        self._connectors.update(((item.organisation_id, item.id), item) for item in addition.connectors)
        self._connector_ids.update(item.id for item in addition.connectors)
        self._credentials.update((item.id, item) for item in addition.credentials)
        self._provider_clients.update(
            (item.client_id, item) for item in addition.credentials if item.token_url in self._provider_token_urls
        )
        self._api_keys = keys
        for item in addition.auth_scheme_configs:
            stored = StoredConfig(item.config_id, item.scheme_type, item.config)
            self._seeded_configs.setdefault(item.connector_id, []).append(stored)
