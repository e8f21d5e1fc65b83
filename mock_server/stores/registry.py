"""The one place the server's stores are made, and closed.

``open_stores(settings, clock)`` picks each store's backend from the settings:

- ``store_backend: memory`` (the default): states and the mock provider's codes and refresh tokens in this
  process's memory. Their calls answer without leaving the event loop: initialise, the hot path, pays for
  no thread.
- ``store_backend: sqlite``: the same records in tables of the ``store_path`` file, which several worker
  processes share; each store does its SQLite work on a thread of its own.
- With memory or sqlite, connections go to SQLite at ``database`` (``:memory:`` keeps them for the life of
  the process), and the catalogue (organisations, connectors, credentials, API keys: mock_server/catalogue.py)
  starts from the seed and is kept in memory; additions made at run time are this process's own. What the API
  changes in it (connectors' auth scheme configs, client credentials made from them) goes to SQLite at
  ``database`` too.
- ``store_backend: redis``: states, codes, refresh tokens, connections and the catalogue all in the Redis at
  ``redis_url``, shared by every instance (on any host) that points at it (mock_server/redis_*.py).

Every store has async methods, a ``ready`` check (``/readyz``), an async ``close`` and an ``open`` that undoes
it; a new backend implements ``KeyValueStore``, ``ConnectionStore`` and ``CatalogueStore`` and gets a branch
here, and nothing else changes.
"""

import asyncio
from dataclasses import dataclass

from ..oauth.provider import ProviderStores, provider_token_url
from ..oauth.state import StateStore
from ..seed.model import Seed, starting_seed
from ..settings import Settings
from .base import Clock, KeyValueStore, MemoryKeyValueStore, SqliteKeyValueStore
from .catalogue import CatalogueStore, MemoryCatalogue
from .redis.catalogue import RedisCatalogue
from .redis.client import RedisClient
from .redis.connections import RedisConnectionStore
from .redis.key_value import RedisKeyValueStore
from .sqlite.connections import ConnectionStore, SqliteConnectionStore
from .sqlite.connector_configs import SqliteConnectorConfigs

PROVIDER_MAX_ENTRIES = 10_000


@dataclass(frozen=True)
class Stores:
    states: StateStore
    connections: ConnectionStore
    provider: ProviderStores
    catalogue: CatalogueStore

    async def open(self) -> None:
        """Open again whatever ``close`` closed (stores are open when made); the app's lifespan calls this
        when the server starts, so that an app served in-process may start again after it stopped."""
        await self.states.open()
        await self.connections.open()
        await self.provider.codes.open()
        await self.provider.refresh_tokens.open()
        await self.catalogue.open()

    async def ready(self) -> bool:
        """Whether every store that keeps something answers (``/readyz``)."""
        # At once: each check may wait for its store's timeout.
        stores = (self.states, self.connections, self.provider.codes, self.provider.refresh_tokens)
        return all(await asyncio.gather(*(store.ready() for store in stores)))

    async def close(self) -> None:
        """Close every store; the app's lifespan calls this when the server stops."""
        await self.states.close()
        await self.connections.close()
        await self.provider.codes.close()
        await self.provider.refresh_tokens.close()
        await self.catalogue.close()


def open_stores(settings: Settings, clock: Clock, seed: Seed | None = None) -> Stores:
    """The stores the settings ask for; the catalogue starts from ``seed`` (default: ``starting_seed(settings)``)."""

    if settings.store_backend == "redis":
        return _redis_stores(settings, clock, seed if seed is not None else starting_seed(settings))

    def key_value(table: str, max_entries: int) -> KeyValueStore:
        if settings.store_backend == "sqlite":
            return SqliteKeyValueStore(settings.store_path, table, max_entries, clock)
        return MemoryKeyValueStore(max_entries, clock)

    # First: a seed the catalogue refuses (an API key given twice) leaves no other store open.
    catalogue = MemoryCatalogue(
        seed if seed is not None else starting_seed(settings),
        provider_token_url(settings.base_url),
        SqliteConnectorConfigs(settings.database),
    )
    return Stores(
        states=StateStore(key_value("states", settings.state_max_entries), clock),
        connections=SqliteConnectionStore(settings.database),
        provider=ProviderStores(
            codes=key_value("provider_codes", PROVIDER_MAX_ENTRIES),
            refresh_tokens=key_value("provider_refresh_tokens", PROVIDER_MAX_ENTRIES),
        ),
        catalogue=catalogue,
    )


def _redis_stores(settings: Settings, clock: Clock, seed: Seed) -> Stores:
    client = RedisClient(settings.redis_url, settings.redis_key_prefix)
    return Stores(
        states=StateStore(RedisKeyValueStore(client, "states", clock), clock),
        connections=RedisConnectionStore(client),
        provider=ProviderStores(
            codes=RedisKeyValueStore(client, "provider-codes", clock),
            refresh_tokens=RedisKeyValueStore(client, "provider-refresh-tokens", clock),
        ),
        catalogue=RedisCatalogue(client, seed, provider_token_url(settings.base_url)),
    )
