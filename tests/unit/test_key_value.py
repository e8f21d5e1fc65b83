"""Both key-value stores behave alike: expiry by the injected clock, single take, single claim, the bound."""

from collections.abc import Callable
from pathlib import Path

import pytest

from mock_server.key_value import KeyValueStore, MemoryKeyValueStore, SqliteKeyValueStore
from tests.support.fakes import FakeClock

NOW = 1_000.0


StoreFactory = Callable[[int, FakeClock], KeyValueStore]


@pytest.fixture(params=["memory", "sqlite"])
def make_store(request: pytest.FixtureRequest, tmp_path: Path) -> StoreFactory:
    if request.param == "memory":
        return lambda bound, clock: MemoryKeyValueStore(bound, clock)
    return lambda bound, clock: SqliteKeyValueStore(str(tmp_path / "kv.sqlite3"), "entries", bound, clock)


def test_a_value_is_read_back_until_it_expires(make_store: StoreFactory) -> None:
    clock = FakeClock(NOW)
    store = make_store(10, clock)
    store.put("k", {"a": 1}, NOW + 5)

    assert store.get("k") == {"a": 1}
    clock.now = NOW + 5
    assert store.get("k") is None


def test_take_gives_the_value_once(make_store: StoreFactory) -> None:
    store = make_store(10, FakeClock(NOW))
    store.put("k", {"a": 1}, NOW + 5)

    assert store.take("k") == {"a": 1}
    assert store.take("k") is None
    assert store.get("k") is None


def test_claim_gives_the_value_once_and_keeps_it(make_store: StoreFactory) -> None:
    store = make_store(10, FakeClock(NOW))
    store.put("k", {"a": 1}, NOW + 5)

    assert store.claim("k") == {"a": 1}
    assert store.claim("k") is None
    assert store.get("k") == {"a": 1}


def test_delete_removes_the_value(make_store: StoreFactory) -> None:
    store = make_store(10, FakeClock(NOW))
    store.put("k", {"a": 1}, NOW + 5)
    store.delete("k")

    assert store.get("k") is None


def test_past_the_bound_the_oldest_values_go(make_store: StoreFactory) -> None:
    store = make_store(3, FakeClock(NOW))
    for index in range(5):
        store.put(f"k{index}", {"i": index}, NOW + 5)

    assert [store.get(f"k{index}") for index in range(5)] == [None, None, {"i": 2}, {"i": 3}, {"i": 4}]


def test_two_sqlite_stores_on_one_file_share_values_and_take_once(tmp_path: Path) -> None:
    # Two worker processes each open the file; a value taken by one is gone for the other.
    path = str(tmp_path / "shared.sqlite3")
    clock = FakeClock(NOW)
    first = SqliteKeyValueStore(path, "entries", 10, clock)
    second = SqliteKeyValueStore(path, "entries", 10, clock)
    first.put("k", {"a": 1}, NOW + 5)

    assert second.get("k") == {"a": 1}
    assert second.take("k") == {"a": 1}
    assert first.take("k") is None
