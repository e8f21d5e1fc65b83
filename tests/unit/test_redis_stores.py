"""The Redis stores against a real redis-server (tests/conftest.py): TTL expiry, single take and claim under
concurrency, connections' name uniqueness and pages, the shared catalogue, and 503 when Redis is away."""

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio
from redis.asyncio import Redis

from mock_server.auth import ApiKey, KeyOwner
from mock_server.connection_store import NameTakenError, StoredTokens
from mock_server.errors import ApiError
from mock_server.redis_catalogue import RedisCatalogue
from mock_server.redis_client import RedisClient
from mock_server.redis_connection_store import RedisConnectionStore
from mock_server.redis_key_value import RedisKeyValueStore
from mock_server.seed import Connector, Organisation, Seed, load_seed
from tests.support.fakes import FakeClock
from tests.support.processes import free_port

pytestmark = pytest.mark.asyncio

NOW = 1_000.0
PREFIX = "test:"
BASE_URL = "http://127.0.0.1:8000"


@pytest_asyncio.fixture
async def client(redis_url: str) -> AsyncIterator[RedisClient]:
    client = RedisClient(redis_url, PREFIX)
    yield client
    await client.close()


@pytest_asyncio.fixture
async def raw(redis_url: str) -> AsyncIterator[Redis]:
    """A plain client, to look at the keys the stores wrote."""
    redis = Redis.from_url(redis_url, decode_responses=True)
    yield redis
    await redis.aclose()


# --- Key-value ------------------------------------------------------------------------------------------------------


async def test_a_value_lives_as_long_as_its_redis_ttl(client: RedisClient, raw: Redis) -> None:
    store = RedisKeyValueStore(client, "states", FakeClock(NOW))
    await store.put("k", {"a": 1}, NOW + 60)

    assert await store.get("k") == {"a": 1}
    ttl = await raw.pttl("test:states:k")
    assert 59_000 < ttl <= 60_000


async def test_a_value_already_expired_is_not_stored(client: RedisClient, raw: Redis) -> None:
    store = RedisKeyValueStore(client, "states", FakeClock(NOW))
    await store.put("k", {"a": 1}, NOW + 60)
    await store.put("k", {"a": 2}, NOW)

    assert await store.get("k") is None
    assert await raw.exists("test:states:k") == 0


async def test_of_many_concurrent_takes_exactly_one_gets_the_value(client: RedisClient, redis_url: str) -> None:
    store = RedisKeyValueStore(client, "codes", FakeClock(NOW))
    await store.put("code", {"a": 1}, NOW + 60)
    # Each taker on a client (a connection pool) of its own, as separate instances would be.
    takers = [RedisKeyValueStore(RedisClient(redis_url, PREFIX), "codes", FakeClock(NOW)) for _ in range(50)]

    results = await asyncio.gather(*(taker.take("code") for taker in takers))
    for taker in takers:
        await taker.close()

    assert [result for result in results if result is not None] == [{"a": 1}]
    assert await store.get("code") is None


async def test_of_many_concurrent_claims_exactly_one_gets_the_value_and_it_stays(client: RedisClient) -> None:
    store = RedisKeyValueStore(client, "states", FakeClock(NOW))
    await store.put("state", {"a": 1}, NOW + 60)

    results = await asyncio.gather(*(store.claim("state") for _ in range(50)))

    assert [result for result in results if result is not None] == [{"a": 1}]
    assert await store.get("state") == {"a": 1}
    assert await store.take("state") == {"a": 1}


async def test_claiming_a_missing_value_leaves_no_key(client: RedisClient, raw: Redis) -> None:
    store = RedisKeyValueStore(client, "states", FakeClock(NOW))

    assert await store.claim("missing") is None
    assert await raw.keys("*") == []


async def test_putting_again_makes_the_value_claimable_again(client: RedisClient) -> None:
    store = RedisKeyValueStore(client, "states", FakeClock(NOW))
    await store.put("k", {"a": 1}, NOW + 60)
    await store.claim("k")
    await store.put("k", {"a": 2}, NOW + 60)

    assert await store.claim("k") == {"a": 2}


async def test_delete_and_clear_touch_only_their_own_namespace(client: RedisClient, raw: Redis) -> None:
    states = RedisKeyValueStore(client, "states", FakeClock(NOW))
    codes = RedisKeyValueStore(client, "codes", FakeClock(NOW))
    for key in ("a", "b"):
        await states.put(key, {"k": key}, NOW + 60)
        await codes.put(key, {"k": key}, NOW + 60)

    await states.delete("a")
    assert await states.get("a") is None
    await states.clear()

    assert sorted(await raw.keys("*")) == ["test:codes:a", "test:codes:b"]


async def test_with_redis_unreachable_every_call_raises_store_unavailable() -> None:
    client = RedisClient(f"redis://127.0.0.1:{free_port()}/0", PREFIX)
    store = RedisKeyValueStore(client, "states", FakeClock(NOW))

    for call in (store.get("k"), store.take("k"), store.claim("k"), store.put("k", {}, NOW + 1)):
        with pytest.raises(ApiError) as raised:
            await call
        assert (raised.value.status, raised.value.code) == (503, "store_unavailable")
    assert await store.ready() is False
    await client.close()


# --- Connections ----------------------------------------------------------------------------------------------------


def _connection(id_: str, name: str, updated_at: str) -> dict[str, Any]:
    return {"id": id_, "name": name, "createdAt": updated_at, "updatedAt": updated_at, "connector": "c"}


async def test_a_connection_is_read_back_without_its_tokens_and_only_by_its_owners(
    client: RedisClient, raw: Redis
) -> None:
    store = RedisConnectionStore(client)
    connection = _connection("id1", "one", "2026-01-01T00:00:00.000Z")
    await store.add("org", "con", connection, StoredTokens("access-secret", "refresh-secret"))

    assert await store.get("org", "con", "id1") == connection
    assert await store.get("other", "con", "id1") is None
    assert await store.get("org", "other", "id1") is None
    assert await store.name_taken("con", "one") is True
    assert await store.name_taken("con", "two") is False
    tokens = await raw.hget("test:connection:id1", "tokens")
    assert tokens is not None
    assert json.loads(tokens) == {
        "access_token": "access-secret",
        "refresh_token": "refresh-secret",
    }
    assert await raw.ttl("test:connection:id1") == -1


async def test_a_name_is_taken_once_per_connector_even_by_concurrent_adds(client: RedisClient) -> None:
    store = RedisConnectionStore(client)
    adds = [
        store.add("org", "con", _connection(f"id{n}", "same", "2026-01-01T00:00:00.000Z"), StoredTokens("a", None))
        for n in range(20)
    ]

    results = await asyncio.gather(*adds, return_exceptions=True)

    assert sum(result is None for result in results) == 1
    assert all(isinstance(result, NameTakenError) for result in results if result is not None)
    assert (await store.page("org", "con", 50, None)).total_count == 1
    await store.add("org", "con2", _connection("x", "same", "2026-01-01T00:00:00.000Z"), StoredTokens("a", None))


async def test_pages_run_newest_first_then_by_id_with_cursors(client: RedisClient) -> None:
    store = RedisConnectionStore(client)
    for id_, updated_at in [
        ("a", "2026-01-01T00:00:00.000Z"),
        ("b", "2026-01-03T00:00:00.000Z"),
        ("c", "2026-01-02T00:00:00.000Z"),
        ("d", "2026-01-02T00:00:00.000Z"),
    ]:
        await store.add("org", "con", _connection(id_, f"name-{id_}", updated_at), StoredTokens("t", None))
    await store.add("org", "elsewhere", _connection("e", "e", "2026-01-09T00:00:00.000Z"), StoredTokens("t", None))

    first = await store.page("org", "con", 3, None)
    second = await store.page("org", "con", 3, first.next_cursor)

    assert first.total_count == 4
    assert [item["id"] for item in first.items] == ["b", "d", "c"]
    assert first.items[0] == {
        "id": "b",
        "name": "name-b",
        "createdAt": "2026-01-03T00:00:00.000Z",
        "updatedAt": "2026-01-03T00:00:00.000Z",
    }
    assert [item["id"] for item in second.items] == ["a"]
    assert second.next_cursor is None


async def test_clear_forgets_every_connection_and_name(client: RedisClient, raw: Redis) -> None:
    store = RedisConnectionStore(client)
    await store.add("org", "con", _connection("id1", "one", "2026-01-01T00:00:00.000Z"), StoredTokens("a", None))

    await store.clear()

    assert await raw.keys("*") == []
    assert await store.name_taken("con", "one") is False


# --- Catalogue ------------------------------------------------------------------------------------------------------


def _seed() -> Seed:
    return load_seed(None, BASE_URL)


@pytest_asyncio.fixture
async def two_catalogues(redis_url: str) -> AsyncIterator[tuple[RedisCatalogue, RedisCatalogue]]:
    """Two instances' catalogues on one Redis, each with its own client; the first one opened."""
    clients = [RedisClient(redis_url, PREFIX) for _ in range(2)]
    first, second = (RedisCatalogue(client, _seed(), f"{BASE_URL}/mock-provider/token") for client in clients)
    await first.open()
    yield first, second
    for client in clients:
        await client.close()


async def test_the_first_instance_loads_the_seed_and_every_instance_reads_it(
    two_catalogues: tuple[RedisCatalogue, RedisCatalogue],
) -> None:
    seed = _seed()
    second = two_catalogues[1]
    await second.open()

    connector = seed.connectors[0]
    credential = seed.credentials[0]
    assert await second.connector(connector.organisation_id, connector.id) == connector
    assert await second.credential(credential.id) == credential
    assert await second.organisation(seed.organisations[0].id) == seed.organisations[0]
    assert await second.api_key(seed.api_keys[0].key) == KeyOwner(
        seed.api_keys[0].organisation_id, seed.api_keys[0].name
    )
    assert await second.api_key("not a key") is None
    assert await second.holds_id(credential.id) is True
    assert await second.holds_id("nothing") is False
    assert await second.starter() == seed.starter()


async def test_an_addition_on_one_instance_is_seen_by_the_other_until_reset(
    two_catalogues: tuple[RedisCatalogue, RedisCatalogue],
) -> None:
    seed = _seed()
    first, second = two_catalogues
    organisation = Organisation("01J0000000000000000000000A", "Added")
    connector = Connector("01J0000000000000000000000B", organisation.id, "Added connector")
    key = ApiKey("vk_added_key", organisation.id, "added")

    await first.add(Seed((organisation,), (connector,), (), (key,)))

    assert await second.connector(organisation.id, connector.id) == connector
    assert await second.api_key("vk_added_key") == KeyOwner(organisation.id, "added")
    await second.reset()
    assert await first.connector(organisation.id, connector.id) is None
    assert await first.api_key("vk_added_key") is None
    assert await first.credential(seed.credentials[0].id) == seed.credentials[0]


async def test_a_redis_that_restarted_empty_gets_the_seed_back_on_the_first_key_lookup(
    client: RedisClient, raw: Redis
) -> None:
    seed = _seed()
    catalogue = RedisCatalogue(client, seed, f"{BASE_URL}/mock-provider/token")
    await catalogue.open()
    await raw.flushall()

    assert await catalogue.api_key(seed.api_keys[0].key) is not None
    assert await catalogue.credential(seed.credentials[0].id) == seed.credentials[0]


async def test_no_catalogue_key_has_a_ttl(client: RedisClient, raw: Redis) -> None:
    await RedisCatalogue(client, _seed(), f"{BASE_URL}/mock-provider/token").open()

    keys = await raw.keys("*")
    assert sorted(keys) == sorted(
        f"test:catalogue:{name}"
        for name in (
            "loaded",
            "organisations",
            "connectors",
            "credentials",
            "provider-clients",
            "api-keys",
            "ids",
            "entries",
        )
    )
    assert [await raw.ttl(key) for key in keys] == [-1] * len(keys)
