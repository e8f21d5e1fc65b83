"""The SQLite stores of connections and of connectors' auth scheme configs: replace (only what was read), delete,
order, the first use of a connector's configs storing the seed's, each change atomic, files of the earlier
one-row layout carried over, and what survives a reopen of the file."""

import asyncio
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from mock_server.seed.model import OAuthClientCredential
from mock_server.stores.base import NameTakenError, Replaced, StoredConfig
from mock_server.stores.sqlite.connections import SqliteConnectionStore
from mock_server.stores.sqlite.connector_configs import SqliteConnectorConfigs

pytestmark = pytest.mark.asyncio


def connection(id_: str, name: str, updated_at: str) -> dict[str, Any]:
    return {
        "id": id_,
        "name": name,
        "credentials": {},
        "variables": [],
        "createdAt": updated_at,
        "updatedAt": updated_at,
    }


async def test_documents_come_newest_first_and_replace_and_delete_change_them() -> None:
    store = SqliteConnectionStore(":memory:")
    await store.add("o", "c", connection("A", "first", "2026-01-01T00:00:00.000Z"), {})
    await store.add("o", "c", connection("B", "second", "2026-01-02T00:00:00.000Z"), {})
    await store.add("o", "other", connection("C", "elsewhere", "2026-01-03T00:00:00.000Z"), {})

    before = [item["id"] for item in await store.documents("o", "c")]
    read = connection("A", "first", "2026-01-01T00:00:00.000Z")
    replaced = await store.replace("o", "c", connection("A", "renamed", "2026-01-05T00:00:00.000Z"), read)
    after_replace = [(item["id"], item["name"]) for item in await store.documents("o", "c")]
    deleted, deleted_again = await store.delete("o", "c", "B"), await store.delete("o", "c", "B")

    assert before == ["B", "A"]
    assert replaced is Replaced.DONE
    assert after_replace == [("A", "renamed"), ("B", "second")]
    assert (deleted, deleted_again) == (True, False)
    assert [item["id"] for item in await store.documents("o", "c")] == ["A"]
    await store.close()


async def test_replace_refuses_a_name_taken_and_finds_no_unknown_connection() -> None:
    store = SqliteConnectionStore(":memory:")
    await store.add("o", "c", connection("A", "first", "2026-01-01T00:00:00.000Z"), {})
    await store.add("o", "c", connection("B", "second", "2026-01-01T00:00:00.000Z"), {})

    read = connection("B", "second", "2026-01-01T00:00:00.000Z")
    with pytest.raises(NameTakenError):
        await store.replace("o", "c", connection("B", "first", "2026-01-02T00:00:00.000Z"), read)
    unknown = await store.replace("o", "c", connection("Z", "third", "2026-01-02T00:00:00.000Z"), read)

    assert unknown is Replaced.GONE
    assert (await store.get("o", "c", "B") or {})["name"] == "second"
    await store.close()


async def test_replace_changes_nothing_when_another_write_came_in_between() -> None:
    store = SqliteConnectionStore(":memory:")
    read = connection("A", "first", "2026-01-01T00:00:00.000Z")
    await store.add("o", "c", read, {})
    meanwhile = {**read, "variables": [{"name": "v"}], "updatedAt": "2026-01-02T00:00:00.000Z"}
    assert await store.replace("o", "c", meanwhile, read) is Replaced.DONE

    late = await store.replace("o", "c", connection("A", "late", "2026-01-03T00:00:00.000Z"), read)

    assert late is Replaced.CHANGED
    assert await store.get("o", "c", "A") == meanwhile
    assert await store.name_taken("c", "late") is False
    await store.close()


SEEDED = StoredConfig("S", "none", {"id": "S", "schemeType": "none", "description": "seeded"})


def config(id_: str, scheme_type: str = "none", description: str = "") -> StoredConfig:
    return StoredConfig(id_, scheme_type, {"id": id_, "schemeType": scheme_type, "description": description})


async def test_a_connectors_configs_start_as_the_seeds_and_changes_outlive_a_reopen(tmp_path: Path) -> None:
    path = str(tmp_path / "db.sqlite3")
    seeded = [SEEDED]
    configs = SqliteConnectorConfigs(path)

    first = await configs.configs("c", seeded, "2026-01-01T00:00:00.000Z")
    assert await configs.delete("c", seeded, "S", "2026-01-02T00:00:00.000Z") is True
    client = OAuthClientCredential("K", "o", "client", "id", "secret", "https://as.example/token")
    await configs.add_credential(client)
    await configs.close()
    reopened = SqliteConnectorConfigs(path)
    later = await reopened.configs("c", seeded, "2026-01-03T00:00:00.000Z")

    assert (first.configs, first.created_at, first.updated_at) == (
        [SEEDED.document],
        "2026-01-01T00:00:00.000Z",
        "2026-01-01T00:00:00.000Z",
    )
    assert (later.configs, later.created_at, later.updated_at) == (
        [],
        "2026-01-01T00:00:00.000Z",
        "2026-01-02T00:00:00.000Z",
    )
    assert await reopened.credential("K") == client
    await reopened.reset()
    assert (await reopened.configs("c", seeded, "2026-01-04T00:00:00.000Z")).configs == [SEEDED.document]
    assert await reopened.credential("K") is None
    await reopened.close()


async def test_an_upsert_adds_at_the_end_replaces_in_place_and_never_changes_a_type() -> None:
    configs = SqliteConnectorConfigs(":memory:")
    for id_ in ("A", "B"):
        assert await configs.upsert("c", [SEEDED], config(id_), "2026-01-02T00:00:00.000Z") is None

    assert await configs.upsert("c", [SEEDED], config("A", description="again"), "2026-01-03T00:00:00.000Z") is None
    assert await configs.upsert("c", [SEEDED], config("B", "api-key"), "2026-01-04T00:00:00.000Z") == "none"
    assert await configs.delete("c", [SEEDED], "S", "2026-01-05T00:00:00.000Z") is True
    assert await configs.delete("c", [SEEDED], "S", "2026-01-06T00:00:00.000Z") is False
    assert await configs.upsert("c", [SEEDED], config("S"), "2026-01-07T00:00:00.000Z") is None

    read = await configs.configs("c", [SEEDED], "2026-01-08T00:00:00.000Z")
    assert [(item["id"], item["description"]) for item in read.configs] == [("A", "again"), ("B", ""), ("S", "")]
    assert (read.created_at, read.updated_at) == ("2026-01-02T00:00:00.000Z", "2026-01-07T00:00:00.000Z")
    await configs.close()


async def test_concurrent_upserts_from_two_processes_files_lose_none(tmp_path: Path) -> None:
    path = str(tmp_path / "db.sqlite3")
    stores = [SqliteConnectorConfigs(path) for _ in range(4)]

    await asyncio.gather(
        *(stores[n % 4].upsert("c", [SEEDED], config(f"K{n:03}"), "2026-01-02T00:00:00.000Z") for n in range(120))
    )

    read = await stores[0].configs("c", [SEEDED], "2026-01-03T00:00:00.000Z")
    assert sorted(item["id"] for item in read.configs) == sorted(["S", *(f"K{n:03}" for n in range(120))])
    for store in stores:
        await store.close()


async def test_a_file_of_the_one_row_layout_is_carried_over(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute(
            "CREATE TABLE connector_configs (connector_id TEXT PRIMARY KEY, configs TEXT NOT NULL,"
            " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"
        )
        kept = [{"id": "X", "schemeType": "api-key", "name": "k", "in": "header"}, SEEDED.document]
        db.execute(
            "INSERT INTO connector_configs VALUES (?, ?, ?, ?)",
            ("c", json.dumps(kept), "2025-01-01T00:00:00.000Z", "2025-02-01T00:00:00.000Z"),
        )
    configs = SqliteConnectorConfigs(str(path))

    read = await configs.configs("c", [], "2026-01-01T00:00:00.000Z")

    assert (read.configs, read.created_at, read.updated_at) == (
        kept,
        "2025-01-01T00:00:00.000Z",
        "2025-02-01T00:00:00.000Z",
    )
    assert await configs.upsert("c", [], config("X"), "2026-01-02T00:00:00.000Z") == "api-key"
    await configs.close()
