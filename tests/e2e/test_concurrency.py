"""Nothing acknowledged is lost under concurrency, on every backend: one instance on the memory store, two worker
processes on SQLite files, one instance on Redis, and two instances on one Redis (each client talks to one of
them). Many clients write at once, over real sockets, to distinct items and to the same ones; afterwards every
write answered 2xx is there, writes to one item follow the documented rule (the later wins; a config's scheme
type and a connection's name are taken by one writer, the others get 400 and 409), and names stay unique."""

import asyncio
import itertools
from collections.abc import AsyncIterator, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
import pytest_asyncio

from tests.support.oauth_loop import AUTH, SECOND_CONNECTOR_ID, connector_path
from tests.support.redis_server import redis_server
from tests.support.schemes import scheme_config
from tests.support.server import live_server

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


async def test_configs_of_distinct_ids_upserted_at_once_are_all_kept(clients: list[httpx.AsyncClient]) -> None:
    def config(writer: int, n: int) -> dict[str, Any]:
        return scheme_config("none", f"01M7C{writer:02}{n:02}" + "0" * 17, description=f"{writer}/{n}")

    answers = await _writers(
        *(
            [
                clients[writer].put(f"{PATH}/auth-scheme-configs/{config(writer, n)['id']}", json=config(writer, n))
                for n in range(EACH)
            ]
            for writer in range(WRITERS)
        )
    )

    assert {answer.status_code for answer in answers} == {200}
    held = {item["id"]: item for item in (await clients[0].get(PATH)).json()["authSchemeConfigs"]}
    written = [config(writer, n) for writer in range(WRITERS) for n in range(EACH)]
    assert [held.get(item["id"]) for item in written] == written


async def test_of_upserts_to_one_config_the_later_wins_and_its_type_is_the_first_writers(
    clients: list[httpx.AsyncClient],
) -> None:
    config_id = "01M7CSAME000000000000000A0"
    kinds = ["none", "basic-auth"]
    bodies = [scheme_config(kinds[n % 2], config_id, description=f"write {n}") for n in range(2 * EACH)]

    answers = await _writers(
        *(
            [
                clients[writer].put(f"{PATH}/auth-scheme-configs/{config_id}", json=body)
                for body in bodies[writer::WRITERS]
            ]
            for writer in range(WRITERS)
        )
    )
    bodies = [body for writer in range(WRITERS) for body in bodies[writer::WRITERS]]  # the answers' order

    taken = {body["schemeType"] for body, answer in zip(bodies, answers, strict=True) if answer.status_code == 200}
    refused = [answer for answer in answers if answer.status_code != 200]
    assert len(taken) == 1
    assert {(answer.status_code, answer.json()["code"]) for answer in refused} == {(400, "scheme_type_change")}
    assert len(refused) == EACH
    [held] = [item for item in (await clients[1].get(PATH)).json()["authSchemeConfigs"] if item["id"] == config_id]
    acknowledged = [body for body, answer in zip(bodies, answers, strict=True) if answer.status_code == 200]
    assert held in acknowledged


def _connection(name: str) -> dict[str, Any]:
    config = scheme_config("none", "01M7CNNNE00000000000000000")
    credential = {"name": f"{name} credential", "type": "none", "data": {}}
    return {
        "name": name,
        "credentials": {"action": [{"authSchemeConfig": config, "credential": credential}], "trigger": []},
        "variables": [],
    }


async def _names(client: httpx.AsyncClient) -> list[str]:
    names: list[str] = []
    after: str | None = None
    while True:
        page = await client.get(f"{PATH}/connections", params={"first": 100, **({"after": after} if after else {})})
        body = page.json()
        names += [item["name"] for item in body["items"]]
        after = body.get("next")
        if after is None:
            return names


async def test_connections_created_at_once_are_all_kept_and_one_name_goes_to_one_of_them(
    clients: list[httpx.AsyncClient],
) -> None:
    distinct = [f"distinct {writer}-{n}" for writer in range(WRITERS) for n in range(EACH // 2)]

    created = await _writers(
        *(
            [clients[writer].post(f"{PATH}/connections", json=_connection(name)) for name in distinct[writer::WRITERS]]
            for writer in range(WRITERS)
        )
    )
    same = await _all(
        *(clients[n % WRITERS].post(f"{PATH}/connections", json=_connection("wanted")) for n in range(20))
    )

    assert {answer.status_code for answer in created} == {200}
    assert sorted(answer.status_code for answer in same) == [200] + [409] * 19
    names = await _names(clients[2])
    assert set(distinct) <= set(names)
    assert names.count("wanted") == 1
    assert len(names) == len(set(names))


async def test_renames_at_once_all_take_and_one_target_name_goes_to_one_of_them(
    clients: list[httpx.AsyncClient],
) -> None:
    made = [
        (await clients[0].post(f"{PATH}/connections", json=_connection(f"to rename {n}"))).json() for n in range(40)
    ]

    def renamed(connection: dict[str, Any], name: str) -> dict[str, Any]:
        return {"id": connection["id"], "name": name}

    distinct = await _writers(
        *(
            [
                clients[writer].put(f"{PATH}/connections/{item['id']}", json=renamed(item, f"renamed {n}"))
                for n, item in enumerate(made[:20])
                if n % WRITERS == writer
            ]
            for writer in range(WRITERS)
        )
    )
    same = await _all(
        *(
            clients[n % WRITERS].put(f"{PATH}/connections/{item['id']}", json=renamed(item, "one target"))
            for n, item in enumerate(made[20:])
        )
    )

    assert {answer.status_code for answer in distinct} == {200}
    assert sorted(answer.status_code for answer in same) == [200] + [409] * 19
    names = await _names(clients[3])
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
