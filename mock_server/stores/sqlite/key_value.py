"""``KeyValueStore`` in one table of a SQLite file that several worker processes on one machine share; bounded
like the memory store (past ``max_entries`` the oldest go, expired ones first)."""

import json
import sqlite3
import time

from ..base import Clock, Value
from .thread import SqliteStore, SqliteThread


class SqliteKeyValueStore(SqliteStore):
    """One table of a SQLite file; every change is one transaction, so processes never see half of one."""

    def __init__(self, path: str, table: str, max_entries: int, clock: Clock = time.time) -> None:
        if not table.isidentifier():
            raise ValueError(f"not a table name: {table!r}")
        self._table = table
        self._max_entries = max_entries
        self._clock = clock
        self._thread = SqliteThread(path, self._create)

    def _create(self, db: sqlite3.Connection) -> None:
        table = self._table
        db.execute("PRAGMA journal_mode=WAL")
        # With WAL, NORMAL survives a crash of the server (not of the OS) and spares an fsync per change:
        # right for records that live ten minutes at most.
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute(
            f"CREATE TABLE IF NOT EXISTS {table} (key TEXT PRIMARY KEY, value TEXT NOT NULL,"
            " expires_at REAL NOT NULL, claimed INTEGER NOT NULL DEFAULT 0)"
        )
        db.execute(f"CREATE INDEX IF NOT EXISTS {table}_expiry ON {table} (expires_at)")

    async def put(self, key: str, value: Value, expires_at: float) -> None:
        table, now, text = self._table, self._clock(), json.dumps(value)

        def put(db: sqlite3.Connection) -> None:
            db.execute(f"DELETE FROM {table} WHERE expires_at <= ?", (now,))  # noqa: S608
            db.execute(f"INSERT OR REPLACE INTO {table} VALUES (?, ?, ?, 0)", (key, text, expires_at))  # noqa: S608
            # Rowids grow with every insert, so this keeps at most max_entries (the newest) without a count.
            db.execute(
                f"DELETE FROM {table} WHERE rowid <= (SELECT MAX(rowid) FROM {table}) - ?",  # noqa: S608
                (self._max_entries,),
            )

        await self._thread.transaction(put)

    async def add(self, key: str, value: Value, expires_at: float) -> bool:
        table, now, text = self._table, self._clock(), json.dumps(value)

        def add(db: sqlite3.Connection) -> bool:
            db.execute(f"DELETE FROM {table} WHERE key = ? AND expires_at <= ?", (key, now))  # noqa: S608
            added = db.execute(
                f"INSERT OR IGNORE INTO {table} VALUES (?, ?, ?, 0)",  # noqa: S608
                (key, text, expires_at),
            ).rowcount
            return bool(added)

        return await self._thread.transaction(add)

    async def get(self, key: str) -> Value | None:
        # A plain read: WAL lets it run beside another process's write, with no lock to wait for.
        now = self._clock()
        return await self._thread.run(lambda db: self._live(db, key, now))

    async def take(self, key: str) -> Value | None:
        now = self._clock()

        def take(db: sqlite3.Connection) -> Value | None:
            value = self._live(db, key, now)
            db.execute(f"DELETE FROM {self._table} WHERE key = ?", (key,))  # noqa: S608
            return value

        return await self._thread.transaction(take)

    async def claim(self, key: str) -> Value | None:
        now = self._clock()

        def claim(db: sqlite3.Connection) -> Value | None:
            claimed = db.execute(
                f"UPDATE {self._table} SET claimed = 1 WHERE key = ? AND claimed = 0 AND expires_at > ?",  # noqa: S608
                (key, now),
            ).rowcount
            return self._live(db, key, now) if claimed else None

        return await self._thread.transaction(claim)

    async def delete(self, key: str) -> None:
        await self._thread.run(lambda db: db.execute(f"DELETE FROM {self._table} WHERE key = ?", (key,)))  # noqa: S608

    async def reset(self) -> None:
        await self._thread.transaction(lambda db: db.execute(f"DELETE FROM {self._table}"))  # noqa: S608

    def _live(self, db: sqlite3.Connection, key: str, now: float) -> Value | None:
        row = db.execute(
            f"SELECT value FROM {self._table} WHERE key = ? AND expires_at > ?",  # noqa: S608
            (key, now),
        ).fetchone()
        return None if row is None else dict(json.loads(row[0]))
