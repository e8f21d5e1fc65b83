"""Where connections are kept: the interface, and SQLite, so they outlive the server process (``:memory:``
keeps them in the process only).

A connection is kept as the JSON the API answers with, whose secrets are redacted; the secrets themselves
(each credential's data as it was given, the tokens a code became) sit in a column of their own and never
leave this module.
"""

import json
import sqlite3
from typing import Any, Protocol

from .thread import database_thread

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

# Each credential's data as it was given (or as the exchange made it), by the credential's id.
Secrets = dict[str, dict[str, Any]]


class NameTakenError(Exception):
    """The connector already has a connection of that name."""


class ConnectionStore(Protocol):
    """Where connections are kept. Async, so that a store may do its work off the event loop or over the
    network."""

    async def name_taken(self, connector_id: str, name: str) -> bool: ...

    async def add(self, organisation_id: str, connector_id: str, connection: dict[str, Any], secrets: Secrets) -> None:
        """Store a new connection; NameTakenError if the connector already has one of that name."""
        ...

    async def get(self, organisation_id: str, connector_id: str, connection_id: str) -> dict[str, Any] | None: ...

    async def replace(self, organisation_id: str, connector_id: str, connection: dict[str, Any]) -> bool:
        """Store ``connection`` in place of the one with its id, keeping its secrets; False if there is none,
        NameTakenError if another connection of the connector has its name."""
        ...

    async def delete(self, organisation_id: str, connector_id: str, connection_id: str) -> bool:
        """Remove the connection and its secrets; False if there was none."""
        ...

    async def documents(self, organisation_id: str, connector_id: str) -> list[dict[str, Any]]:
        """Every connection of the connector, the most recently updated first (then by id, descending)."""
        ...

    async def clear(self) -> None:
        """Forget every connection (the control plane's reset)."""
        ...

    async def ready(self) -> bool:
        """Whether the store answers (the server's readiness, ``/readyz``)."""
        ...

    async def open(self) -> None: ...

    async def close(self) -> None: ...


class SqliteConnectionStore:
    """Connections in a SQLite file (or ``:memory:``), worked on in a thread of their own."""

    def __init__(self, path: str) -> None:
        self._thread = database_thread(path, _SCHEMA)

    async def open(self) -> None:
        await self._thread.open()

    async def close(self) -> None:
        await self._thread.close()

    async def clear(self) -> None:
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
            raise NameTakenError(connection["name"]) from error

    async def get(self, organisation_id: str, connector_id: str, connection_id: str) -> dict[str, Any] | None:
        row = await self._thread.run(
            lambda db: db.execute(
                "SELECT document FROM stored_connections WHERE organisation_id = ? AND connector_id = ? AND id = ?",
                (organisation_id, connector_id, connection_id),
            ).fetchone()
        )
        return None if row is None else dict(json.loads(row[0]))

    async def replace(self, organisation_id: str, connector_id: str, connection: dict[str, Any]) -> bool:
        values = (
            connection["name"],
            connection["updatedAt"],
            json.dumps(connection),
            organisation_id,
            connector_id,
            connection["id"],
        )
        try:
            changed = await self._thread.run(
                lambda db: (
                    db.execute(
                        "UPDATE stored_connections SET name = ?, updated_at = ?, document = ?"
                        " WHERE organisation_id = ? AND connector_id = ? AND id = ?",
                        values,
                    ).rowcount
                )
            )
        except sqlite3.IntegrityError as error:
            raise NameTakenError(connection["name"]) from error
        return bool(changed)

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

    async def ready(self) -> bool:
        return await self._thread.ready()
