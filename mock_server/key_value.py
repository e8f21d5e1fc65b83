"""Small stores of JSON values that expire: in this process's memory, or in a SQLite file that several
worker processes on one machine share. The state store and the mock provider keep their records here.

Both are bounded: past ``max_entries`` the oldest entries go, and expired ones go first.
"""

import json
import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, Protocol

Clock = Callable[[], float]
Value = dict[str, Any]


class KeyValueStore(Protocol):
    def put(self, key: str, value: Value, expires_at: float) -> None: ...

    def get(self, key: str) -> Value | None:
        """The value, if present and unexpired."""
        ...

    def take(self, key: str) -> Value | None:
        """Remove and return the value: of several concurrent calls, exactly one gets it."""
        ...

    def claim(self, key: str) -> Value | None:
        """Return the value the first time it is claimed, None every later time (the value stays)."""
        ...

    def delete(self, key: str) -> None: ...


class MemoryKeyValueStore:
    def __init__(self, max_entries: int, clock: Clock = time.time) -> None:
        if max_entries < 1:
            raise ValueError("max_entries must be at least 1")
        self._max_entries = max_entries
        self._clock = clock
        # key -> (value, expires_at, claimed); insertion order is age order.
        self._records: OrderedDict[str, tuple[Value, float, bool]] = OrderedDict()
        self._lock = threading.Lock()

    def put(self, key: str, value: Value, expires_at: float) -> None:
        with self._lock:
            # Entries of one store all live equally long, so the oldest is the first to expire.
            now = self._clock()
            while self._records and next(iter(self._records.values()))[1] <= now:
                self._records.popitem(last=False)
            self._records[key] = (value, expires_at, False)
            while len(self._records) > self._max_entries:
                self._records.popitem(last=False)

    def get(self, key: str) -> Value | None:
        with self._lock:
            return self._live(key)

    def take(self, key: str) -> Value | None:
        with self._lock:
            value = self._live(key)
            self._records.pop(key, None)
            return value

    def claim(self, key: str) -> Value | None:
        with self._lock:
            value = self._live(key)
            if value is None or self._records[key][2]:
                return None
            self._records[key] = (value, self._records[key][1], True)
            return value

    def delete(self, key: str) -> None:
        with self._lock:
            self._records.pop(key, None)

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
        self._db = sqlite3.connect(path, timeout=10, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        # With WAL, NORMAL survives a crash of the server (not of the OS) and spares an fsync per change:
        # right for records that live ten minutes at most.
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(
            f"CREATE TABLE IF NOT EXISTS {table} (key TEXT PRIMARY KEY, value TEXT NOT NULL,"
            " expires_at REAL NOT NULL, claimed INTEGER NOT NULL DEFAULT 0)"
        )
        self._db.execute(f"CREATE INDEX IF NOT EXISTS {table}_expiry ON {table} (expires_at)")
        self._lock = threading.Lock()

    def put(self, key: str, value: Value, expires_at: float) -> None:
        table = self._table
        with self._transaction() as db:
            db.execute(f"DELETE FROM {table} WHERE expires_at <= ?", (self._clock(),))  # noqa: S608
            db.execute(f"INSERT OR REPLACE INTO {table} VALUES (?, ?, ?, 0)", (key, json.dumps(value), expires_at))  # noqa: S608
            # Rowids grow with every insert, so this keeps at most max_entries (the newest) without a count.
            db.execute(
                f"DELETE FROM {table} WHERE rowid <= (SELECT MAX(rowid) FROM {table}) - ?",  # noqa: S608
                (self._max_entries,),
            )

    def get(self, key: str) -> Value | None:
        # A plain read: WAL lets it run beside another process's write, with no lock to wait for.
        with self._lock:
            return self._live(self._db, key)

    def take(self, key: str) -> Value | None:
        with self._transaction() as db:
            value = self._live(db, key)
            db.execute(f"DELETE FROM {self._table} WHERE key = ?", (key,))  # noqa: S608
            return value

    def claim(self, key: str) -> Value | None:
        with self._transaction() as db:
            claimed = db.execute(
                f"UPDATE {self._table} SET claimed = 1 WHERE key = ? AND claimed = 0 AND expires_at > ?",  # noqa: S608
                (key, self._clock()),
            ).rowcount
            return self._live(db, key) if claimed else None

    def delete(self, key: str) -> None:
        with self._transaction() as db:
            db.execute(f"DELETE FROM {self._table} WHERE key = ?", (key,))  # noqa: S608

    def _live(self, db: sqlite3.Connection, key: str) -> Value | None:
        row = db.execute(
            f"SELECT value FROM {self._table} WHERE key = ? AND expires_at > ?",  # noqa: S608
            (key, self._clock()),
        ).fetchone()
        return None if row is None else dict(json.loads(row[0]))

    def _transaction(self) -> "_Transaction":
        return _Transaction(self._db, self._lock)


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT (ROLLBACK on error), one thread of this process at a time."""

    def __init__(self, db: sqlite3.Connection, lock: threading.Lock) -> None:
        self._db, self._lock = db, lock

    def __enter__(self) -> sqlite3.Connection:
        self._lock.acquire()
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except BaseException:
            self._lock.release()
            raise
        return self._db

    def __exit__(self, kind: object, error: object, traceback: object) -> None:
        try:
            self._db.execute("COMMIT" if error is None else "ROLLBACK")
        finally:
            self._lock.release()
