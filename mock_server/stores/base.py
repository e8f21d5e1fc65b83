"""Small stores of JSON values that expire: in this process's memory, or in a SQLite file that several
worker processes on one machine share. The state store and the mock provider keep their records here.

The interface is async so that any backend fits behind it: the memory store answers at once (no thread, no
lock: the event loop runs one call at a time), the SQLite store runs each call on its own thread
(``SqliteThread``), and a network store (Redis) would await its client. Both are bounded: past
``max_entries`` the oldest entries go, and expired ones go first.
"""

import json
import sqlite3
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, Protocol

from .sqlite.thread import SqliteThread

Clock = Callable[[], float]
Value = dict[str, Any]


class KeyValueStore(Protocol):
    async def put(self, key: str, value: Value, expires_at: float) -> None: ...

    async def get(self, key: str) -> Value | None:
        """The value, if present and unexpired."""
        ...

    async def take(self, key: str) -> Value | None:
        """Remove and return the value: of several concurrent calls (from any process), exactly one gets it."""
        ...

    async def claim(self, key: str) -> Value | None:
        """Return the value the first time it is claimed, None every later time (the value stays)."""
        ...

    async def delete(self, key: str) -> None: ...

    async def clear(self) -> None:
        """Forget every value (the control plane's reset)."""
        ...

    async def ready(self) -> bool:
        """Whether the store answers (the server's readiness, ``/readyz``)."""
        ...

    async def open(self) -> None:
        """Take up again what ``close`` let go of; nothing to do while the store is open (new stores are)."""
        ...

    async def close(self) -> None:
        """Let go of what the store holds open (connections, threads), until ``open``."""
        ...


class MemoryKeyValueStore:
    """Values in this process. Each method runs to its end without awaiting anything, so calls from
    concurrent requests never interleave and need no lock."""

    def __init__(self, max_entries: int, clock: Clock = time.time) -> None:
        if max_entries < 1:
            raise ValueError("max_entries must be at least 1")
        self._max_entries = max_entries
        self._clock = clock
        # key -> (value, expires_at, claimed); insertion order is age order.
        self._records: OrderedDict[str, tuple[Value, float, bool]] = OrderedDict()

    async def put(self, key: str, value: Value, expires_at: float) -> None:
        # Entries of one store all live equally long, so the oldest is the first to expire.
        records = self._records
        now = self._clock()
        while records and next(iter(records.values()))[1] <= now:
            records.popitem(last=False)
        records[key] = (value, expires_at, False)
        if len(records) > self._max_entries:  # one in, at most one out
            records.popitem(last=False)

    async def get(self, key: str) -> Value | None:
        return self._live(key)

    async def take(self, key: str) -> Value | None:
        value = self._live(key)
        self._records.pop(key, None)
        return value

    async def claim(self, key: str) -> Value | None:
        value = self._live(key)
        if value is None or self._records[key][2]:
            return None
        self._records[key] = (value, self._records[key][1], True)
        return value

    async def delete(self, key: str) -> None:
        self._records.pop(key, None)

    async def clear(self) -> None:
        self._records.clear()

    async def ready(self) -> bool:
        return True

    async def open(self) -> None:
        """Nothing to open."""

    async def close(self) -> None:
        """Nothing is held open; the values stay (tests look at them after the app stops)."""

    def __len__(self) -> int:
        return len(self._records)

    def _live(self, key: str) -> Value | None:
        record = self._records.get(key)
        if record is None or record[1] <= self._clock():
            return None
        return record[0]


class SqliteKeyValueStore:
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

    async def clear(self) -> None:
        await self._thread.transaction(lambda db: db.execute(f"DELETE FROM {self._table}"))  # noqa: S608

    async def ready(self) -> bool:
        return await self._thread.ready()

    async def open(self) -> None:
        await self._thread.open()

    async def close(self) -> None:
        await self._thread.close()

    def _live(self, db: sqlite3.Connection, key: str, now: float) -> Value | None:
        row = db.execute(
            f"SELECT value FROM {self._table} WHERE key = ? AND expires_at > ?",  # noqa: S608
            (key, now),
        ).fetchone()
        return None if row is None else dict(json.loads(row[0]))
