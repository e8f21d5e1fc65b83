"""The Redis stores against a real redis-server (tests/conftest.py): TTL expiry, single take and claim under
concurrency, connections (name uniqueness, atomic renames, order, secrets kept apart), the shared catalogue and
its auth scheme configs, and 503 when Redis is away."""

import asyncio
import contextlib
import contextvars
import json
from collections import Counter
from collections.abc import AsyncIterator, Awaitable
from typing import Any, TypeVar

import pytest
import pytest_asyncio
from redis.asyncio import Redis

from mock_server.core.api_keys import ApiKey, KeyOwner
from mock_server.http.replies import status_of
from mock_server.seed.loading import SeedError, load_seed
from mock_server.seed.model import Connector, OAuthClientCredential, Organisation, Seed
from mock_server.stores.base import (
    ConnectorConfigs,
    NameTakenError,
    ReadsMovedError,
    Replaced,
    StoredConfig,
    StoreUnavailableError,
    confirm_reads,
    one_call,
)
from mock_server.stores.redis.catalogue import RedisCatalogue
from mock_server.stores.redis.client import RedisClient
from mock_server.stores.redis.connections import RedisConnectionStore
from mock_server.stores.redis.key_value import RedisKeyValueStore
from tests.support.fakes import FakeClock
from tests.support.processes import free_port
from tests.support.redis_server import commands_while

pytestmark = pytest.mark.asyncio

NOW = 1_000.0
PREFIX = "test:"
BASE_URL = "http://127.0.0.1:8000"
PROVIDER_TOKEN_URLS = frozenset({f"{BASE_URL}/mock-provider/token"})


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


_Store = TypeVar("_Store", RedisKeyValueStore, RedisConnectionStore)


@contextlib.asynccontextmanager
async def _instances(stores: list[_Store]) -> AsyncIterator[list[_Store]]:
    """``stores``, each on a client of its own as separate instances are, connected before the race (as a running
    server's are) and closed after it, whatever becomes of the test. They connect one after another: fifty connects
    started at once, on a loaded machine, all outlasted the client's half-second timeouts together (seen twice in
    full runs), and connecting is not what a race tests."""
    try:
        assert [await store.ready() for store in stores] == [True] * len(stores)
        yield stores
    finally:
        for store in stores:
            await store.close()


async def test_of_many_concurrent_takes_exactly_one_gets_the_value(client: RedisClient, redis_url: str) -> None:
    store = RedisKeyValueStore(client, "codes", FakeClock(NOW))
    await store.put("code", {"a": 1}, NOW + 60)
    # Each taker on a client (a connection pool) of its own, as separate instances would be.
    stores = [RedisKeyValueStore(RedisClient(redis_url, PREFIX), "codes", FakeClock(NOW)) for _ in range(50)]

    async with _instances(stores) as takers:
        results = await asyncio.gather(*(taker.take("code") for taker in takers))

    assert [result for result in results if result is not None] == [{"a": 1}]
    assert await store.get("code") is None


async def test_of_many_concurrent_claims_exactly_one_gets_the_value_and_it_stays(client: RedisClient) -> None:
    store = RedisKeyValueStore(client, "states", FakeClock(NOW))
    await store.put("state", {"a": 1}, NOW + 60)

    results = await asyncio.gather(*(store.claim("state") for _ in range(50)))

    assert [result for result in results if result is not None] == [{"a": 1}]
    assert await store.get("state") == {"a": 1}
    assert await store.take("state") == {"a": 1}


async def test_of_many_concurrent_adds_from_many_instances_exactly_one_stores(
    client: RedisClient, redis_url: str
) -> None:
    store = RedisKeyValueStore(client, "nonces", FakeClock(NOW))
    stores = [RedisKeyValueStore(RedisClient(redis_url, PREFIX), "nonces", FakeClock(NOW)) for _ in range(30)]

    async with _instances(stores) as adders:
        results = await asyncio.gather(*(adder.add("n", {"by": n}, NOW + 60) for n, adder in enumerate(adders)))

    assert results.count(True) == 1
    assert await store.get("n") == {"by": results.index(True)}
    assert await store.add("n", {"by": -1}, NOW) is False


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
    await states.reset()

    assert sorted(await raw.keys("*")) == ["test:codes:a", "test:codes:b"]


async def test_with_redis_unreachable_every_call_raises_store_unavailable() -> None:
    client = RedisClient(f"redis://127.0.0.1:{free_port()}/0", PREFIX)
    store = RedisKeyValueStore(client, "states", FakeClock(NOW))

    for call in (store.get("k"), store.take("k"), store.claim("k"), store.put("k", {}, NOW + 1)):
        with pytest.raises(StoreUnavailableError) as raised:
            await call
        assert (status_of(raised.value), raised.value.code) == (503, "store_unavailable")
    assert await store.ready() is False
    await client.close()


async def test_a_burst_of_calls_is_pipelined_on_one_connection_and_every_call_gets_its_own_answer(
    client: RedisClient, raw: Redis
) -> None:
    store = RedisKeyValueStore(client, "states", FakeClock(NOW))
    burst = 500  # redis-py's own pool refused every call past its 100th (503 under a burst)
    for n in range(burst):
        await raw.hset(f"test:states:{n}", "v", json.dumps({"n": n}))

    answers = await asyncio.gather(*(store.get(str(n)) for n in range(burst)))

    assert answers == [{"n": n} for n in range(burst)]
    assert len([item for item in await raw.client_list() if item["cmd"] != "client|list"]) == 1


# --- Connections ----------------------------------------------------------------------------------------------------


def _connection(id_: str, name: str, updated_at: str) -> dict[str, Any]:
    return {"id": id_, "name": name, "createdAt": updated_at, "updatedAt": updated_at, "connector": "c"}


SECRETS = {"cred1": {"accessToken": "access-secret", "refreshToken": "refresh-secret"}}


async def test_a_connection_is_read_back_without_its_secrets_and_only_by_its_owners(
    client: RedisClient, raw: Redis
) -> None:
    store = RedisConnectionStore(client)
    connection = _connection("id1", "one", "2026-01-01T00:00:00.000Z")
    await store.add("org", "con", connection, SECRETS)

    assert await store.get("org", "con", "id1") == connection
    assert await store.get("other", "con", "id1") is None
    assert await store.get("org", "other", "id1") is None
    assert await store.name_taken("con", "one") is True
    assert await store.name_taken("con", "two") is False
    secrets = await raw.hget("test:connection:id1", "secrets")
    assert secrets is not None
    assert json.loads(secrets) == {"cred1": {"accessToken": "access-secret", "refreshToken": "refresh-secret"}}
    assert "access-secret" not in json.dumps(await store.documents("org", "con"))
    assert await raw.ttl("test:connection:id1") == -1


async def test_a_name_is_taken_once_per_connector_even_by_concurrent_adds_from_many_instances(
    client: RedisClient, redis_url: str
) -> None:
    store = RedisConnectionStore(client)
    async with _instances([RedisConnectionStore(RedisClient(redis_url, PREFIX)) for _ in range(20)]) as instances:
        adds = [
            instance.add("org", "con", _connection(f"id{n}", "same", "2026-01-01T00:00:00.000Z"), {})
            for n, instance in enumerate(instances)
        ]
        results = await asyncio.gather(*adds, return_exceptions=True)

    outcomes = Counter("added" if result is None else type(result).__name__ for result in results)
    assert outcomes == {"added": 1, "NameTakenError": 19}
    assert len(await store.documents("org", "con")) == 1
    await store.add("org", "con2", _connection("x", "same", "2026-01-01T00:00:00.000Z"), {})


async def test_an_id_already_held_is_refused_and_the_held_connection_stays(client: RedisClient) -> None:
    store = RedisConnectionStore(client)
    first = _connection("id1", "one", "2026-01-01T00:00:00.000Z")
    await store.add("org", "con", first, SECRETS)

    with pytest.raises(NameTakenError):
        await store.add("org", "con", _connection("id1", "other name", "2026-01-02T00:00:00.000Z"), {})

    assert await store.get("org", "con", "id1") == first
    assert await store.name_taken("con", "other name") is False


async def test_documents_run_newest_first_then_by_id_descending(client: RedisClient) -> None:
    store = RedisConnectionStore(client)
    for id_, updated_at in [
        ("a", "2026-01-01T00:00:00.000Z"),
        ("b", "2026-01-03T00:00:00.000Z"),
        ("c", "2026-01-02T00:00:00.000Z"),
        ("d", "2026-01-02T00:00:00.000Z"),
    ]:
        await store.add("org", "con", _connection(id_, f"name-{id_}", updated_at), {})
    await store.add("org", "elsewhere", _connection("e", "e", "2026-01-09T00:00:00.000Z"), {})

    documents = await store.documents("org", "con")

    assert [item["id"] for item in documents] == ["b", "d", "c", "a"]
    assert documents[0] == _connection("b", "name-b", "2026-01-03T00:00:00.000Z")
    assert await store.documents("other", "con") == []


async def test_replace_renames_moves_the_connection_up_and_keeps_its_secrets(client: RedisClient, raw: Redis) -> None:
    store = RedisConnectionStore(client)
    await store.add("org", "con", _connection("a", "first", "2026-01-01T00:00:00.000Z"), SECRETS)
    await store.add("org", "con", _connection("b", "second", "2026-01-02T00:00:00.000Z"), {})
    renamed = {**_connection("a", "renamed", "2026-01-03T00:00:00.000Z"), "variables": [{"name": "v"}]}

    assert await store.replace("org", "con", renamed, _connection("a", "first", "2026-01-01T00:00:00.000Z")) is (
        Replaced.DONE
    )

    assert await store.get("org", "con", "a") == renamed
    assert [item["id"] for item in await store.documents("org", "con")] == ["a", "b"]
    assert await store.name_taken("con", "first") is False
    assert await store.name_taken("con", "renamed") is True
    secrets = await raw.hget("test:connection:a", "secrets")
    assert secrets is not None
    assert json.loads(secrets) == SECRETS
    # The old name is free for another connection.
    await store.add("org", "con", _connection("c", "first", "2026-01-04T00:00:00.000Z"), {})


async def test_replace_refuses_a_name_another_connection_has_and_changes_nothing(client: RedisClient) -> None:
    store = RedisConnectionStore(client)
    first = _connection("a", "first", "2026-01-01T00:00:00.000Z")
    await store.add("org", "con", first, {})
    await store.add("org", "con", _connection("b", "second", "2026-01-02T00:00:00.000Z"), {})

    with pytest.raises(NameTakenError):
        await store.replace("org", "con", _connection("a", "second", "2026-01-03T00:00:00.000Z"), first)

    assert await store.get("org", "con", "a") == first
    assert [item["id"] for item in await store.documents("org", "con")] == ["b", "a"]
    assert await store.name_taken("con", "first") is True


async def test_replace_answers_gone_for_a_connection_missing_or_of_other_owners(client: RedisClient) -> None:
    store = RedisConnectionStore(client)
    held = _connection("a", "first", "2026-01-01T00:00:00.000Z")
    await store.add("org", "con", held, {})

    assert await store.replace("org", "con", _connection("missing", "x", "2026-01-02T00:00:00.000Z"), held) is (
        Replaced.GONE
    )
    assert await store.replace("other", "con", _connection("a", "y", "2026-01-02T00:00:00.000Z"), held) is (
        Replaced.GONE
    )
    assert await store.replace("org", "other", _connection("a", "z", "2026-01-02T00:00:00.000Z"), held) is (
        Replaced.GONE
    )
    assert await store.get("org", "con", "a") == _connection("a", "first", "2026-01-01T00:00:00.000Z")
    assert [await store.name_taken("con", name) for name in ("x", "y", "z")] == [False, False, False]


async def test_replace_changes_nothing_when_the_connection_is_no_longer_what_was_read(client: RedisClient) -> None:
    store = RedisConnectionStore(client)
    read = _connection("a", "first", "2026-01-01T00:00:00.000Z")
    await store.add("org", "con", read, {})
    meanwhile = {**read, "name": "meanwhile", "updatedAt": "2026-01-02T00:00:00.000Z"}
    assert await store.replace("org", "con", meanwhile, read) is Replaced.DONE

    late = {**read, "variables": [{"name": "v"}], "updatedAt": "2026-01-03T00:00:00.000Z"}

    assert await store.replace("org", "con", late, read) is Replaced.CHANGED
    assert await store.get("org", "con", "a") == meanwhile
    assert await store.name_taken("con", "meanwhile") is True


async def test_of_concurrent_renames_to_one_name_from_many_instances_exactly_one_wins(
    client: RedisClient, redis_url: str, raw: Redis
) -> None:
    store = RedisConnectionStore(client)
    for n in range(20):
        await store.add("org", "con", _connection(f"id{n:02}", f"name {n}", "2026-01-01T00:00:00.000Z"), {})
    async with _instances([RedisConnectionStore(RedisClient(redis_url, PREFIX)) for _ in range(20)]) as instances:
        renames = [
            instance.replace(
                "org",
                "con",
                _connection(f"id{n:02}", "wanted", "2026-01-02T00:00:00.000Z"),
                _connection(f"id{n:02}", f"name {n}", "2026-01-01T00:00:00.000Z"),
            )
            for n, instance in enumerate(instances)
        ]
        results = await asyncio.gather(*renames, return_exceptions=True)

    outcomes = Counter("done" if result is Replaced.DONE else type(result).__name__ for result in results)
    assert outcomes == {"done": 1, "NameTakenError": 19}
    names = [item["name"] for item in await store.documents("org", "con")]
    assert names.count("wanted") == 1
    assert len(names) == 20
    assert len(await raw.hgetall("test:connection-names:con")) == 20


async def test_delete_removes_the_connection_its_name_and_its_secrets(client: RedisClient, raw: Redis) -> None:
    store = RedisConnectionStore(client)
    await store.add("org", "con", _connection("a", "first", "2026-01-01T00:00:00.000Z"), SECRETS)
    await store.add("org", "con", _connection("b", "second", "2026-01-02T00:00:00.000Z"), {})

    assert await store.delete("other", "con", "a") is False
    assert await store.delete("org", "con", "a") is True
    assert await store.delete("org", "con", "a") is False

    assert await store.get("org", "con", "a") is None
    assert [item["id"] for item in await store.documents("org", "con")] == ["b"]
    assert await store.name_taken("con", "first") is False
    assert await raw.exists("test:connection:a") == 0


async def test_clear_forgets_every_connection_and_name(client: RedisClient, raw: Redis) -> None:
    store = RedisConnectionStore(client)
    await store.add("org", "con", _connection("id1", "one", "2026-01-01T00:00:00.000Z"), SECRETS)

    await store.reset()

    assert await raw.keys("*") == []
    assert await store.name_taken("con", "one") is False


# --- Catalogue ------------------------------------------------------------------------------------------------------


def _seed() -> Seed:
    return load_seed(None, BASE_URL)


@pytest_asyncio.fixture
async def two_catalogues(redis_url: str) -> AsyncIterator[tuple[RedisCatalogue, RedisCatalogue]]:
    """Two instances' catalogues on one Redis, each with its own client; the first one opened."""
    clients = [RedisClient(redis_url, PREFIX) for _ in range(2)]
    first, second = (RedisCatalogue(client, _seed(), PROVIDER_TOKEN_URLS) for client in clients)
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


async def test_an_addition_whose_id_another_instance_took_after_the_check_is_refused_by_its_script(
    two_catalogues: tuple[RedisCatalogue, RedisCatalogue], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = two_catalogues
    organisation = Organisation("01J0000000000000000000000A", "Added")
    additions = [
        Seed((organisation,), (Connector(f"01J000000000000000000000C{n}", organisation.id, f"Connector {n}"),), (), ())
        for n in range(2)
    ]
    await first.add(additions[0])
    # As if the second instance had checked its addition before the first one's was stored.
    checked: list[Seed] = []

    async def checked_before(catalogue: object, addition: Seed) -> None:
        checked.append(addition)

    monkeypatch.setattr("mock_server.stores.redis.catalogue.check_addition", checked_before)

    with pytest.raises(SeedError) as refused:
        await second.add(additions[1])

    assert checked == [additions[1]]
    assert refused.value.field == "organisations[0].id"
    assert [item.id for item in await first.connectors(organisation.id)] == [additions[0].connectors[0].id]


async def test_a_redis_that_restarted_empty_gets_the_seed_back_on_the_first_key_lookup(
    client: RedisClient, raw: Redis
) -> None:
    seed = _seed()
    catalogue = RedisCatalogue(client, seed, PROVIDER_TOKEN_URLS)
    reloads: list[str] = []

    async def reloaded() -> None:
        reloads.append("reloaded")

    catalogue.when_reloaded(reloaded)
    await catalogue.open()
    await raw.flushall()

    assert await catalogue.api_key(seed.api_keys[0].key) is not None
    assert reloads == ["reloaded"]
    assert await catalogue.api_key(seed.api_keys[0].key) is not None
    assert reloads == ["reloaded"]
    assert await catalogue.credential(seed.credentials[0].id) == seed.credentials[0]


async def test_connectors_lists_the_organisations_connectors_in_the_order_added_on_any_instance(
    two_catalogues: tuple[RedisCatalogue, RedisCatalogue],
) -> None:
    first, second = two_catalogues
    added = Connector("01J0000000000000000000000B", "01M630NCG4ZDDRK8JJJ5EVRJSK", "Added connector")
    await first.add(Seed((), (added,), (), ()))

    listed = await second.connectors("01M630NCG4ZDDRK8JJJ5EVRJSK")

    assert [item.id for item in listed] == [
        "01M65K23G4WE37NGTVC0HJVGP1",
        "01M65M8SZC4R7K2D9X3V6B1N0Q",
        "01J0000000000000000000000B",
    ]
    assert listed[2] == added
    assert await second.connectors("nobody") == []


CONNECTOR_ID = "01M65K23G4WE37NGTVC0HJVGP1"


async def test_a_connectors_configs_are_the_seeds_until_changed_then_shared_until_reset(
    two_catalogues: tuple[RedisCatalogue, RedisCatalogue], raw: Redis
) -> None:
    first, second = two_catalogues
    seeded = [item.config for item in _seed().auth_scheme_configs if item.connector_id == CONNECTOR_ID]
    assert [config["id"] for config in seeded] == ["01M6FG5GT9QW3E8R2T6Y4V1X0P"]

    read = await first.auth_scheme_configs(CONNECTOR_ID, "2026-01-01T00:00:00.000Z")
    assert read == ConnectorConfigs(seeded, "2026-01-01T00:00:00.000Z", "2026-01-01T00:00:00.000Z")

    added = {"id": "new-config", "schemeType": "api-key"}
    assert await first.upsert_auth_scheme_config(CONNECTOR_ID, _stored(added), "2026-01-02T00:00:00.000Z") is None

    assert await second.auth_scheme_configs(CONNECTOR_ID, "2026-01-03T00:00:00.000Z") == ConnectorConfigs(
        [*seeded, added], "2026-01-01T00:00:00.000Z", "2026-01-02T00:00:00.000Z"
    )
    names = ("config-times", "config-docs", "config-types", "config-order")
    assert [await raw.ttl(f"test:catalogue:{name}") for name in names] == [-1, -1, -1, -1]
    for config in (*seeded, added):
        assert await second.delete_auth_scheme_config(CONNECTOR_ID, config["id"], "2026-01-04T00:00:00.000Z")
    assert (await first.auth_scheme_configs(CONNECTOR_ID, "2026-01-05T00:00:00.000Z")).configs == []

    await second.reset()

    assert await first.auth_scheme_configs(CONNECTOR_ID, "2026-01-06T00:00:00.000Z") == ConnectorConfigs(
        seeded, "2026-01-06T00:00:00.000Z", "2026-01-06T00:00:00.000Z"
    )


async def test_an_upsert_replaces_in_place_keeps_the_type_and_a_delete_keeps_the_others_order(
    two_catalogues: tuple[RedisCatalogue, RedisCatalogue],
) -> None:
    first, second = two_catalogues
    configs = [{"id": f"config-{n}", "schemeType": "api-key", "description": str(n)} for n in range(3)]
    for config in configs:
        await first.upsert_auth_scheme_config(CONNECTOR_ID, _stored(config), "2026-01-02T00:00:00.000Z")
    replaced = {**configs[1], "description": "replaced"}

    assert await second.upsert_auth_scheme_config(CONNECTOR_ID, _stored(replaced), "2026-01-03T00:00:00.000Z") is None
    assert await second.upsert_auth_scheme_config(
        CONNECTOR_ID, _stored({**configs[2], "schemeType": "none"}), "2026-01-04T00:00:00.000Z"
    ) == ("api-key")
    assert await first.delete_auth_scheme_config(CONNECTOR_ID, "config-0", "2026-01-05T00:00:00.000Z") is True
    assert await first.delete_auth_scheme_config(CONNECTOR_ID, "config-0", "2026-01-06T00:00:00.000Z") is False
    await first.upsert_auth_scheme_config(CONNECTOR_ID, _stored(configs[0]), "2026-01-07T00:00:00.000Z")

    read = await second.auth_scheme_configs(CONNECTOR_ID, "2026-01-08T00:00:00.000Z")
    assert [config["id"] for config in read.configs][1:] == ["config-1", "config-2", "config-0"]
    assert read.configs[1] == replaced
    assert read.updated_at == "2026-01-07T00:00:00.000Z"


async def test_concurrent_upserts_of_distinct_configs_from_many_instances_all_stay(
    client: RedisClient, redis_url: str
) -> None:
    instances = [RedisCatalogue(RedisClient(redis_url, PREFIX), _seed(), PROVIDER_TOKEN_URLS) for _ in range(8)]
    await instances[0].open()
    configs = [{"id": f"config-{n:03}", "schemeType": "none"} for n in range(80)]

    async def one_by_one(instance: RedisCatalogue, mine: list[dict[str, Any]]) -> None:
        for config in mine:
            assert (
                await instance.upsert_auth_scheme_config(CONNECTOR_ID, _stored(config), "2026-01-02T00:00:00.000Z")
                is None
            )

    # Eight instances at once, each writing its configs one after another, as eight servers would.
    await asyncio.gather(*(one_by_one(instance, configs[n::8]) for n, instance in enumerate(instances)))

    read = await instances[3].auth_scheme_configs(CONNECTOR_ID, "2026-01-03T00:00:00.000Z")
    assert sorted(config["id"] for config in read.configs) == ["01M6FG5GT9QW3E8R2T6Y4V1X0P"] + [
        config["id"] for config in configs
    ]
    for instance in instances:
        await instance.close()


def _stored(config: dict[str, Any]) -> StoredConfig:
    return StoredConfig(config["id"], config["schemeType"], config)


async def test_a_credential_made_from_a_grant_is_found_by_every_instance_until_reset(
    two_catalogues: tuple[RedisCatalogue, RedisCatalogue], raw: Redis
) -> None:
    first, second = two_catalogues
    made = OAuthClientCredential(
        "01J000000000000000000000CR", "01M630NCG4ZDDRK8JJJ5EVRJSK", "made", "client", "secret", "https://t/token"
    )

    await first.add_client_credential(made)

    assert await second.credential(made.id) == made
    assert await raw.ttl("test:catalogue:client-credentials") == -1
    await second.reset()
    assert await first.credential(made.id) is None


async def test_no_catalogue_key_has_a_ttl(client: RedisClient, raw: Redis) -> None:
    await RedisCatalogue(client, _seed(), PROVIDER_TOKEN_URLS).open()

    keys = await raw.keys("*")
    assert sorted(keys) == sorted(
        f"test:catalogue:{name}"
        for name in (
            "version",
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


async def _appended(into: list[Any], call: Awaitable[Any]) -> None:
    into.append(await call)


async def test_an_optimistic_call_answers_from_the_copy_without_asking_and_finds_at_its_end_that_it_changed(
    two_catalogues: tuple[RedisCatalogue, RedisCatalogue], redis_url: str
) -> None:
    first, second = two_catalogues
    assert await second.api_key("vk_added_key") is None  # the second instance holds a copy without it
    await first.add(Seed((), (), (), (ApiKey("vk_added_key", _seed().organisations[0].id, "added"),)))
    from_the_copy: list[KeyOwner | None] = []

    with one_call(optimistic=True):
        sent = await commands_while(redis_url, lambda: _appended(from_the_copy, second.api_key("vk_added_key")))
        with pytest.raises(ReadsMovedError):
            await confirm_reads()
    with one_call():
        asked = await second.api_key("vk_added_key")

    assert from_the_copy == [None]
    assert sent == []
    assert asked == KeyOwner(_seed().organisations[0].id, "added")


async def test_an_optimistic_calls_write_carries_the_check_writes_nothing_when_the_copy_changed_and_needs_no_other(
    two_catalogues: tuple[RedisCatalogue, RedisCatalogue], client: RedisClient, raw: Redis, redis_url: str
) -> None:
    first = two_catalogues[0]
    # Another instance, whose catalogue and states share its client.
    second = RedisCatalogue(client, _seed(), PROVIDER_TOKEN_URLS)
    states = RedisKeyValueStore(client, "states", FakeClock(NOW))
    await second.holds_id("any")  # the second instance holds a copy

    async def initialise() -> None:
        with one_call(optimistic=True):
            await second.holds_id("any")
            await states.put("current", {"a": 1}, NOW + 60)
            await confirm_reads()

    await initialise()  # the guarded script registered
    sent = await commands_while(redis_url, initialise)
    await first.add(Seed((Organisation("01J0000000000000000000000A", "Added"),), (), (), ()))
    with one_call(optimistic=True):
        await second.holds_id("any")
        with pytest.raises(ReadsMovedError):
            await states.put("stale", {"a": 1}, NOW + 60)

    assert [command.split(" ")[0] for command in sent] == ["EVALSHA"]
    assert await states.get("current") == {"a": 1}
    assert await raw.exists("test:states:stale") == 0


async def test_a_call_is_optimistic_only_until_its_first_command_so_nothing_it_wrote_is_written_again(
    two_catalogues: tuple[RedisCatalogue, RedisCatalogue], client: RedisClient, raw: Redis
) -> None:
    first = two_catalogues[0]
    second = RedisCatalogue(client, _seed(), PROVIDER_TOKEN_URLS)
    states = RedisKeyValueStore(client, "states", FakeClock(NOW))
    made = OAuthClientCredential(
        "01J000000000000000000000CR", "01M630NCG4ZDDRK8JJJ5EVRJSK", "made", "client", "secret", "https://t/token"
    )

    with one_call(optimistic=True):
        await second.add_client_credential(made)  # a write: the call is optimistic no more
        # Another call of this instance reads the catalogue again meanwhile (outside this call's context).
        await asyncio.create_task(second.holds_id("any"), context=contextvars.Context())
        await first.add(Seed((Organisation("01J0000000000000000000000A", "Added"),), (), (), ()))
        found = await second.holds_id("01J0000000000000000000000A")
        await states.put("state", {"a": 1}, NOW + 60)
        await confirm_reads()

    assert found is True  # read from Redis, not from the copy
    assert await states.get("state") == {"a": 1}
    assert await raw.hlen("test:catalogue:client-credentials") == 1
