"""Both key-value stores behave alike: expiry by the injected clock, single take, single claim, the bound;
and the SQLite store does its work off the event loop."""

import asyncio
import sqlite3
import threading
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
import pytest_asyncio

from mock_server.stores.base import KeyValueStore
from mock_server.stores.memory import MemoryKeyValueStore
from mock_server.stores.sqlite.key_value import SqliteKeyValueStore
from tests.support.fakes import FakeClock

pytestmark = pytest.mark.asyncio

NOW = 1_000.0


StoreFactory = Callable[[int, FakeClock], KeyValueStore]


@pytest_asyncio.fixture(params=["memory", "sqlite"])
async def make_store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[StoreFactory]:
    made: list[KeyValueStore] = []

    def make(bound: int, clock: FakeClock) -> KeyValueStore:
        if request.param == "memory":
            store: KeyValueStore = MemoryKeyValueStore(bound, clock)
        else:
            store = SqliteKeyValueStore(str(tmp_path / "kv.sqlite3"), "entries", bound, clock)
        made.append(store)
        return store

    yield make
    for store in made:
        await store.close()


async def test_a_value_is_read_back_until_it_expires(make_store: StoreFactory) -> None:
    clock = FakeClock(NOW)
    store = make_store(10, clock)
    await store.put("k", {"a": 1}, NOW + 5)

    assert await store.get("k") == {"a": 1}
    clock.now = NOW + 5
    assert await store.get("k") is None


async def test_take_gives_the_value_once(make_store: StoreFactory) -> None:
    store = make_store(10, FakeClock(NOW))
    await store.put("k", {"a": 1}, NOW + 5)

    assert await store.take("k") == {"a": 1}
    assert await store.take("k") is None
    assert await store.get("k") is None


async def test_of_many_concurrent_takes_exactly_one_gets_the_value(make_store: StoreFactory) -> None:
    store = make_store(10, FakeClock(NOW))
    await store.put("k", {"a": 1}, NOW + 5)

    taken = await asyncio.gather(*(store.take("k") for _ in range(20)))

    assert taken.count({"a": 1}) == 1
    assert taken.count(None) == 19


async def test_add_stores_only_where_no_unexpired_value_is(make_store: StoreFactory) -> None:
    clock = FakeClock(NOW)
    store = make_store(10, clock)

    added = await asyncio.gather(*(store.add("nonce", {"n": index}, NOW + 5) for index in range(20)))
    first = await store.get("nonce")
    clock.now = NOW + 5
    after_expiry = await store.add("nonce", {"n": 99}, NOW + 10)

    assert added.count(True) == 1
    assert first == {"n": added.index(True)}
    assert after_expiry is True
    assert await store.get("nonce") == {"n": 99}


async def test_claim_gives_the_value_once_and_keeps_it(make_store: StoreFactory) -> None:
    store = make_store(10, FakeClock(NOW))
    await store.put("k", {"a": 1}, NOW + 5)

    assert await store.claim("k") == {"a": 1}
    assert await store.claim("k") is None
    assert await store.get("k") == {"a": 1}


async def test_delete_removes_the_value(make_store: StoreFactory) -> None:
    store = make_store(10, FakeClock(NOW))
    await store.put("k", {"a": 1}, NOW + 5)
    await store.delete("k")

    assert await store.get("k") is None


async def test_past_the_bound_the_oldest_values_go(make_store: StoreFactory) -> None:
    store = make_store(3, FakeClock(NOW))
    for index in range(5):
        await store.put(f"k{index}", {"i": index}, NOW + 5)

    assert [await store.get(f"k{index}") for index in range(5)] == [None, None, {"i": 2}, {"i": 3}, {"i": 4}]


async def test_two_sqlite_stores_on_one_file_share_values_and_take_once(tmp_path: Path) -> None:
    # Two worker processes each open the file; a value taken by one is gone for the other.
    path = str(tmp_path / "shared.sqlite3")
    clock = FakeClock(NOW)
    first = SqliteKeyValueStore(path, "entries", 10, clock)
    second = SqliteKeyValueStore(path, "entries", 10, clock)
    await first.put("k", {"a": 1}, NOW + 5)

    assert await second.get("k") == {"a": 1}
    assert await second.take("k") == {"a": 1}
    assert await first.take("k") is None
    await first.close()
    await second.close()


async def test_a_sqlite_call_waiting_for_the_file_leaves_the_event_loop_free(tmp_path: Path) -> None:
    # Another process holds the file's write lock, so the store's put has to wait for it. While it waits,
    # other tasks of this event loop must keep running: the wait happens on the store's thread.
    path = str(tmp_path / "locked.sqlite3")
    store = SqliteKeyValueStore(path, "entries", 10, FakeClock(NOW))
    other_process = sqlite3.connect(path, isolation_level=None)
    other_process.execute("BEGIN IMMEDIATE")

    put = asyncio.create_task(store.put("k", {"a": 1}, NOW + 5))
    turns = 0
    while turns < 20:
        await asyncio.sleep(0.005)
        turns += 1
    assert not put.done()  # still waiting for the lock, while this loop took 20 turns

    other_process.execute("COMMIT")
    other_process.close()
    await put
    assert await store.get("k") == {"a": 1}
    await store.close()


async def test_sqlite_work_runs_on_one_thread_that_is_not_the_event_loops(tmp_path: Path) -> None:
    store = SqliteKeyValueStore(str(tmp_path / "kv.sqlite3"), "entries", 10, FakeClock(NOW))
    threads: set[int] = set()

    def note_thread() -> int:
        threads.add(threading.get_ident())
        return 1

    def install(db: sqlite3.Connection) -> None:
        db.create_function("note_thread", 0, note_thread)
        db.execute("CREATE TRIGGER noted AFTER INSERT ON entries BEGIN SELECT note_thread(); END")

    await store._thread.run(install)
    await asyncio.gather(*(store.put(f"k{index}", {"i": index}, NOW + 5) for index in range(5)))

    assert len(threads) == 1
    assert threading.get_ident() not in threads
    # The connection refuses any use from another thread, this one included.
    connection = store._thread._db
    assert connection is not None
    with pytest.raises(sqlite3.ProgrammingError, match="same thread"):
        connection.execute("SELECT 1")
    await store.close()


async def test_closing_a_sqlite_store_closes_its_connection(tmp_path: Path) -> None:
    # SQLite removes a WAL file when its last connection closes.
    path = tmp_path / "kv.sqlite3"
    store = SqliteKeyValueStore(str(path), "entries", 10, FakeClock(NOW))
    await store.put("k", {"a": 1}, NOW + 5)
    assert path.with_name("kv.sqlite3-wal").exists()

    await store.close()

    assert not path.with_name("kv.sqlite3-wal").exists()
    with pytest.raises(RuntimeError, match="closed"):
        await store.get("k")
    await store.close()  # a second close is harmless


async def test_a_closed_sqlite_store_opens_again_with_its_values(tmp_path: Path) -> None:
    store = SqliteKeyValueStore(str(tmp_path / "kv.sqlite3"), "entries", 10, FakeClock(NOW))
    await store.put("k", {"a": 1}, NOW + 5)
    await store.close()

    await store.open()
    await store.open()  # opening an open store is harmless

    assert await store.get("k") == {"a": 1}
    await store.close()
