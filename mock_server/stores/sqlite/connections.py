"""``ConnectionStore`` in SQLite, so that connections outlive the server process (``:memory:`` keeps them in the
process only).

A connection is kept as the JSON the API answers with, whose secrets are redacted; the secrets themselves
(each credential's data as it was given, the tokens a code became) sit in a column of their own and never
leave this module.
"""

import json
import sqlite3
from typing import Any

from ..base import NameTakenError, Replaced, Secrets
from .thread import SqliteStore, database_thread

# A table of its own name: files made before credentials of every type were kept have a "connections" table of
# another shape, which stays untouched.
_SCHEMA = """
CREATE TABLE IF NOT EXISTS stored_connections (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL,
    connector_id TEXT NOT NULL,
    name TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    document TEXT NOT NULL,
    secrets TEXT NOT NULL,
    UNIQUE (connector_id, name)
)
"""


class SqliteConnectionStore(SqliteStore):
    """Connections in a SQLite file (or ``:memory:``), worked on in a thread of their own."""

    def __init__(self, path: str) -> None:
        self._thread = database_thread(path, _SCHEMA)

    async def reset(self) -> None:
        await self._thread.transaction(lambda db: db.execute("DELETE FROM stored_connections"))

    async def name_taken(self, connector_id: str, name: str) -> bool:
        row = await self._thread.run(
            lambda db: db.execute(
                "SELECT 1 FROM stored_connections WHERE connector_id = ? AND name = ?", (connector_id, name)
            ).fetchone()
        )
        return row is not None

    async def add(self, organisation_id: str, connector_id: str, connection: dict[str, Any], secrets: Secrets) -> None:
        row = (
            connection["id"],
            organisation_id,
            connector_id,
            connection["name"],
            connection["updatedAt"],
            json.dumps(connection),
            json.dumps(secrets),
        )
        try:
            await self._thread.run(
                lambda db: db.execute("INSERT INTO stored_connections VALUES (?, ?, ?, ?, ?, ?, ?)", row)
            )
        except sqlite3.IntegrityError as error:
            raise NameTakenError() from error

    async def get(self, organisation_id: str, connector_id: str, connection_id: str) -> dict[str, Any] | None:
        row = await self._thread.run(
            lambda db: db.execute(
                "SELECT document FROM stored_connections WHERE organisation_id = ? AND connector_id = ? AND id = ?",
                (organisation_id, connector_id, connection_id),
            ).fetchone()
        )
        return None if row is None else dict(json.loads(row[0]))

    async def replace(
        self, organisation_id: str, connector_id: str, connection: dict[str, Any], previous: dict[str, Any]
    ) -> Replaced:
        owners = (organisation_id, connector_id, connection["id"])
        values = (connection["name"], connection["updatedAt"], json.dumps(connection), *owners, json.dumps(previous))

        def replace(db: sqlite3.Connection) -> Replaced:
            changed = db.execute(
                "UPDATE stored_connections SET name = ?, updated_at = ?, document = ?"
                " WHERE organisation_id = ? AND connector_id = ? AND id = ? AND document = ?",
                values,
            ).rowcount
            if changed:
                return Replaced.DONE
            held = db.execute(
                "SELECT 1 FROM stored_connections WHERE organisation_id = ? AND connector_id = ? AND id = ?", owners
            ).fetchone()
            return Replaced.GONE if held is None else Replaced.CHANGED

        try:
            return await self._thread.transaction(replace)
        except sqlite3.IntegrityError as error:
            raise NameTakenError() from error

    async def delete(self, organisation_id: str, connector_id: str, connection_id: str) -> bool:
        removed = await self._thread.run(
            lambda db: (
                db.execute(
                    "DELETE FROM stored_connections WHERE organisation_id = ? AND connector_id = ? AND id = ?",
                    (organisation_id, connector_id, connection_id),
                ).rowcount
            )
        )
        return bool(removed)

    async def documents(self, organisation_id: str, connector_id: str) -> list[dict[str, Any]]:
        rows = await self._thread.run(
            lambda db: db.execute(
                "SELECT document FROM stored_connections WHERE organisation_id = ? AND connector_id = ?"
                " ORDER BY updated_at DESC, id DESC",
                (organisation_id, connector_id),
            ).fetchall()
        )
        return [dict(json.loads(row[0])) for row in rows]
