"""Where connections are kept: the interface, and SQLite, so they outlive the server process (``:memory:``
keeps them in the process only).

A connection is kept as the JSON the API answers with, which holds no secret; the tokens sit in columns
of their own and never leave this module.
"""

import base64
import json
import sqlite3
from dataclasses import dataclass
from typing import Any, Protocol

from .sqlite_thread import SqliteThread

_SCHEMA = """
CREATE TABLE IF NOT EXISTS connections (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL,
    connector_id TEXT NOT NULL,
    name TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    document TEXT NOT NULL,
    access_token TEXT NOT NULL,
    refresh_token TEXT,
    UNIQUE (connector_id, name)
)
"""


_PLACES = ", ".join("?" * 8)


class NameTakenError(Exception):
    """The connector already has a connection of that name."""


@dataclass(frozen=True)
class StoredTokens:
    access_token: str
    refresh_token: str | None


@dataclass(frozen=True)
class Page:
    total_count: int
    items: list[dict[str, Any]]
    next_cursor: str | None


class ConnectionStore(Protocol):
    """Where connections are kept. Async, so that a store may do its work off the event loop or over the
    network."""

    async def name_taken(self, connector_id: str, name: str) -> bool: ...

    async def add(
        self, organisation_id: str, connector_id: str, connection: dict[str, Any], tokens: StoredTokens
    ) -> None:
        """Store a new connection; NameTakenError if the connector already has one of that name."""
        ...

    async def get(self, organisation_id: str, connector_id: str, connection_id: str) -> dict[str, Any] | None: ...

    async def page(self, organisation_id: str, connector_id: str, first: int, after: str | None) -> Page:
        """Newest first (by updatedAt, then id); ``after`` is the ``next_cursor`` of the page before;
        InvalidCursorError for one this store did not hand out."""
        ...

    async def open(self) -> None: ...

    async def close(self) -> None: ...


class SqliteConnectionStore:
    """Connections in a SQLite file (or ``:memory:``), worked on in a thread of their own."""

    def __init__(self, path: str) -> None:
        def create(db: sqlite3.Connection) -> None:
            db.execute("PRAGMA journal_mode=WAL" if path != ":memory:" else "PRAGMA journal_mode=MEMORY")
            db.execute(_SCHEMA)

        self._thread = SqliteThread(path, create)

    async def open(self) -> None:
        await self._thread.open()

    async def close(self) -> None:
        await self._thread.close()

    async def name_taken(self, connector_id: str, name: str) -> bool:
        row = await self._thread.run(
            lambda db: db.execute(
                "SELECT 1 FROM connections WHERE connector_id = ? AND name = ?", (connector_id, name)
            ).fetchone()
        )
        return row is not None

    async def add(
        self, organisation_id: str, connector_id: str, connection: dict[str, Any], tokens: StoredTokens
    ) -> None:
        row = (
            connection["id"],
            organisation_id,
            connector_id,
            connection["name"],
            connection["updatedAt"],
            json.dumps(connection),
            tokens.access_token,
            tokens.refresh_token,
        )
        try:
            await self._thread.run(
                lambda db: db.execute("INSERT INTO connections VALUES (?, ?, ?, ?, ?, ?, ?, ?)", row)
            )
        except sqlite3.IntegrityError as error:
            raise NameTakenError(connection["name"]) from error

    async def get(self, organisation_id: str, connector_id: str, connection_id: str) -> dict[str, Any] | None:
        row = await self._thread.run(
            lambda db: db.execute(
                "SELECT document FROM connections WHERE organisation_id = ? AND connector_id = ? AND id = ?",
                (organisation_id, connector_id, connection_id),
            ).fetchone()
        )
        return None if row is None else dict(json.loads(row[0]))

    async def page(self, organisation_id: str, connector_id: str, first: int, after: str | None) -> Page:
        position = _decode_cursor(after) if after else None

        def read(db: sqlite3.Connection) -> tuple[int, list[Any]]:
            where = "organisation_id = ? AND connector_id = ?"
            scope: tuple[Any, ...] = (organisation_id, connector_id)
            total = db.execute(f"SELECT COUNT(*) FROM connections WHERE {where}", scope).fetchone()[0]  # noqa: S608
            if position is not None:
                where += " AND (updated_at < ? OR (updated_at = ? AND id < ?))"
                scope += (position[0], position[0], position[1])
            rows = db.execute(
                f"SELECT document FROM connections WHERE {where} ORDER BY updated_at DESC, id DESC LIMIT ?",  # noqa: S608
                (*scope, first + 1),
            ).fetchall()
            return int(total), rows

        total, rows = await self._thread.run(read)
        documents = [json.loads(row[0]) for row in rows]
        items = [{key: doc[key] for key in ("id", "name", "createdAt", "updatedAt")} for doc in documents[:first]]
        more = len(documents) > first
        return Page(total, items, _encode_cursor(items[-1]) if more and items else None)


class InvalidCursorError(ValueError):
    """An ``after`` value this store did not hand out."""


def _encode_cursor(item: dict[str, Any]) -> str:
    raw = f"{item['updatedAt']}|{item['id']}".encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _decode_cursor(cursor: str) -> tuple[str, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode("ascii")
    except (ValueError, UnicodeDecodeError) as error:
        raise InvalidCursorError(cursor) from error
    updated_at, separator, connection_id = raw.partition("|")
    if not separator or not updated_at or not connection_id:
        raise InvalidCursorError(cursor)
    return updated_at, connection_id
