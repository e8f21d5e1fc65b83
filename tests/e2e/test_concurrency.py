"""Nothing acknowledged is lost under concurrency, on every backend: one instance on the memory store, two worker
processes on SQLite files, one instance on Redis, and two instances on one Redis (each client talks to one of
them). Many clients write at once, over real sockets, to distinct items and to the same ones; afterwards every
write answered 2xx is there, writes to one item follow the documented rule (the later wins; a config's scheme
type and a connection's name are taken by one writer, the others get 400 and 409), and names stay unique."""

import asyncio
import itertools
import secrets
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest
import pytest_asyncio

from tests.support.oauth_loop import AUTH, SECOND_CONNECTOR_ID, connection_body, connector_path, initialise
from tests.support.platform_server import (
    BASE,
    ENVIRONMENT_ID,
    PROJECT_ID,
    SHOPIFY_SYSTEM_ID,
    code_connection,
    key_connection,
    oauth1_connection,
    oauth1_initialise,
    platform_initialise,
    signed_initiate,
)
from tests.support.redis_server import redis_server
from tests.support.schemes import scheme_config
from tests.support.server import live_server, wait_until_serving

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="module")]

WRITERS = 4
EACH = 40
PATH = connector_path(SECOND_CONNECTOR_ID)


@dataclass(frozen=True)
class Backend:
    name: str
    urls: tuple[str, ...]


@pytest.fixture(scope="module", params=["memory", "sqlite-two-workers", "redis", "two-instances-one-redis"])
def backend(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Backend]:
    folder = tmp_path_factory.mktemp(str(request.param))
    database = {"VERSORI_MOCK_DATABASE": str(folder / "connections.sqlite3")}
    with ExitStack() as stack:
        if request.param == "memory":
            urls: tuple[str, ...] = (stack.enter_context(live_server(env=database)).url,)
        elif request.param == "sqlite-two-workers":
            env = {**database, "VERSORI_MOCK_STORE_BACKEND": "sqlite", "VERSORI_MOCK_STORE_PATH": str(folder / "s")}
            urls = (stack.enter_context(live_server("--workers", "2", env=env)).url,)
            wait_until_serving(urls[0])
        else:
            redis = stack.enter_context(redis_server(folder))
            env = {**database, "VERSORI_MOCK_STORE_BACKEND": "redis", "VERSORI_MOCK_REDIS_URL": redis.url}
            instances = 1 if request.param == "redis" else 2
            urls = tuple(stack.enter_context(live_server(env=env)).url for _ in range(instances))
        yield Backend(str(request.param), urls)


@pytest_asyncio.fixture(loop_scope="module")
async def clients(backend: Backend) -> AsyncIterator[list[httpx.AsyncClient]]:
    """One client per writer, each on an instance of its own in turn, each with connections of its own."""
    made = [
        httpx.AsyncClient(base_url=url, headers=AUTH, timeout=30)
        for url in itertools.islice(itertools.cycle(backend.urls), WRITERS)
    ]
    yield made
    for client in made:
        await client.aclose()


async def _all(*calls: Any) -> list[httpx.Response]:
    """Every call at once."""
    return list(await asyncio.gather(*calls))


async def _writers(*writers: list[Any]) -> list[httpx.Response]:
    """The writers at once, each sending its calls one after another (as a client with one connection does)."""

    async def one_by_one(calls: list[Any]) -> list[httpx.Response]:
        return [await call for call in calls]

    return [answer for answers in await asyncio.gather(*map(one_by_one, writers)) for answer in answers]


@dataclass(frozen=True)
class Api:
    """Where the shared tests write on one API, the bodies they send and the status each write answers."""

    name: str
    owner: str  # the connector or system whose configs and connections the tests write
    connections: str  # where connections are created and listed
    listed: dict[str, str]  # the list's filter
    config: Callable[[str, str, str], dict[str, Any]]  # a config of (scheme type, id, description)
    config_id: Callable[[dict[str, Any]], str]
    connection: Callable[[str], dict[str, Any]]
    renamed: Callable[[dict[str, Any], str], dict[str, Any]]
    upserted: int
    created: int


def _platform_config(kind: str, config_id: str, description: str) -> dict[str, Any]:
    key = "basicAuth" if kind == "basic-auth" else kind
    return {"type": kind, key: {"id": config_id, "description": description}}


CONNECT = Api(
    "connect",
    PATH,
    f"{PATH}/connections",
    {},
    lambda kind, config_id, description: scheme_config(kind, config_id, description=description),
    lambda item: str(item["id"]),
    lambda name: _connection(name),
    lambda made, name: {"id": made["id"], "name": name},
    200,
    200,
)


def _platform(system_id: str) -> Api:
    return Api(
        "platform",
        f"{BASE}/systems/{system_id}",
        f"{BASE}/connections",
        {"system_id": SHOPIFY_SYSTEM_ID},
        _platform_config,
        lambda item: str(next(value["id"] for value in item.values() if isinstance(value, dict))),
        key_connection,
        lambda made, name: {"name": name, "credentials": made["credentials"], "baseUrl": ""},
        201,
        201,
    )


def _system(name: str) -> dict[str, Any]:
    return {"name": name, "domain": "d.example", "templateBaseUrl": "https://d.example", "authSchemeConfigs": []}


async def _new_system(client: httpx.AsyncClient, name: str) -> str:
    made = await client.post(f"{BASE}/systems", json=_system(name))
    assert made.status_code == 201, made.text
    return str(made.json()["id"])


@pytest_asyncio.fixture(loop_scope="module", params=["connect", "platform"])
async def api(request: pytest.FixtureRequest, clients: list[httpx.AsyncClient]) -> Api:
    """Connect v1's second connector, or a new Platform system of its own (connections on the seed's Shopify
    template)."""
    if request.param == "connect":
        return CONNECT
    return _platform(await _new_system(clients[0], f"configs {request.node.name}"))


async def _configs(client: httpx.AsyncClient, api: Api) -> dict[str, dict[str, Any]]:
    return {api.config_id(item): item for item in (await client.get(api.owner)).json()["authSchemeConfigs"]}


async def test_configs_of_distinct_ids_upserted_at_once_are_all_kept(
    clients: list[httpx.AsyncClient], api: Api
) -> None:
    def config(writer: int, n: int) -> dict[str, Any]:
        return api.config("none", f"01M7C{writer:02}{n:02}" + "0" * 17, f"{writer}/{n}")

    def config_id(writer: int, n: int) -> str:
        return api.config_id(config(writer, n))

    answers = await _writers(
        *(
            [
                clients[writer].put(f"{api.owner}/auth-scheme-configs/{config_id(writer, n)}", json=config(writer, n))
                for n in range(EACH)
            ]
            for writer in range(WRITERS)
        )
    )

    assert {answer.status_code for answer in answers} == {api.upserted}, [
        a.text for a in answers if a.status_code != api.upserted
    ][:2]
    held = await _configs(clients[0], api)
    written = [config(writer, n) for writer in range(WRITERS) for n in range(EACH)]
    assert [held.get(api.config_id(item)) for item in written] == written


async def test_of_upserts_to_one_config_the_later_wins_and_its_type_is_the_first_writers(
    clients: list[httpx.AsyncClient], api: Api
) -> None:
    config_id = "01M7CSAME000000000000000A0"
    kinds = ["none", "basic-auth"]
    bodies = [api.config(kinds[n % 2], config_id, f"write {n}") for n in range(2 * EACH)]

    answers = await _writers(
        *(
            [
                clients[writer].put(f"{api.owner}/auth-scheme-configs/{config_id}", json=body)
                for body in bodies[writer::WRITERS]
            ]
            for writer in range(WRITERS)
        )
    )
    bodies = [body for writer in range(WRITERS) for body in bodies[writer::WRITERS]]  # the answers' order

    acknowledged = [body for body, answer in zip(bodies, answers, strict=True) if answer.status_code == api.upserted]
    refused = [answer for answer in answers if answer.status_code != api.upserted]
    assert len({body.get("schemeType") or body["type"] for body in acknowledged}) == 1  # the first writer's type
    assert {(answer.status_code, answer.json()["code"]) for answer in refused} == {(400, "scheme_type_change")}
    assert len(refused) == EACH
    assert (await _configs(clients[1], api))[config_id] in acknowledged


def _connection(name: str) -> dict[str, Any]:
    config = scheme_config("none", "01M7CNNNE00000000000000000")
    credential = {"name": f"{name} credential", "type": "none", "data": {}}
    return {
        "name": name,
        "credentials": {"action": [{"authSchemeConfig": config, "credential": credential}], "trigger": []},
        "variables": [],
    }


async def _listed(client: httpx.AsyncClient, path: str, field: str, items: str = "items", **params: str) -> list[str]:
    """``field`` of every item of the list at ``path``, following its pages."""
    found: list[str] = []
    after: str | None = None
    while True:
        page = await client.get(path, params={**params, **({"after": after} if after else {})})
        assert page.status_code == 200, page.text
        body = page.json()
        found += [item[field] for item in body[items]]
        after = body.get("next")
        if after is None:
            return found


async def _names(client: httpx.AsyncClient, api: Api) -> list[str]:
    return await _listed(client, api.connections, "name", first="100", **api.listed)


async def test_connections_created_at_once_are_all_kept_and_one_name_goes_to_one_of_them(
    clients: list[httpx.AsyncClient], api: Api
) -> None:
    distinct = [f"distinct {writer}-{n}" for writer in range(WRITERS) for n in range(EACH // 2)]

    created = await _writers(
        *(
            [clients[writer].post(api.connections, json=api.connection(name)) for name in distinct[writer::WRITERS]]
            for writer in range(WRITERS)
        )
    )
    same = await _all(*(clients[n % WRITERS].post(api.connections, json=api.connection("wanted")) for n in range(20)))

    assert {answer.status_code for answer in created} == {api.created}
    assert sorted(answer.status_code for answer in same) == [api.created] + [409] * 19
    names = await _names(clients[2], api)
    assert set(distinct) <= set(names)
    assert names.count("wanted") == 1
    assert len(names) == len(set(names))


async def test_renames_at_once_all_take_and_one_target_name_goes_to_one_of_them(
    clients: list[httpx.AsyncClient], api: Api
) -> None:
    made = [(await clients[0].post(api.connections, json=api.connection(f"to rename {n}"))).json() for n in range(40)]

    def path(item: dict[str, Any]) -> str:
        return f"{api.connections}/{item['id']}"

    distinct = await _writers(
        *(
            [
                clients[writer].put(path(item), json=api.renamed(item, f"renamed {n}"))
                for n, item in enumerate(made[:20])
                if n % WRITERS == writer
            ]
            for writer in range(WRITERS)
        )
    )
    same = await _all(
        *(
            clients[n % WRITERS].put(path(item), json=api.renamed(item, "one target"))
            for n, item in enumerate(made[20:])
        )
    )

    assert {answer.status_code for answer in distinct} == {200}
    assert sorted(answer.status_code for answer in same) == [200] + [409] * 19
    names = await _names(clients[3], api)
    assert {f"renamed {n}" for n in range(20)} <= set(names)
    assert names.count("one target") == 1
    assert not {f"to rename {n}" for n in range(20)} & set(names)
    assert len(names) == len(set(names))


async def test_concurrent_updates_of_different_parts_of_one_connection_keep_each_other(
    clients: list[httpx.AsyncClient],
) -> None:
    # One writer replaces the variables, the other the action credentials' config; what each leaves out is kept,
    # from the connection as it is when the write lands, never from an older read.
    lost = 0
    for round_number in range(15):
        made = (await clients[0].post(f"{PATH}/connections", json=_connection(f"shared {round_number}"))).json()
        [pairing] = made["credentials"]["action"]
        variables = [{"name": "region", "value": f"round {round_number}"}]
        config = {**pairing["authSchemeConfig"], "description": f"changed {round_number}"}
        body = {"id": made["id"], "name": made["name"]}
        answers = await _all(
            clients[1].put(f"{PATH}/connections/{made['id']}", json={**body, "variables": variables}),
            clients[2].put(
                f"{PATH}/connections/{made['id']}",
                json={**body, "credentials": {"action": [{"id": pairing["id"], "authSchemeConfig": config}]}},
            ),
        )
        assert [answer.status_code for answer in answers] == [200, 200]
        held = (await clients[3].get(f"{PATH}/connections/{made['id']}")).json()
        kept = (held["variables"], held["credentials"]["action"][0]["authSchemeConfig"]["description"])
        lost += kept != (variables, config["description"])

    assert lost == 0


# --- the Platform API's own items -------------------------------------------------------------------------------

TEMPLATES = f"{BASE}/projects/{PROJECT_ID}/connection-templates"


@dataclass(frozen=True)
class Kind:
    """A Platform item: where it is created (and, by id below it, deleted), a body of its own from a word and the
    system it links, its id in a create answer, the ids its list holds, the status a create answers."""

    collection: str
    body: Callable[[str, str], dict[str, Any]]
    id_field: str
    listed: Callable[[httpx.AsyncClient], Awaitable[list[str]]]
    created: int


KINDS = {
    "systems": Kind(
        f"{BASE}/systems",
        lambda word, _: _system(word),
        "id",
        lambda client: _listed(client, f"{BASE}/systems", "id", first="100"),
        201,
    ),
    "templates": Kind(
        TEMPLATES,
        lambda word, system_id: {"systemId": system_id, "name": f"t_{word}", "environmentId": ENVIRONMENT_ID},
        "connectionTemplateId",
        lambda client: _listed(client, TEMPLATES, "connectionTemplateId", env_id=ENVIRONMENT_ID),
        200,
    ),
    "end-users": Kind(
        f"{BASE}/users",
        lambda word, _: {"externalId": f"cust-{word}"},
        "id",
        lambda client: _listed(client, f"{BASE}/users", "id", items="users"),
        201,
    ),
    "connections": Kind(
        f"{BASE}/connections",
        lambda word, _: key_connection(word),
        "id",
        lambda client: _listed(client, f"{BASE}/connections", "id", first="100"),
        201,
    ),
}


@pytest.mark.parametrize("kind", KINDS.values(), ids=KINDS.keys())
async def test_platform_items_created_then_half_deleted_at_once_are_there_or_gone_as_answered(
    clients: list[httpx.AsyncClient], kind: Kind
) -> None:
    # Templates all link one new system, connections are all made on one template: each create and delete also
    # writes the item that lists it.
    system_id = await _new_system(clients[0], f"linked {len(kind.collection)}")
    words = [f"w{writer}n{n}" for writer in range(WRITERS) for n in range(EACH // 4)]

    created = await _writers(
        *(
            [clients[writer].post(kind.collection, json=kind.body(word, system_id)) for word in words[writer::WRITERS]]
            for writer in range(WRITERS)
        )
    )
    assert [answer.status_code for answer in created] == [kind.created] * len(words), created[0].text
    ids = [str(answer.json()[kind.id_field]) for answer in created]
    deleted = await _all(*(clients[n % WRITERS].delete(f"{kind.collection}/{id_}") for n, id_ in enumerate(ids[::2])))

    assert [answer.status_code for answer in deleted] == [204] * len(ids[::2])
    held = set(await kind.listed(clients[1]))
    assert set(ids[1::2]) <= held
    assert not set(ids[::2]) & held


@pytest.mark.parametrize("kind", [KINDS["templates"], KINDS["end-users"]], ids=["template-name", "external-id"])
async def test_one_template_name_or_external_id_goes_to_one_of_the_creators(
    clients: list[httpx.AsyncClient], kind: Kind
) -> None:
    system_id = await _new_system(clients[0], "named once")

    same = await _all(
        *(clients[n % WRITERS].post(kind.collection, json=kind.body("once", system_id)) for n in range(12))
    )

    assert sorted(answer.status_code for answer in same) == [kind.created] + [409] * 11
    [made] = [answer.json()[kind.id_field] for answer in same if answer.status_code == kind.created]
    assert made in await kind.listed(clients[2])


async def test_a_system_deleted_while_a_template_links_it_is_either_kept_409_or_the_link_refused_404(
    clients: list[httpx.AsyncClient],
) -> None:
    outcomes: list[tuple[int, int, int]] = []
    for round_number in range(10):
        system_id = await _new_system(clients[0], f"contested {round_number}")
        link = KINDS["templates"].body(f"contested_{round_number}", system_id)
        linked, deleted = await _all(
            clients[1].post(TEMPLATES, json=link), clients[2].delete(f"{BASE}/systems/{system_id}")
        )
        system = await clients[3].get(f"{BASE}/systems/{system_id}")
        outcomes.append((linked.status_code, deleted.status_code, system.status_code))

    assert set(outcomes) <= {(200, 409, 200), (404, 204, 404)}


@pytest.mark.parametrize("api_name", ["connect", "platform", "oauth1"])
async def test_a_state_sent_by_many_creates_at_once_makes_one_connection(
    backend: Backend, clients: list[httpx.AsyncClient], api_name: str
) -> None:
    # oauth1: one approved OAuth 1.0a sign-in (its state, temporary token and verifier) sent by every create.
    url = backend.urls[0]
    starts: dict[str, Callable[[str], str]] = {
        "platform": platform_initialise,
        "oauth1": oauth1_initialise,
        "connect": initialise,
    }
    authorize_url = starts[api_name](url)
    approved = await clients[0].post(f"{url}/__admin/approve", json={"authorize_url": authorize_url})
    assert approved.status_code == 200, approved.text
    redirect = dict(parse_qsl(urlsplit(approved.json()["redirect_url"]).query))

    path, status = f"{BASE}/connections", 201
    if api_name == "oauth1":
        bodies = [oauth1_connection(url, redirect, f"spent {n}") for n in range(8)]
    elif api_name == "platform":
        bodies = [code_connection(url, redirect["code"], redirect["state"], f"spent {n}") for n in range(8)]
    else:
        path, status = f"{connector_path()}/connections", 200
        bodies = [connection_body(redirect["code"], redirect["state"], f"spent {n}") for n in range(8)]
    answers = await _all(*(clients[n % WRITERS].post(path, json=body) for n, body in enumerate(bodies)))

    outcomes = sorted((answer.status_code, answer.json().get("code")) for answer in answers)
    assert outcomes == [(status, None)] + [(400, "invalid_state")] * 7


async def test_a_provider_nonce_sent_by_many_requests_at_once_is_taken_by_one(
    backend: Backend, clients: list[httpx.AsyncClient]
) -> None:
    # The built-in OAuth 1.0a provider's temporary-credential endpoint, each request signed by oauthlib for the
    # instance it goes to, all with one nonce and timestamp of the seed's consumer (RFC 5849 section 3.3).
    nonce, timestamp = secrets.token_hex(12), str(int(time.time()))

    def initiate(client: httpx.AsyncClient, nonce: str) -> Awaitable[httpx.Response]:
        uri, headers = signed_initiate(str(client.base_url).rstrip("/"), nonce=nonce, timestamp=timestamp)
        return client.post(uri, headers=headers)

    # Each client's request is good with a nonce of its own. On two instances of one Redis only the instance whose
    # public URL the shared catalogue's seed consumer was written with takes that consumer.
    fresh = await _all(*(initiate(client, f"{nonce}-{n}") for n, client in enumerate(clients)))
    taking = [client for client, answer in zip(clients, fresh, strict=True) if answer.status_code == 200]
    raced = await _all(*(initiate(taking[n % len(taking)], nonce) for n in range(8)))

    assert len(taking) == (2 if backend.name == "two-instances-one-redis" else WRITERS)
    assert sorted(answer.status_code for answer in raced) == [200] + [401] * 7
    assert {answer.headers.get("www-authenticate") for answer in raced if answer.status_code == 401} == {
        'OAuth realm="mock-provider"'
    }
