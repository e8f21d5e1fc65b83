"""mock_server.stores.registry: the one factory of the server's stores, and the app's lifespan that closes them."""

from pathlib import Path

import pytest

from mock_server.app import create_app
from mock_server.settings import Settings
from mock_server.stores.memory import MemoryKeyValueStore
from mock_server.stores.redis.catalogue import RedisCatalogue
from mock_server.stores.redis.connections import RedisConnectionStore
from mock_server.stores.redis.key_value import RedisKeyValueStore
from mock_server.stores.registry import Stores, open_stores
from mock_server.stores.sqlite.connections import SqliteConnectionStore
from mock_server.stores.sqlite.key_value import SqliteKeyValueStore
from tests.support.asgi import app_client
from tests.support.examples import CONNECTOR_ID, ORGANISATION_ID
from tests.support.fakes import FakeClock
from tests.support.processes import free_port
from tests.support.server import DEV_API_KEY

pytestmark = pytest.mark.asyncio

NOW = 1_800_000_000.0


def sqlite_settings(tmp_path: Path) -> Settings:
    return Settings(
        store_backend="sqlite",
        store_path=str(tmp_path / "state.sqlite3"),
        database=str(tmp_path / "connections.sqlite3"),
    )


async def test_the_memory_backend_keeps_states_and_provider_records_in_memory() -> None:
    stores = open_stores(Settings(database=":memory:"), FakeClock(NOW))

    assert isinstance(stores.states, MemoryKeyValueStore)
    assert isinstance(stores.provider_codes, MemoryKeyValueStore)
    assert isinstance(stores.provider_refresh_tokens, MemoryKeyValueStore)
    assert isinstance(stores.connections, SqliteConnectionStore)
    await stores.close()


async def test_the_sqlite_backend_keeps_them_in_tables_of_the_store_file(tmp_path: Path) -> None:
    stores = open_stores(sqlite_settings(tmp_path), FakeClock(NOW))

    assert isinstance(stores.states, SqliteKeyValueStore)
    assert isinstance(stores.provider_codes, SqliteKeyValueStore)
    assert isinstance(stores.provider_refresh_tokens, SqliteKeyValueStore)
    assert sorted(path.name for path in tmp_path.glob("*.sqlite3")) == ["connections.sqlite3", "state.sqlite3"]
    await stores.close()


async def test_the_memory_state_store_is_bounded_by_the_setting() -> None:
    stores = open_stores(Settings(database=":memory:", state_max_entries=7), FakeClock(NOW))

    assert stores.states._max_entries == 7  # type: ignore[attr-defined]
    await stores.close()


async def _assert_closed(stores: Stores) -> None:
    for store in (stores.states, stores.provider_codes, stores.provider_refresh_tokens):
        with pytest.raises(RuntimeError, match="closed"):
            await store.get("k")
    with pytest.raises(RuntimeError, match="closed"):
        await stores.connections.name_taken("c", "n")


async def test_the_apps_lifespan_closes_every_store_when_the_server_stops(tmp_path: Path) -> None:
    settings = sqlite_settings(tmp_path)
    clock = FakeClock(NOW)
    stores = open_stores(settings, clock)
    app = create_app(settings, clock=clock, stores=stores)

    async with app_client(app) as client:
        assert (await client.get("/healthz")).status_code == 200
        assert await stores.connections.name_taken("c", "n") is False  # open while the server runs
        assert sorted(path.name for path in tmp_path.glob("*-wal")) == [
            "connections.sqlite3-wal",
            "state.sqlite3-wal",
        ]

    await _assert_closed(stores)
    # SQLite removes a file's WAL when the last connection to it closes.
    assert sorted(path.name for path in tmp_path.glob("*-wal")) == []


async def test_closing_twice_is_harmless(tmp_path: Path) -> None:
    stores = open_stores(sqlite_settings(tmp_path), FakeClock(NOW))

    await stores.close()
    await stores.close()

    await _assert_closed(stores)


async def test_an_app_served_again_after_it_stopped_opens_its_stores_again(tmp_path: Path) -> None:
    # Test harnesses (schemathesis's ASGI runner) start and stop one app's lifespan once per test.
    settings = sqlite_settings(tmp_path)
    clock = FakeClock(NOW)
    stores = open_stores(settings, clock)
    app = create_app(settings, clock=clock, stores=stores)
    async with app_client(app):
        await stores.states.put("k", {"a": 1}, NOW + 5)

    async with app_client(app):
        assert await stores.states.get("k") == {"a": 1}
        assert await stores.connections.name_taken("c", "n") is False

    await _assert_closed(stores)


async def test_the_redis_backend_keeps_every_store_in_the_redis(redis_url: str) -> None:
    stores = open_stores(Settings(store_backend="redis", redis_url=redis_url), FakeClock(NOW))

    assert isinstance(stores.states, RedisKeyValueStore)
    assert isinstance(stores.provider_codes, RedisKeyValueStore)
    assert isinstance(stores.provider_refresh_tokens, RedisKeyValueStore)
    assert isinstance(stores.connections, RedisConnectionStore)
    assert isinstance(stores.catalogue, RedisCatalogue)
    assert await stores.ready() is True
    await stores.close()


async def test_readyz_answers_200_while_the_store_answers() -> None:
    app = create_app(Settings(database=":memory:"), clock=FakeClock(NOW))

    async with app_client(app) as client:
        response = await client.get("/readyz")

    assert response.status_code == 200
    assert response.json() == {"status": "ready"}


async def test_with_redis_unreachable_readyz_and_api_calls_answer_503_store_unavailable() -> None:
    settings = Settings(store_backend="redis", redis_url=f"redis://127.0.0.1:{free_port()}/0")
    app = create_app(settings, clock=FakeClock(NOW))

    async with app_client(app) as client:
        ready = await client.get("/readyz")
        listed = await client.get(
            f"/o/{ORGANISATION_ID}/connectors/{CONNECTOR_ID}/connections",
            headers={"Authorization": f"Bearer {DEV_API_KEY}"},
        )
        alive = await client.get("/healthz")

    for response in (ready, listed):
        assert response.status_code == 503
        assert response.json() == {
            "code": "store_unavailable",
            "message": "The server's store is unreachable; try again shortly.",
        }
        assert response.headers["retry-after"] == "1"
    assert alive.status_code == 200
