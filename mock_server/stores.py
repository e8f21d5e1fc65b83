"""The one place the server's stores are made, and closed.

``open_stores(settings, clock)`` picks each store's backend from the settings:

- ``store_backend: memory`` (the default): states and the mock provider's codes and refresh tokens in this
  process's memory. Their calls answer without leaving the event loop: initialise, the hot path, pays for
  no thread.
- ``store_backend: sqlite``: the same records in tables of the ``store_path`` file, which several worker
  processes share; each store does its SQLite work on a thread of its own.
- Connections always go to SQLite at ``database`` (``:memory:`` keeps them for the life of the process).

Every store has async methods, an async ``close`` and an ``open`` that undoes it; a new backend (Redis, say) implements
``KeyValueStore`` and ``ConnectionStore`` and gets a branch here, and nothing else changes.
"""

from dataclasses import dataclass

from .connection_store import ConnectionStore, SqliteConnectionStore
from .key_value import Clock, KeyValueStore, MemoryKeyValueStore, SqliteKeyValueStore
from .mock_provider import ProviderStores
from .settings import Settings
from .state import StateStore

PROVIDER_MAX_ENTRIES = 10_000


@dataclass(frozen=True)
class Stores:
    states: StateStore
    connections: ConnectionStore
    provider: ProviderStores

    async def open(self) -> None:
        """Open again whatever ``close`` closed (stores are open when made); the app's lifespan calls this
        when the server starts, so that an app served in-process may start again after it stopped."""
        await self.states.open()
        await self.connections.open()
        await self.provider.codes.open()
        await self.provider.refresh_tokens.open()

    async def close(self) -> None:
        """Close every store; the app's lifespan calls this when the server stops."""
        await self.states.close()
        await self.connections.close()
        await self.provider.codes.close()
        await self.provider.refresh_tokens.close()


def open_stores(settings: Settings, clock: Clock) -> Stores:
    def key_value(table: str, max_entries: int) -> KeyValueStore:
        if settings.store_backend == "sqlite":
            return SqliteKeyValueStore(settings.store_path, table, max_entries, clock)
        return MemoryKeyValueStore(max_entries, clock)

    return Stores(
        states=StateStore(key_value("states", settings.state_max_entries), clock),
        connections=SqliteConnectionStore(settings.database),
        provider=ProviderStores(
            codes=key_value("provider_codes", PROVIDER_MAX_ENTRIES),
            refresh_tokens=key_value("provider_refresh_tokens", PROVIDER_MAX_ENTRIES),
        ),
    )
