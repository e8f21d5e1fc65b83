"""The one place the server's stores are made, and closed.

``open_stores(settings, clock)`` picks each store's backend from the settings:

- ``store_backend: memory`` (the default): states and the mock provider's codes and refresh tokens in this
  process's memory. Their calls answer without leaving the event loop: initialise, the hot path, pays for
  no thread.
- ``store_backend: sqlite``: the same records in tables of the ``store_path`` file, which several worker
  processes share; each store does its SQLite work on a thread of its own.
- With memory or sqlite, connections go to SQLite at ``database`` (``:memory:`` keeps them for the life of
  the process), and the catalogue (organisations, connectors, credentials, API keys: ``memory.MemoryCatalogue``)
  starts from the seed and is kept in memory; additions made at run time are this process's own. What the API
  changes in it (connectors' auth scheme configs, client credentials made from them) goes to SQLite at
  ``database`` too, and so do the Platform API's entities (``platform``; with memory, mirrored in the process
  so that reading them leaves the event loop never).
- ``store_backend: redis``: states, codes, refresh tokens, connections, the Platform API's entities and the
  catalogue all in the Redis at
  ``redis_url``, shared by every instance (on any host) that points at it (``stores.redis``).

``Stores`` is the one list of the stores: its ``open``, ``ready``, ``close`` and ``reset`` go through them all,
in the order of its fields. A new backend implements ``KeyValueStore``, ``ConnectionStore`` and
``CatalogueStore`` (``base``) and gets a branch here; nothing else changes.
"""

import asyncio
from dataclasses import dataclass, fields

from ..seed.loading import starting_seed
from ..seed.model import Seed
from ..settings import Settings
from .base import CatalogueStore, Clock, ConnectionStore, KeyValueStore, Store
from .memory import MemoryCatalogue, MemoryKeyValueStore
from .platform import PlatformStore
from .redis.catalogue import RedisCatalogue
from .redis.client import RedisClient
from .redis.connections import RedisConnectionStore
from .redis.documents import RedisDocuments
from .redis.key_value import RedisKeyValueStore
from .sqlite.connections import SqliteConnectionStore
from .sqlite.connector_configs import SqliteConnectorConfigs
from .sqlite.documents import SqliteDocuments
from .sqlite.key_value import SqliteKeyValueStore

PROVIDER_MAX_ENTRIES = 10_000


@dataclass(frozen=True)
class Stores:
    """Every store of the server, each field one store; the catalogue last, so that a reset plants nothing
    before it is back to the seed."""

    states: KeyValueStore
    provider_codes: KeyValueStore
    provider_refresh_tokens: KeyValueStore
    connections: ConnectionStore
    # The Platform API's projects, systems, connection templates, end users and connections.
    platform: PlatformStore
    catalogue: CatalogueStore

    def each(self) -> list[Store]:
        return [getattr(self, item.name) for item in fields(self)]

    async def open(self) -> None:
        """Open again whatever ``close`` closed (stores are open when made); the app's lifespan calls this
        when the server starts, so that an app served in-process may start again after it stopped."""
        for store in self.each():
            await store.open()

    async def ready(self) -> bool:
        """Whether every store answers (``/readyz``)."""
        # At once: each check may wait for its store's timeout.
        return all(await asyncio.gather(*(store.ready() for store in self.each())))

    async def close(self) -> None:
        """Close every store; the app's lifespan calls this when the server stops."""
        for store in self.each():
            await store.close()

    async def reset(self) -> None:
        """Every store back to how the server started (the control plane's reset)."""
        for store in self.each():
            await store.reset()


def open_stores(settings: Settings, clock: Clock, seed: Seed | None = None) -> Stores:
    """The stores the settings ask for; the catalogue starts from ``seed`` (default: ``starting_seed(settings)``)."""
    seed = seed if seed is not None else starting_seed(settings)
    if settings.store_backend == "redis":
        return _redis_stores(settings, clock, seed)

    def key_value(table: str, max_entries: int) -> KeyValueStore:
        if settings.store_backend == "sqlite":
            return SqliteKeyValueStore(settings.store_path, table, max_entries, clock)
        return MemoryKeyValueStore(max_entries, clock)

    # First: a seed the catalogue refuses (an API key given twice) leaves no other store open.
    catalogue = MemoryCatalogue(seed, settings.provider_token_urls, SqliteConnectorConfigs(settings.database))
    return Stores(
        states=key_value("states", settings.state_max_entries),
        provider_codes=key_value("provider_codes", PROVIDER_MAX_ENTRIES),
        provider_refresh_tokens=key_value("provider_refresh_tokens", PROVIDER_MAX_ENTRIES),
        connections=SqliteConnectionStore(settings.database),
        platform=PlatformStore(SqliteDocuments(settings.database, mirrored=settings.store_backend == "memory")),
        catalogue=catalogue,
    )


def _redis_stores(settings: Settings, clock: Clock, seed: Seed) -> Stores:
    client = RedisClient(settings.redis_url, settings.redis_key_prefix)
    return Stores(
        states=RedisKeyValueStore(client, "states", clock),
        provider_codes=RedisKeyValueStore(client, "provider-codes", clock),
        provider_refresh_tokens=RedisKeyValueStore(client, "provider-refresh-tokens", clock),
        connections=RedisConnectionStore(client),
        platform=PlatformStore(RedisDocuments(client)),
        catalogue=RedisCatalogue(client, seed, settings.provider_token_urls),
    )
