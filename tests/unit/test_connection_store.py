"""The SQLite stores of connections and of connectors' auth scheme configs: replace, delete, order, the first
read of a connector's configs storing the seed's, and what survives a reopen of the file."""

from pathlib import Path
from typing import Any

import pytest

from mock_server.seed.model import OAuthClientCredential
from mock_server.stores.base import NameTakenError
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
    replaced = await store.replace("o", "c", connection("A", "renamed", "2026-01-05T00:00:00.000Z"))
    after_replace = [(item["id"], item["name"]) for item in await store.documents("o", "c")]
    deleted, deleted_again = await store.delete("o", "c", "B"), await store.delete("o", "c", "B")

    assert before == ["B", "A"]
    assert replaced is True
    assert after_replace == [("A", "renamed"), ("B", "second")]
    assert (deleted, deleted_again) == (True, False)
    assert [item["id"] for item in await store.documents("o", "c")] == ["A"]
    await store.close()


async def test_replace_refuses_a_name_taken_and_finds_no_unknown_connection() -> None:
    store = SqliteConnectionStore(":memory:")
    await store.add("o", "c", connection("A", "first", "2026-01-01T00:00:00.000Z"), {})
    await store.add("o", "c", connection("B", "second", "2026-01-01T00:00:00.000Z"), {})

    with pytest.raises(NameTakenError):
        await store.replace("o", "c", connection("B", "first", "2026-01-02T00:00:00.000Z"))
    unknown = await store.replace("o", "c", connection("Z", "third", "2026-01-02T00:00:00.000Z"))

    assert unknown is False
    assert (await store.get("o", "c", "B") or {})["name"] == "second"
    await store.close()


async def test_a_connectors_configs_start_as_the_seeds_and_changes_outlive_a_reopen(tmp_path: Path) -> None:
    path = str(tmp_path / "db.sqlite3")
    seeded = [{"id": "S", "schemeType": "none", "description": "seeded"}]
    configs = SqliteConnectorConfigs(path)

    first = await configs.configs("c", seeded, "2026-01-01T00:00:00.000Z")
    await configs.replace("c", [], "2026-01-02T00:00:00.000Z")
    client = OAuthClientCredential("K", "o", "client", "id", "secret", "https://as.example/token")
    await configs.add_credential(client)
    await configs.close()
    reopened = SqliteConnectorConfigs(path)
    later = await reopened.configs("c", seeded, "2026-01-03T00:00:00.000Z")

    assert (first.configs, first.created_at, first.updated_at) == (
        seeded,
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
    assert (await reopened.configs("c", seeded, "2026-01-04T00:00:00.000Z")).configs == seeded
    assert await reopened.credential("K") is None
    await reopened.close()
