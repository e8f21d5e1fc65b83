"""Connectors' auth scheme configs, and the OAuth 2.0 client credentials made from configs at run time, kept in
SQLite (the ``database`` file, beside the connections; ``:memory:`` keeps them for the life of the process).

A connector's configs start as the seed lists them: its row is written the first time the connector is read,
and from then on upserts and deletes change the row, which outlives a restart.
"""

import json
import sqlite3
from dataclasses import asdict
from typing import Any

from ...seed.model import OAuthClientCredential
from ..base import ConnectorConfigs
from .thread import SqliteStore, database_thread

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS connector_configs (connector_id TEXT PRIMARY KEY, configs TEXT NOT NULL,"
    " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS client_credentials (id TEXT PRIMARY KEY, document TEXT NOT NULL)",
)


class SqliteConnectorConfigs(SqliteStore):
    def __init__(self, path: str) -> None:
        self._thread = database_thread(path, *_SCHEMA)

    async def configs(self, connector_id: str, seeded: list[dict[str, Any]], now: str) -> ConnectorConfigs:
        """The connector's configs; the first read stores ``seeded`` as they are at ``now``."""

        def read(db: sqlite3.Connection) -> Any:
            db.execute(
                "INSERT OR IGNORE INTO connector_configs VALUES (?, ?, ?, ?)",
                (connector_id, json.dumps(seeded), now, now),
            )
            return db.execute(
                "SELECT configs, created_at, updated_at FROM connector_configs WHERE connector_id = ?", (connector_id,)
            ).fetchone()

        row = await self._thread.transaction(read)
        return ConnectorConfigs(list(json.loads(row[0])), row[1], row[2])

    async def replace(self, connector_id: str, configs: list[dict[str, Any]], now: str) -> None:
        """Store ``configs`` as the connector's, changed at ``now`` (after a read made its row)."""
        await self._thread.run(
            lambda db: db.execute(
                "UPDATE connector_configs SET configs = ?, updated_at = ? WHERE connector_id = ?",
                (json.dumps(configs), now, connector_id),
            )
        )

    async def add_credential(self, credential: OAuthClientCredential) -> None:
        document = json.dumps(asdict(credential))
        await self._thread.run(
            lambda db: db.execute("INSERT INTO client_credentials VALUES (?, ?)", (credential.id, document))
        )

    async def credential(self, credential_id: str) -> OAuthClientCredential | None:
        row = await self._thread.run(
            lambda db: db.execute("SELECT document FROM client_credentials WHERE id = ?", (credential_id,)).fetchone()
        )
        return None if row is None else OAuthClientCredential(**json.loads(row[0]))

    async def reset(self) -> None:
        """Forget every change: each connector's configs are the seed's again at its next read."""

        def clear(db: sqlite3.Connection) -> None:
            db.execute("DELETE FROM connector_configs")
            db.execute("DELETE FROM client_credentials")

        await self._thread.transaction(clear)
