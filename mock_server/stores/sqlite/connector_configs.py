"""The auth scheme configs of connectors (their owners), and the OAuth 2.0 client credentials made from configs at
run time, kept in SQLite (the ``database`` file, beside the connections; ``:memory:`` keeps them for the life of
the process).

An owner's configs start as the seed lists them: the first use of an owner writes its seeded configs, and from
then on upserts and deletes change them, which outlives a restart. Each config is a row of its own, and every
change is one transaction on the writer (``BEGIN IMMEDIATE``), so that two changes to one owner, from any process
sharing the file, never lose each other.
"""

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import asdict

from ...seed.model import OAuthClientCredential
from ..base import ConnectorConfigs, StoredConfig
from .thread import SqliteStore, database_thread

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS config_owners (owner_id TEXT PRIMARY KEY, created_at TEXT NOT NULL,"
    " updated_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS owner_configs (owner_id TEXT NOT NULL, config_id TEXT NOT NULL,"
    " scheme_type TEXT NOT NULL, position INTEGER NOT NULL, document TEXT NOT NULL,"
    " PRIMARY KEY (owner_id, config_id))",
    "CREATE TABLE IF NOT EXISTS client_credentials (id TEXT PRIMARY KEY, document TEXT NOT NULL)",
    # Files made before each config had a row of its own kept an owner's configs as one JSON list, in the table
    # ``connector_configs``: carried over once, to the owners that have no row yet.
    "CREATE TABLE IF NOT EXISTS connector_configs (connector_id TEXT PRIMARY KEY, configs TEXT NOT NULL,"
    " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)",
    "INSERT OR IGNORE INTO config_owners SELECT connector_id, created_at, updated_at FROM connector_configs",
    "INSERT OR IGNORE INTO owner_configs SELECT connector_id, json_extract(item.value, '$.id'),"
    " json_extract(item.value, '$.schemeType'), item.key, item.value"
    " FROM connector_configs, json_each(connector_configs.configs) AS item",
    "DELETE FROM connector_configs",
)


class SqliteConnectorConfigs(SqliteStore):
    def __init__(self, path: str) -> None:
        self._thread = database_thread(path, *_SCHEMA)

    async def configs(self, owner_id: str, seeded: Sequence[StoredConfig], now: str) -> ConnectorConfigs:
        """The owner's configs, in the order added; the first use stores ``seeded`` as they are at ``now``."""

        def read(db: sqlite3.Connection) -> ConnectorConfigs:
            _seed(db, owner_id, seeded, now)
            return _configs(db, owner_id)

        return await self._thread.transaction(read)

    async def upsert(self, owner_id: str, seeded: Sequence[StoredConfig], config: StoredConfig, now: str) -> str | None:
        """``CatalogueStore.upsert_auth_scheme_config``, the owner's seeded configs stored first if need be."""

        def upsert(db: sqlite3.Connection) -> str | None:
            _seed(db, owner_id, seeded, now)
            row = db.execute(
                "SELECT scheme_type FROM owner_configs WHERE owner_id = ? AND config_id = ?", (owner_id, config.id)
            ).fetchone()
            if row is not None and row[0] != config.scheme_type:
                return str(row[0])
            document = json.dumps(config.document)
            if row is None:
                db.execute(
                    "INSERT INTO owner_configs VALUES (?, ?, ?,"
                    " (SELECT COALESCE(MAX(position), -1) + 1 FROM owner_configs WHERE owner_id = ?), ?)",
                    (owner_id, config.id, config.scheme_type, owner_id, document),
                )
            else:
                db.execute(
                    "UPDATE owner_configs SET document = ? WHERE owner_id = ? AND config_id = ?",
                    (document, owner_id, config.id),
                )
            _changed(db, owner_id, now)
            return None

        return await self._thread.transaction(upsert)

    async def delete(self, owner_id: str, seeded: Sequence[StoredConfig], config_id: str, now: str) -> bool:
        """``CatalogueStore.delete_auth_scheme_config``, the owner's seeded configs stored first if need be."""

        def delete(db: sqlite3.Connection) -> bool:
            _seed(db, owner_id, seeded, now)
            removed = db.execute(
                "DELETE FROM owner_configs WHERE owner_id = ? AND config_id = ?", (owner_id, config_id)
            ).rowcount
            if removed:
                _changed(db, owner_id, now)
            return bool(removed)

        return await self._thread.transaction(delete)

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
        """Forget every change: each owner's configs are the seed's again at its next use."""

        def reset(db: sqlite3.Connection) -> None:
            db.execute("DELETE FROM config_owners")
            db.execute("DELETE FROM owner_configs")
            db.execute("DELETE FROM client_credentials")

        await self._thread.transaction(reset)


def _seed(db: sqlite3.Connection, owner_id: str, seeded: Sequence[StoredConfig], now: str) -> None:
    """The owner's row, and its seeded configs, the first time the owner is used."""
    if not db.execute("INSERT OR IGNORE INTO config_owners VALUES (?, ?, ?)", (owner_id, now, now)).rowcount:
        return
    db.executemany(
        "INSERT OR IGNORE INTO owner_configs VALUES (?, ?, ?, ?, ?)",
        [(owner_id, item.id, item.scheme_type, index, json.dumps(item.document)) for index, item in enumerate(seeded)],
    )


def _changed(db: sqlite3.Connection, owner_id: str, now: str) -> None:
    db.execute("UPDATE config_owners SET updated_at = ? WHERE owner_id = ?", (now, owner_id))


def _configs(db: sqlite3.Connection, owner_id: str) -> ConnectorConfigs:
    created_at, updated_at = db.execute(
        "SELECT created_at, updated_at FROM config_owners WHERE owner_id = ?", (owner_id,)
    ).fetchone()
    rows = db.execute("SELECT document FROM owner_configs WHERE owner_id = ? ORDER BY position", (owner_id,)).fetchall()
    return ConnectorConfigs([json.loads(row[0]) for row in rows], created_at, updated_at)
