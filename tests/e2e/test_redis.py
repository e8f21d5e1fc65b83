"""Two server instances (separate ``python -m mock_server`` processes on separate ports) sharing one real
redis-server: the loop crosses instances, single use holds across them, connections (and their updates) and
connectors' auth scheme configs are shared, an outage answers 503 ``store_unavailable`` and heals, and nothing
but connections and the catalogue lives forever."""

import hashlib
import json
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from redis import Redis

from mock_server.core.ids import new_ulid
from tests.support.oauth_loop import (
    AUTH,
    IN_USE_CONNECTION_ID,
    SECOND_CONNECTOR_ID,
    callback_message,
    connector_path,
    create_connection,
    initialise,
    initialise_response,
    query_of,
)
from tests.support.redis_server import RedisServer, commands_during, redis_server
from tests.support.schemes import scheme_config
from tests.support.seeds import (
    ADDED_API_KEY,
    ADDED_CLIENT_ID,
    ADDED_CONNECTOR_ID,
    ADDED_CREDENTIAL_ID,
    ADDED_ORGANISATION_ID,
    added_organisation,
)
from tests.support.server import live_server, wait_until_serving

pytestmark = pytest.mark.e2e

PREFIX = "versori-mock:"
# Generous: a call that hangs fails the test; the server's own Redis timeouts are well under a second.
NO_HANG = httpx.Timeout(5.0)


@dataclass(frozen=True)
class Pair:
    a: str
    b: str
    redis: RedisServer


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pair]:
    with redis_server(tmp_path_factory.mktemp("redis-e2e")) as redis:
        env = {
            "VERSORI_MOCK_STORE_BACKEND": "redis",
            "VERSORI_MOCK_REDIS_URL": redis.url,
            "VERSORI_MOCK_AUTO_APPROVE": "true",
        }
        with live_server(env=env) as a, live_server(env=env) as b:
            # Started, not only bound: a call sent before would also wait for the start-up's own Redis calls.
            for server in (a, b):
                wait_until_serving(server.url)
            yield Pair(a.url, b.url, redis)


@pytest.fixture
def redis(pair: Pair) -> Iterator[Redis]:
    client = Redis.from_url(pair.redis.url, decode_responses=True)
    yield client
    client.close()


def _key(namespace: str, secret: str) -> str:
    """Where the server keeps a state, code or refresh token: by the SHA-256 of the secret, never the secret."""
    return f"{PREFIX}{namespace}:{hashlib.sha256(secret.encode()).hexdigest()}"


def _code_and_state_via(authorize_url: str, callback_base_url: str) -> dict[str, str]:
    """Approve at the provider, then land on the callback page of the instance at ``callback_base_url``."""
    provider = httpx.get(authorize_url)
    assert provider.status_code == 303, provider.text
    location = urlsplit(provider.headers["location"])
    callback = httpx.get(f"{callback_base_url}{location.path}?{location.query}")
    message = callback_message(callback.text)
    assert "code" in message, message
    return {"code": message["code"], "state": message["state"]}


def test_a_loop_initialised_on_a_completes_on_b(pair: Pair) -> None:
    grant = _code_and_state_via(initialise(pair.a), pair.b)

    created = create_connection(pair.b, grant["code"], grant["state"], name="crossed")

    assert created.status_code == 200, created.text
    assert created.json()["name"] == "crossed"


def _names(commands: list[str]) -> list[str]:
    return [command.split(" ", 1)[0].upper() for command in commands]


def test_an_initialise_sends_redis_one_command_the_states_script_which_checks_the_catalogues_version(
    pair: Pair,
) -> None:
    initialise(pair.a)  # the scripts registered and the catalogue read: what every later call finds done
    version = Redis.from_url(pair.redis.url, decode_responses=True).get(f"{PREFIX}catalogue:version")

    sent = commands_during(pair.redis.url, lambda: initialise(pair.a))

    assert _names(sent) == ["EVALSHA"]
    # Its last key and argument: the catalogue's version the instance read the API key, connector and credential at.
    _, _, key_count, state_key, version_key, *_, expected_version = sent[0].split(" ")
    assert (key_count, version_key, expected_version) == ("2", f"{PREFIX}catalogue:version", version)
    assert state_key.startswith(f"{PREFIX}states:")


def test_the_rest_of_the_loop_consent_one_command_callback_one_create_and_its_code_exchange_seven(pair: Pair) -> None:
    grant = _code_and_state_via(initialise(pair.a), pair.a)  # every script of the loop registered
    assert create_connection(pair.a, grant["code"], grant["state"], name="warm-up").status_code == 200
    authorize_url = initialise(pair.a)
    answers: list[httpx.Response] = []

    consent = commands_during(pair.redis.url, lambda: answers.append(httpx.get(authorize_url)))
    location = urlsplit(answers[0].headers["location"])
    callback = commands_during(
        pair.redis.url, lambda: answers.append(httpx.get(f"{pair.a}{location.path}?{location.query}"))
    )
    message = callback_message(answers[1].text)
    create = commands_during(
        pair.redis.url,
        lambda: answers.append(create_connection(pair.a, message["code"], message["state"], name="counted")),
    )

    assert answers[2].status_code == 200, answers[2].text
    # The code written by a script that checks the catalogue's version (the provider's client read from the copy).
    assert _names(consent) == ["EVALSHA"]
    assert _names(callback) == ["EVALSHA"]  # the state claimed
    # The version and the state read (in one write: tests/unit/test_redis_client.py), the name checked, the state
    # taken; the exchange at the provider: the code taken by a script that checks the version, the refresh token
    # written; the connection added.
    assert _names(create) == ["GET", "HGET", "HEXISTS", "EVALSHA", "EVALSHA", "EVALSHA", "EVALSHA"]
    assert create[0] == f"GET {PREFIX}catalogue:version"
    assert [command.split(" ")[3].split(":")[1] for command in create[3:]] == [
        "states",
        "provider-codes",
        "provider-refresh-tokens",
        "connection",
    ]
    assert create[4].split(" ")[4] == f"{PREFIX}catalogue:version"


def _change_the_catalogue(base_url: str) -> None:
    """A change to the catalogue that no other test reads: a new organisation."""
    added = httpx.post(
        f"{base_url}/__admin/seed", json={"organisations": [{"id": new_ulid(time.time()), "name": "Other"}]}
    )
    assert added.status_code == 200, added.text


def _states(redis: Redis) -> set[str]:
    return set(redis.scan_iter(match=f"{PREFIX}states:*"))


def test_an_initialise_whose_copy_of_the_catalogue_changed_meanwhile_writes_nothing_reads_it_again_and_runs_again(
    pair: Pair, redis: Redis
) -> None:
    initialise(pair.b)  # b holds a copy of the catalogue
    _change_the_catalogue(pair.a)
    initialise(pair.b)  # the same path once, so that every script it sends is registered in this Redis
    _change_the_catalogue(pair.a)
    before = _states(redis)
    urls: list[str] = []

    sent = commands_during(pair.redis.url, lambda: urls.append(initialise(pair.b)))

    # The state's script refused (its version moved), the version asked, the catalogue read, the state written.
    assert _names(sent) == ["EVALSHA", "GET", "EVALSHA", "EVALSHA"]
    assert sent[1] == f"GET {PREFIX}catalogue:version"
    state = query_of(urls[0])["state"]
    assert _states(redis) - before == {_key("states", state)}


def test_a_consent_whose_copy_of_the_catalogue_changed_meanwhile_runs_again_its_form_read_once(
    pair: Pair, redis: Redis
) -> None:
    # On a: the two instances share no public URL, so the seeded client is the provider client of a, which loaded
    # the seed.
    decision = {**query_of(initialise(pair.a)), "decision": "approve"}
    _change_the_catalogue(pair.b)
    # The same path once, so that every script it sends is registered in this Redis.
    assert httpx.post(f"{pair.a}/mock-provider/authorize", data=decision).status_code == 303
    _change_the_catalogue(pair.b)
    before = set(redis.scan_iter(match=f"{PREFIX}provider-codes:*"))
    answers: list[httpx.Response] = []

    sent = commands_during(
        pair.redis.url, lambda: answers.append(httpx.post(f"{pair.a}/mock-provider/authorize", data=decision))
    )

    assert answers[0].status_code == 303, answers[0].text
    code = query_of(answers[0].headers["location"])["code"]
    # The code's script refused (the version moved), the version asked, the catalogue read, the code written.
    assert _names(sent) == ["EVALSHA", "GET", "EVALSHA", "EVALSHA"]
    added = set(redis.scan_iter(match=f"{PREFIX}provider-codes:*")) - before
    assert added == {_key("provider-codes", code)}


def test_a_failure_planned_on_b_is_used_once_even_when_bs_copy_of_the_catalogue_changed_meanwhile(pair: Pair) -> None:
    initialise(pair.b)
    planned = httpx.post(f"{pair.b}/__admin/fail-next", json={"status": 503})
    assert planned.status_code == 200, planned.text
    _change_the_catalogue(pair.a)

    failed = initialise_response(pair.b)
    next_one = initialise(pair.b)

    assert failed.status_code == 503, failed.text
    assert next_one.startswith(f"{pair.b}/mock-provider/authorize?")


def test_initialises_on_both_instances_while_the_catalogue_keeps_changing_each_store_exactly_their_state(
    pair: Pair, redis: Redis
) -> None:
    stop = threading.Event()
    changes = 0

    def keep_changing() -> None:
        nonlocal changes
        while not stop.wait(0.01):
            _change_the_catalogue(pair.a)
            changes += 1

    before = _states(redis)
    changing = threading.Thread(target=keep_changing)
    changing.start()
    try:
        with ThreadPoolExecutor(8) as pool:
            urls = list(pool.map(initialise, [pair.a, pair.b] * 60))
    finally:
        stop.set()
        changing.join()

    answered = {_key("states", query_of(url)["state"]) for url in urls}
    assert len(answered) == 120
    assert changes > 1  # the copies of both instances went out of date during the run
    assert _states(redis) - before == answered


def _initialise_added(base_url: str) -> httpx.Response:
    """An initialise by the added organisation's API key, with its credential."""
    return httpx.post(
        f"{base_url}/o/{ADDED_ORGANISATION_ID}/connectors/{ADDED_CONNECTOR_ID}/oauth2/initialise",
        json={
            "credential": {"id": ADDED_CREDENTIAL_ID, "organisationId": ADDED_ORGANISATION_ID},
            "authorizeUrl": f"{base_url}/mock-provider/authorize",
            "clientId": ADDED_CLIENT_ID,
        },
        headers={"Authorization": f"Bearer {ADDED_API_KEY}"},
    )


def test_an_api_key_connector_and_credential_seeded_on_a_serve_the_next_call_on_b_until_a_reset_on_a(
    pair: Pair,
) -> None:
    before = _initialise_added(pair.b)  # b has read the catalogue without them
    seeded = httpx.post(f"{pair.a}/__admin/seed", json=added_organisation())
    after_seed = _initialise_added(pair.b)
    reset = httpx.post(f"{pair.a}/__admin/reset")
    after_reset = _initialise_added(pair.b)

    assert before.status_code == 401, before.text
    assert seeded.status_code == 200, seeded.text
    assert after_seed.status_code == 200, after_seed.text
    assert after_seed.json()["url"].startswith(f"{pair.b}/mock-provider/authorize?")
    assert reset.status_code == 200, reset.text
    assert after_reset.status_code == 401, after_reset.text


def test_a_state_consumed_on_b_is_refused_on_a(pair: Pair) -> None:
    grant = _code_and_state_via(initialise(pair.a), pair.a)
    consumed = create_connection(pair.b, grant["code"], grant["state"], name="consumed on b")

    replayed = create_connection(pair.a, grant["code"], grant["state"], name="replayed on a")

    assert consumed.status_code == 200, consumed.text
    assert replayed.status_code == 400
    assert replayed.json()["code"] == "invalid_state"


def test_connections_created_on_a_are_listed_on_b(pair: Pair, redis: Redis) -> None:
    names = ["listed first", "listed second"]
    ids = []
    for name in names:
        grant = _code_and_state_via(initialise(pair.a), pair.a)
        created = create_connection(pair.a, grant["code"], grant["state"], name=name)
        assert created.status_code == 200, created.text
        ids.append(created.json()["id"])

    listed = httpx.get(f"{pair.b}{connector_path()}/connections", params={"first": 50}, headers=AUTH)
    fetched = httpx.get(f"{pair.b}{connector_path()}/connections/{ids[1]}", headers=AUTH)

    assert listed.status_code == 200, listed.text
    listed_ids = [item["id"] for item in listed.json()["items"]]
    assert listed_ids.index(ids[1]) < listed_ids.index(ids[0])  # newest first
    assert fetched.status_code == 200
    assert fetched.json()["name"] == "listed second"
    credential = fetched.json()["credentials"]["action"][0]["credential"]
    assert credential["data"]["accessToken"] == "[redacted]"
    # The token itself sits in the connection's secrets only.
    secrets = json.loads(redis.hget(f"{PREFIX}connection:{ids[1]}", "secrets") or "{}")
    tokens = [data["accessToken"] for data in secrets.values()]
    assert len(tokens) == 1
    assert tokens[0] not in ("", "[redacted]")
    assert tokens[0] not in fetched.text


def test_a_connection_updated_on_a_and_a_config_upserted_on_a_are_read_back_on_b(pair: Pair) -> None:
    grant = _code_and_state_via(initialise(pair.a), pair.a)
    created = create_connection(pair.a, grant["code"], grant["state"], name="before the update")
    assert created.status_code == 200, created.text
    url = f"{connector_path()}/connections/{created.json()['id']}"
    config_id = "01M6FK0000000000000000R3D1"
    config_path = f"{connector_path(SECOND_CONNECTOR_ID)}/auth-scheme-configs/{config_id}"

    updated = httpx.put(f"{pair.a}{url}", json={"id": created.json()["id"], "name": "after the update"}, headers=AUTH)
    upserted = httpx.put(f"{pair.a}{config_path}", json=scheme_config("basic-auth", config_id), headers=AUTH)
    read = httpx.get(f"{pair.b}{url}", headers=AUTH)
    connector = httpx.get(f"{pair.b}{connector_path(SECOND_CONNECTOR_ID)}", headers=AUTH)

    assert updated.status_code == 200, updated.text
    assert upserted.status_code == 200, upserted.text
    assert read.status_code == 200, read.text
    assert read.json()["name"] == "after the update"
    assert read.json()["updatedAt"] == updated.json()["updatedAt"]
    assert connector.status_code == 200, connector.text
    assert [item for item in connector.json()["authSchemeConfigs"] if item["id"] == config_id] == [
        scheme_config("basic-auth", config_id)
    ]


def test_no_key_lives_forever_but_connections_and_the_catalogue(pair: Pair, redis: Redis) -> None:
    grant = _code_and_state_via(initialise(pair.a), pair.b)
    assert create_connection(pair.a, grant["code"], grant["state"], name="ttl check").status_code == 200
    pending = urlsplit(initialise(pair.b)).query  # a state issued and never used
    state = dict(part.split("=", 1) for part in pending.split("&"))["state"]

    keys = list(redis.scan_iter(match=f"{PREFIX}*"))
    without_ttl = [key for key in keys if redis.ttl(key) == -1]

    assert [
        key
        for key in without_ttl
        if not key.startswith((f"{PREFIX}connection", f"{PREFIX}catalogue:", f"{PREFIX}platform:"))
    ] == []
    assert redis.ttl(_key("states", state)) > 0
    assert any(key.startswith(f"{PREFIX}provider-refresh-tokens:") for key in keys)
    assert any(key.startswith(f"{PREFIX}connection:") for key in without_ttl)


def test_with_redis_stopped_calls_answer_503_and_work_again_once_it_is_back(pair: Pair) -> None:
    assert httpx.get(f"{pair.a}/readyz").status_code == 200
    pair.redis.stop()
    try:
        for base_url in (pair.a, pair.b):
            initialised = httpx.post(
                f"{base_url}{connector_path()}/oauth2/initialise", json={}, headers=AUTH, timeout=NO_HANG
            )
            listed = httpx.get(f"{base_url}{connector_path()}/connections", headers=AUTH, timeout=NO_HANG)
            ready = httpx.get(f"{base_url}/readyz", timeout=NO_HANG)
            alive = httpx.get(f"{base_url}/healthz", timeout=NO_HANG)

            for response in (initialised, listed, ready):
                assert response.status_code == 503, response.text
                assert response.json()["code"] == "store_unavailable"
            assert alive.status_code == 200
    finally:
        pair.redis.start()

    for base_url in (pair.a, pair.b):
        assert httpx.get(f"{base_url}/readyz").status_code == 200
    # The restarted Redis is empty: the whole seed comes back with the first call, its connections included, and
    # the loop works.
    in_use = httpx.get(
        f"{pair.b}{connector_path(SECOND_CONNECTOR_ID)}/connections/{IN_USE_CONNECTION_ID}", headers=AUTH
    )
    assert in_use.status_code == 200, in_use.text
    assert in_use.json()["name"] == "Nightly sync (in use)"
    grant = _code_and_state_via(initialise(pair.b), pair.a)
    assert create_connection(pair.a, grant["code"], grant["state"], name="after the outage").status_code == 200


def test_readyz_answers_503_while_the_sqlite_database_is_gone(tmp_path: Path) -> None:
    database = tmp_path / "connections.sqlite3"
    env = {
        "VERSORI_MOCK_STORE_BACKEND": "sqlite",
        "VERSORI_MOCK_STORE_PATH": str(tmp_path / "state.sqlite3"),
        "VERSORI_MOCK_DATABASE": str(database),
    }
    with live_server(env=env) as server:
        before = httpx.get(f"{server.url}/readyz")
        database.unlink()
        after = httpx.get(f"{server.url}/readyz")
        alive = httpx.get(f"{server.url}/healthz")

    assert before.status_code == 200
    assert before.json() == {"status": "ready"}
    assert after.status_code == 503
    assert after.json()["code"] == "store_unavailable"
    assert alive.status_code == 200


# docs/operations.md: "while Redis is down, every call that needs it answers 503 ... within one second".
OUTAGE_BOUND_SECONDS = 1.0


def test_with_redis_hanging_calls_answer_503_within_the_promised_bound(pair: Pair, redis: Redis) -> None:
    # CLIENT PAUSE holds every client's commands for 5 s: a server that waited for Redis would answer 200
    # once the pause ends; one that gives up after its short timeout answers 503 first.
    redis.client_pause(5000, all=True)
    try:
        began = time.monotonic()
        listed = httpx.get(f"{pair.b}{connector_path()}/connections", headers=AUTH, timeout=NO_HANG)
        listed_after = time.monotonic() - began
        ready = httpx.get(f"{pair.b}/readyz", timeout=NO_HANG)
    finally:
        redis.client_unpause()

    for response in (listed, ready):
        assert response.status_code == 503, response.text
        assert response.json()["code"] == "store_unavailable"
    assert listed_after < OUTAGE_BOUND_SECONDS
    assert httpx.get(f"{pair.b}{connector_path()}/connections", headers=AUTH).status_code == 200
