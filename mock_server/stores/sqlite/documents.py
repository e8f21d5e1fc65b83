"""``DocumentStore`` in SQLite (the ``database`` file, beside the connections; ``:memory:`` keeps them for the life
of the process).

Two tables: ``platform_documents`` (key, text) and ``platform_index`` (index, key). A write is one transaction on
the writer (``BEGIN IMMEDIATE``) that compares every expected document, then writes: two writes from any process
sharing the file never interleave, and a crash leaves all of a write or none of it.

``mirrored`` (the memory backend, whose one process owns the file) also keeps every document in this process's
memory, loaded when the store opens and changed after each write commits, so that reads answer without leaving
the event loop: initialise on a system, the hot path, pays for no thread. Writes still compare in the
transaction, so a read from the mirror that a write overtook only makes that write retry.
"""

import sqlite3
from collections.abc import Sequence

from ..base import Write
from .thread import SqliteStore, database_thread

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS platform_documents (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS platform_index (name TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (name, key))",
)


class SqliteDocuments(SqliteStore):
    def __init__(self, path: str, *, mirrored: bool = False) -> None:
        self._thread = database_thread(path, *_SCHEMA)
        self._mirror: _Mirror | None = _Mirror() if mirrored else None

    async def open(self) -> None:
        await super().open()
        if self._mirror is not None:
            self._mirror.load(await self._thread.run(_everything))

    async def read(self, keys: Sequence[str]) -> list[str | None]:
        if self._mirror is not None:
            if not self._mirror.loaded:
                await self.open()
            return [self._mirror.documents.get(key) for key in keys]

        def read(db: sqlite3.Connection) -> list[str | None]:
            return [_value(db, key) for key in keys]

        return await self._thread.transaction(read)

    async def indexed(self, index: str) -> list[str]:
        if self._mirror is not None:
            if not self._mirror.loaded:
                await self.open()
            return [self._mirror.documents[key] for key in self._mirror.indexes.get(index, ())]
        rows = await self._thread.run(
            lambda db: db.execute(
                "SELECT d.value FROM platform_index i JOIN platform_documents d ON d.key = i.key WHERE i.name = ?",
                (index,),
            ).fetchall()
        )
        return [row[0] for row in rows]

    async def write(self, expected: dict[str, str | None], writes: Sequence[Write]) -> bool:
        def write(db: sqlite3.Connection) -> bool:
            if any(_value(db, key) != text for key, text in expected.items()):
                return False
            for item in writes:
                if item.value is None:
                    db.execute("DELETE FROM platform_documents WHERE key = ?", (item.key,))
                    if item.index is not None:
                        db.execute("DELETE FROM platform_index WHERE name = ? AND key = ?", (item.index, item.key))
                else:
                    db.execute("INSERT OR REPLACE INTO platform_documents VALUES (?, ?)", (item.key, item.value))
                    if item.index is not None:
                        db.execute("INSERT OR IGNORE INTO platform_index VALUES (?, ?)", (item.index, item.key))
            return True

        done = await self._thread.transaction(write)
        if done and self._mirror is not None:
            self._mirror.apply(writes)
        return done

    async def reset(self) -> None:
        def reset(db: sqlite3.Connection) -> None:
            db.execute("DELETE FROM platform_documents")
            db.execute("DELETE FROM platform_index")

        await self._thread.transaction(reset)
        if self._mirror is not None:
            self._mirror.load(([], []))


class _Mirror:
    def __init__(self) -> None:
        self.loaded = False
        self.documents: dict[str, str] = {}
        self.indexes: dict[str, dict[str, None]] = {}

    def load(self, everything: tuple[list[tuple[str, str]], list[tuple[str, str]]]) -> None:
        documents, indexes = everything
        self.documents = dict(documents)
        self.indexes = {}
        for name, key in indexes:
            self.indexes.setdefault(name, {})[key] = None
        self.loaded = True

    def apply(self, writes: Sequence[Write]) -> None:
        for item in writes:
            if item.value is None:
                self.documents.pop(item.key, None)
                if item.index is not None:
                    self.indexes.get(item.index, {}).pop(item.key, None)
            else:
                self.documents[item.key] = item.value
                if item.index is not None:
                    self.indexes.setdefault(item.index, {})[item.key] = None


def _value(db: sqlite3.Connection, key: str) -> str | None:
    row = db.execute("SELECT value FROM platform_documents WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def _everything(db: sqlite3.Connection) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    documents = db.execute("SELECT key, value FROM platform_documents").fetchall()
    indexes = db.execute("SELECT name, key FROM platform_index").fetchall()
    return [(row[0], row[1]) for row in documents], [(row[0], row[1]) for row in indexes]
