"""Connections in SQLite, so they outlive the server process (``:memory:`` keeps them in the process only).

A connection is kept as the JSON the API answers with, which holds no secret; the tokens sit in columns
of their own and never leave this module.
"""

import base64
import json
import sqlite3
import threading
from dataclasses import dataclass
from typing import Any

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


class ConnectionStore:
    def __init__(self, path: str) -> None:
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL" if path != ":memory:" else "PRAGMA journal_mode=MEMORY")
        self._db.execute(_SCHEMA)
        self._lock = threading.Lock()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def name_taken(self, connector_id: str, name: str) -> bool:
        with self._lock:
            row = self._db.execute(
                "SELECT 1 FROM connections WHERE connector_id = ? AND name = ?", (connector_id, name)
            ).fetchone()
        return row is not None

    def add(self, organisation_id: str, connector_id: str, connection: dict[str, Any], tokens: StoredTokens) -> None:
        try:
            with self._lock:
                self._db.execute(
                    "INSERT INTO connections VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        connection["id"],
                        organisation_id,
                        connector_id,
                        connection["name"],
                        connection["updatedAt"],
                        json.dumps(connection),
                        tokens.access_token,
                        tokens.refresh_token,
                    ),
                )
        except sqlite3.IntegrityError as error:
            raise NameTakenError(connection["name"]) from error

    def get(self, organisation_id: str, connector_id: str, connection_id: str) -> dict[str, Any] | None:
        with self._lock:
            row = self._db.execute(
                "SELECT document FROM connections WHERE organisation_id = ? AND connector_id = ? AND id = ?",
                (organisation_id, connector_id, connection_id),
            ).fetchone()
        return None if row is None else dict(json.loads(row[0]))

    def page(self, organisation_id: str, connector_id: str, first: int, after: str | None) -> Page:
        """Newest first (by updatedAt, then id); ``after`` is the ``next_cursor`` of the page before."""
        where = "organisation_id = ? AND connector_id = ?"
        scope: tuple[Any, ...] = (organisation_id, connector_id)
        position = _decode_cursor(after) if after else None
        with self._lock:
            total = self._db.execute(f"SELECT COUNT(*) FROM connections WHERE {where}", scope).fetchone()[0]  # noqa: S608
            if position is not None:
                where += " AND (updated_at < ? OR (updated_at = ? AND id < ?))"
                scope += (position[0], position[0], position[1])
            rows = self._db.execute(
                f"SELECT document FROM connections WHERE {where} ORDER BY updated_at DESC, id DESC LIMIT ?",  # noqa: S608
                (*scope, first + 1),
            ).fetchall()
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
