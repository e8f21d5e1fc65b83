"""The Platform API's store on every backend (SQLite, SQLite mirrored in memory, Redis): compare-and-set writes,
the rules that span items, and writes at the same time that never lose each other."""

import asyncio
import json
from collections.abc import AsyncIterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from mock_server.stores.base import DocumentStore, Write
from mock_server.stores.platform import (
    ConnectionRecord,
    EndUserRecord,
    Outcome,
    PlatformStore,
    SystemRecord,
    TemplateRecord,
)
from mock_server.stores.redis.client import RedisClient
from mock_server.stores.redis.documents import RedisDocuments
from mock_server.stores.sqlite.documents import SqliteDocuments

pytestmark = pytest.mark.asyncio

ORG = "01M630NCG4ZDDRK8JJJ5EVRJSK"
OTHER_ORG = "01M6AQVHG4RXZ3EJVTMV2HF4GG"
SYSTEM = "01M8GP3ZM0P2A6P0D1R4N3M887"
TEMPLATE = "01M8GPJMC026XPV7FEXTAXMM89"
USER = "01M8GPP9J07E8YQSRRVWXQ9TFV"


@pytest.fixture(params=["sqlite", "mirrored", "redis"])
def backend(request: pytest.FixtureRequest) -> tuple[str, str]:
    """The backend, and for Redis the URL of the shared redis-server."""
    return request.param, request.getfixturevalue("redis_url") if request.param == "redis" else ""


@pytest_asyncio.fixture
async def documents(backend: tuple[str, str], tmp_path: Path) -> AsyncIterator[DocumentStore]:
    store: DocumentStore
    kind, redis_url = backend
    if kind == "redis":
        client = RedisClient(redis_url, "platform-test:")
        store = RedisDocuments(client)
    else:
        store = SqliteDocuments(str(tmp_path / "platform.sqlite3"), mirrored=kind == "mirrored")
    await store.open()
    yield store
    await store.reset()
    await store.close()


@pytest_asyncio.fixture
async def platform(documents: DocumentStore) -> PlatformStore:
    return PlatformStore(documents)


def system(system_id: str = SYSTEM, organisation_id: str = ORG) -> SystemRecord:
    return SystemRecord(organisation_id, {"id": system_id, "name": "S", "domain": "d", "templateBaseUrl": "https://d"})


def template(template_id: str = TEMPLATE, name: str = "t", dynamic: bool = False) -> TemplateRecord:
    return TemplateRecord(template_id, ORG, "project", "environment", SYSTEM, name, dynamic)


def user(user_id: str = USER, external_id: str = "cust-1") -> EndUserRecord:
    return EndUserRecord({"id": user_id, "externalId": external_id, "displayName": "", "organisationId": ORG})


def connection(connection_id: str, name: str, end_user_id: str | None = None) -> ConnectionRecord:
    document = {"id": connection_id, "name": name, "credentials": [], "updatedAt": "2026-01-01T00:00:00.000Z"}
    return ConnectionRecord(ORG, SYSTEM, TEMPLATE, end_user_id, document, {"c": {"value": "secret"}})


async def test_a_write_applies_only_while_each_expected_document_is_as_read(documents: DocumentStore) -> None:
    assert await documents.write({"a": None}, [Write("a", '"1"', "index")])
    assert not await documents.write({"a": None}, [Write("a", '"2"', "index")])
    assert not await documents.write({"a": '"0"'}, [Write("a", '"2"')])
    assert await documents.write({"a": '"1"'}, [Write("a", '"2"', "index"), Write("b", '"3"', "index")])

    assert await documents.read(["a", "b", "c"]) == ['"2"', '"3"', None]
    assert sorted(await documents.indexed("index")) == ['"2"', '"3"']
    assert await documents.write({"b": '"3"'}, [Write("b", None, "index")])
    assert await documents.indexed("index") == ['"2"']


async def test_two_writes_expecting_the_same_document_apply_once(documents: DocumentStore) -> None:
    done = await asyncio.gather(*(documents.write({"k": None}, [Write("k", json.dumps(n))]) for n in range(8)))
    assert done.count(True) == 1


async def test_a_system_is_deleted_only_while_no_template_links_it(platform: PlatformStore) -> None:
    assert await platform.add_system(system())
    assert not await platform.add_system(system())
    assert await platform.add_template(template()) is Outcome.DONE
    assert await platform.add_template(template("01M8GQ3B00MPRTMP0000000001")) is Outcome.NAME_TAKEN

    assert await platform.delete_system(ORG, SYSTEM) is Outcome.IN_USE
    assert await platform.delete_system(OTHER_ORG, SYSTEM) is Outcome.GONE
    assert await platform.delete_template(ORG, TEMPLATE)
    assert await platform.delete_system(ORG, SYSTEM) is Outcome.DONE
    assert await platform.add_template(template()) is Outcome.GONE


async def test_a_connection_needs_its_template_and_end_user_and_goes_with_the_end_user(platform: PlatformStore) -> None:
    await platform.add_system(system())
    await platform.add_template(template(dynamic=True))
    assert await platform.add_connection(connection("01M8GPR450DZAGNNKYEART997S", "a", USER)) is Outcome.GONE
    assert await platform.add_end_user(user())
    assert not await platform.add_end_user(user("01M8GPP9J07E8YQSRRVWXQ9TFW"))  # the externalId is taken

    assert await platform.add_connection(connection("01M8GPR450DZAGNNKYEART997S", "a", USER)) is Outcome.DONE
    assert await platform.add_connection(connection("01M8GPR450DZAGNNKYEART997T", "a", USER)) is Outcome.NAME_TAKEN
    assert await platform.delete_connection(ORG, "01M8GPR450DZAGNNKYEART997S") is Outcome.IN_USE
    held = await platform.end_user(ORG, "cust-1")
    assert held is not None
    assert held.connections == ["01M8GPR450DZAGNNKYEART997S"]

    assert await platform.delete_end_user(ORG, "cust-1")
    assert await platform.connection(ORG, "01M8GPR450DZAGNNKYEART997S") is None
    assert await platform.connection_name_taken(SYSTEM, "a") is False
    stored = await platform.template(ORG, TEMPLATE)
    assert stored is not None
    assert stored.connections == []


async def test_a_static_connection_is_deleted_and_a_rename_moves_its_name(platform: PlatformStore) -> None:
    await platform.add_system(system())
    await platform.add_template(template())
    await platform.add_connection(connection("01M8GPXKY012W7273HHAETNY8S", "a"))
    await platform.add_connection(connection("01M8GPXKY012W7273HHAETNY8T", "b"))

    async def renamed(name: str) -> object:
        async def change(record: ConnectionRecord) -> ConnectionRecord:
            return replace(record, document={**record.document, "name": name})

        return await platform.replace_connection(ORG, "01M8GPXKY012W7273HHAETNY8S", change)

    assert await renamed("b") is Outcome.NAME_TAKEN
    moved = await renamed("c")
    assert isinstance(moved, ConnectionRecord)
    assert moved.secrets == {"c": {"value": "secret"}}
    assert (await platform.connection_name_taken(SYSTEM, "a"), await platform.connection_name_taken(SYSTEM, "c")) == (
        False,
        True,
    )
    assert await platform.delete_connection(ORG, "01M8GPXKY012W7273HHAETNY8S") is Outcome.DONE
    assert [item.id for item in await platform.connections(ORG)] == ["01M8GPXKY012W7273HHAETNY8T"]


async def test_changes_of_one_system_at_the_same_time_are_all_kept(platform: PlatformStore) -> None:
    """Sixteen writers add a config each to one system: the compare-and-set retries until each is in."""
    await platform.add_system(system())

    async def add(index: int) -> None:
        entry = {"id": f"c{index}", "type": "none", "config": {"type": "none", "none": {"id": f"c{index}"}}}
        await platform.change_system(ORG, SYSTEM, lambda stored: replace(stored, configs=[*stored.configs, entry]))

    await asyncio.gather(*(add(index) for index in range(16)))

    stored = await platform.system(ORG, SYSTEM)
    assert stored is not None
    assert sorted(entry["id"] for entry in stored.configs) == sorted(f"c{index}" for index in range(16))


async def test_writers_of_one_process_take_turns_and_never_overtake_each_other(documents: DocumentStore) -> None:
    """Four writers each change one system forty times, one change after the other: each change is written at its
    first attempt (one compare-and-set per change), however the writers interleave."""
    writes: list[bool] = []
    write = documents.write

    async def counted(expected: dict[str, str | None], changes: Sequence[Write]) -> bool:
        writes.append(await write(expected, changes))
        return writes[-1]

    setattr(documents, "write", counted)  # noqa: B010 (mypy refuses assigning a method)
    platform = PlatformStore(documents)
    await platform.add_system(system())

    async def writer(number: int) -> None:
        for index in range(40):
            entry: dict[str, Any] = {"id": f"c{number}-{index}", "type": "none", "config": {}}

            def added(stored: SystemRecord, entry: dict[str, Any] = entry) -> SystemRecord:
                return replace(stored, configs=[*stored.configs, entry])

            await platform.change_system(ORG, SYSTEM, added)
            await asyncio.sleep(0)

    await asyncio.gather(*(writer(number) for number in range(4)))

    assert writes == [True] * 161
    stored = await platform.system(ORG, SYSTEM)
    assert stored is not None
    assert len(stored.configs) == 160


async def test_connections_made_at_the_same_time_on_one_template_are_all_listed(platform: PlatformStore) -> None:
    await platform.add_system(system())
    await platform.add_template(template())
    ids = [f"01M8GPXKY012W7273HHAETNY{index:02d}" for index in range(12)]

    outcomes = await asyncio.gather(*(platform.add_connection(connection(id_, id_)) for id_ in ids))

    assert set(outcomes) == {Outcome.DONE}
    stored = await platform.template(ORG, TEMPLATE)
    assert stored is not None
    assert sorted(stored.connections) == ids
    assert sorted(item.id for item in await platform.connections(ORG)) == ids


async def test_a_mirrored_store_reads_what_another_open_of_the_file_wrote(tmp_path: Path) -> None:
    path = str(tmp_path / "mirrored.sqlite3")
    first = PlatformStore(SqliteDocuments(path, mirrored=True))
    await first.open()
    await first.add_system(system())
    await first.close()

    again = PlatformStore(SqliteDocuments(path, mirrored=True))
    await again.open()
    assert await again.system(ORG, SYSTEM) == system()
    await again.close()
