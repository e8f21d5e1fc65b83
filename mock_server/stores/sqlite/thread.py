"""One SQLite connection that lives in a thread of its own, so that its work never blocks the event loop.

Every call runs on that one thread, one at a time, in the order made: the connection needs no lock, and
``check_same_thread`` stays on to prove that nothing else touches it. A coroutine that awaits a call and is
cancelled does not cut the call short: a transaction always finishes (commits or rolls back) on the thread.

The connection opens when the object is made (so a bad path fails at start-up), closes with ``close`` and
opens again with ``open``: an app served in-process may go through its lifespan more than once. A
``:memory:`` database starts empty each time it opens.
"""

import asyncio
import os
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

_T = TypeVar("_T")


class SqliteThread:
    def __init__(self, path: str, setup: Callable[[sqlite3.Connection], None]) -> None:
        """Open ``path`` on the thread and run ``setup`` (pragmas, tables) there before any other call."""
        self._path = path
        self._setup = setup
        self._executor: ThreadPoolExecutor | None = None
        self._db: sqlite3.Connection | None = None
        self._start()

    def _start(self) -> None:
        executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite")
        self._db = executor.submit(_open, self._path, self._setup).result()
        self._executor = executor

    async def open(self) -> None:
        """Open the connection again after ``close``; nothing to do while it is open."""
        if self._executor is None:
            await asyncio.to_thread(self._start)

    async def run(self, work: Callable[[sqlite3.Connection], _T]) -> _T:
        """``work(connection)`` on the thread, in autocommit mode (each statement its own transaction)."""
        if self._executor is None or self._db is None:
            raise RuntimeError(f"the SQLite connection to {self._path} is closed")
        return await asyncio.get_running_loop().run_in_executor(self._executor, work, self._db)

    async def transaction(self, work: Callable[[sqlite3.Connection], _T]) -> _T:
        """``work(connection)`` on the thread inside BEGIN IMMEDIATE ... COMMIT (ROLLBACK if it raises): other
        processes on the same file see all of it or none of it, and none of them writes in between."""
        return await self.run(lambda db: _in_transaction(db, work))

    async def ready(self) -> bool:
        """Whether the file is still there and answers a query (a removed file would lose every write)."""
        if self._path != ":memory:" and not os.path.exists(self._path):
            return False
        try:
            await self.run(lambda db: db.execute("SELECT 1").fetchone())
        except (sqlite3.Error, RuntimeError):
            return False
        return True

    async def close(self) -> None:
        """Close the connection and end the thread; closing a closed one does nothing."""
        if self._executor is None:
            return
        await self.run(sqlite3.Connection.close)
        executor, self._executor, self._db = self._executor, None, None
        executor.shutdown(wait=True)


def _open(path: str, setup: Callable[[sqlite3.Connection], None]) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=10, isolation_level=None)
    setup(db)
    return db


def _in_transaction(db: sqlite3.Connection, work: Callable[[sqlite3.Connection], _T]) -> _T:
    db.execute("BEGIN IMMEDIATE")
    try:
        result = work(db)
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
    return result


def database_thread(path: str, *schema: str) -> SqliteThread:
    """A thread on the database file ``path`` (``:memory:``: the process's own) whose tables ``schema`` creates:
    WAL, so that readers in other processes never wait for a writer."""

    def create(db: sqlite3.Connection) -> None:
        db.execute("PRAGMA journal_mode=WAL" if path != ":memory:" else "PRAGMA journal_mode=MEMORY")
        for statement in schema:
            db.execute(statement)

    return SqliteThread(path, create)


class SqliteStore:
    """What every store on a SQLite thread does alike: its readiness, ``open`` and ``close`` are its thread's."""

    _thread: SqliteThread

    async def ready(self) -> bool:
        return await self._thread.ready()

    async def open(self) -> None:
        await self._thread.open()

    async def close(self) -> None:
        await self._thread.close()
