"""mock_server.oauth.state: unguessable state values and the bounded, hash-keyed store that remembers them."""

import base64
import hashlib
import string
from dataclasses import replace

import pytest

from mock_server.oauth.state import StateRecord, StateStore, new_state, state_key
from mock_server.stores.memory import MemoryKeyValueStore
from tests.support.fakes import FakeClock

NOW = 1_900_000_000.0
TTL = 600.0
BASE64URL_ALPHABET = frozenset(string.ascii_letters + string.digits + "-_")
RECORD = StateRecord(
    organisation_id="01M630NCG4ZDDRK8JJJ5EVRJSK",
    made_for="connector:01M65K23G4WE37NGTVC0HJVGP1",
    credential_id="01M6ARSFC30TQ8AMXN1Z8ZGT1F",
    client_id="versori-dev-client",
    authorize_url="https://as.example/authorize?response_type=code",
    redirect_uri="http://127.0.0.1:8000/oauth2/callback",
    scopes=("openid", "offline_access"),
    principal="api-key:dev",
    created_at=NOW,
    expires_at=NOW + TTL,
    code_verifier="a-pkce-verifier",
)


def record(expires_at: float = NOW + TTL) -> StateRecord:
    return replace(RECORD, expires_at=expires_at)


def memory_store(max_entries: int, clock: FakeClock) -> tuple[StateStore, MemoryKeyValueStore]:
    """A state store over memory, and that memory, to look at what it keeps."""
    values = MemoryKeyValueStore(max_entries, clock)
    return StateStore(values, clock), values


# --- new_state and state_key ----------------------------------------------------------------------------------------


def test_new_state_is_43_characters_of_the_base64url_alphabet() -> None:
    state = new_state()

    assert len(state) == 43
    assert set(state) <= BASE64URL_ALPHABET


def test_new_state_decodes_to_32_bytes() -> None:
    assert len(base64.urlsafe_b64decode(new_state() + "=")) == 32


def test_two_new_states_differ() -> None:
    assert new_state() != new_state()


def test_state_key_is_the_sha256_hex_digest_of_the_state() -> None:
    state = new_state()

    assert state_key(state) == hashlib.sha256(state.encode("utf-8")).hexdigest()


# --- put and get ----------------------------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_store_keeps_the_hash_of_the_state_not_the_state_itself() -> None:
    store, values = memory_store(10, FakeClock(NOW))
    state = new_state()

    await store.put(state, RECORD)

    assert list(values._records) == [state_key(state)]
    assert state not in values._records


@pytest.mark.asyncio
async def test_get_returns_the_record_put_under_the_same_state() -> None:
    store, _values = memory_store(10, FakeClock(NOW))
    state = new_state()

    await store.put(state, RECORD)

    assert await store.get(state) == RECORD


@pytest.mark.asyncio
async def test_get_of_an_unknown_state_is_none() -> None:
    store, _values = memory_store(10, FakeClock(NOW))
    await store.put(new_state(), RECORD)

    assert await store.get(new_state()) is None


# --- expiry ---------------------------------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_record_is_returned_until_just_before_it_expires() -> None:
    clock = FakeClock(NOW)
    store, _values = memory_store(10, clock)
    state = new_state()
    await store.put(state, RECORD)

    clock.now = RECORD.expires_at - 1

    assert await store.get(state) == RECORD


@pytest.mark.asyncio
async def test_record_is_gone_at_its_expiry_time() -> None:
    clock = FakeClock(NOW)
    store, _values = memory_store(10, clock)
    state = new_state()
    await store.put(state, RECORD)

    clock.now = RECORD.expires_at

    assert await store.get(state) is None


@pytest.mark.asyncio
async def test_expired_records_are_dropped_on_the_next_put() -> None:
    clock = FakeClock(NOW)
    store, values = memory_store(10, clock)
    for _ in range(3):
        await store.put(new_state(), record(expires_at=NOW + 1))

    clock.now = NOW + 2
    fresh = new_state()
    await store.put(fresh, record(expires_at=NOW + 2 + TTL))

    assert len(values) == 1
    assert list(values._records) == [state_key(fresh)]


# --- the bound ------------------------------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_store_past_its_bound_keeps_only_the_newest_records() -> None:
    store, values = memory_store(3, FakeClock(NOW))
    states = [new_state() for _ in range(5)]

    for state in states:
        await store.put(state, RECORD)

    assert len(values) == 3
    assert [await store.get(state) for state in states[:2]] == [None, None]
    assert [await store.get(state) for state in states[2:]] == [RECORD, RECORD, RECORD]


@pytest.mark.asyncio
async def test_a_flood_of_puts_cannot_grow_the_store_past_its_bound() -> None:
    store, values = memory_store(100, FakeClock(NOW))

    for _ in range(10_000):
        await store.put(new_state(), RECORD)

    assert len(values) == 100


@pytest.mark.parametrize("max_entries", [0, -1])
def test_max_entries_below_one_is_refused(max_entries: int) -> None:
    with pytest.raises(ValueError, match="max_entries"):
        MemoryKeyValueStore(max_entries, FakeClock(NOW))


# --- events (for metrics) -------------------------------------------------------------------------------------------


class RecordedEvents:
    def __init__(self) -> None:
        self.seen: list[str] = []

    def issued(self) -> None:
        self.seen.append("issued")

    def consumed(self) -> None:
        self.seen.append("consumed")

    def expired(self) -> None:
        self.seen.append("expired")

    def unknown(self) -> None:
        self.seen.append("unknown")


async def issued_state(clock: FakeClock) -> tuple[StateStore, RecordedEvents, str]:
    """A store that reports to recorded events, and one state it issued."""
    store, _values = memory_store(10, clock)
    events = RecordedEvents()
    store.report_to(events)
    state = new_state()
    await store.put(state, RECORD)
    return store, events, state


@pytest.mark.asyncio
async def test_a_state_issued_then_taken_twice_is_issued_consumed_then_unknown() -> None:
    store, events, state = await issued_state(FakeClock(NOW))

    assert await store.take(state) == RECORD
    assert await store.take(state) is None

    assert events.seen == ["issued", "consumed", "unknown"]


@pytest.mark.asyncio
@pytest.mark.parametrize("presented", ["get", "take", "mark_returned"])
async def test_a_state_presented_after_its_lifetime_is_expired_once_then_unknown(presented: str) -> None:
    clock = FakeClock(NOW)
    store, events, state = await issued_state(clock)

    clock.now = RECORD.expires_at
    assert await getattr(store, presented)(state) is None
    assert await store.get(state) is None

    assert events.seen == ["issued", "expired", "unknown"]


@pytest.mark.asyncio
async def test_a_state_presented_more_than_a_lifetime_after_it_expired_is_unknown() -> None:
    clock = FakeClock(NOW)
    store, events, state = await issued_state(clock)

    clock.now = RECORD.expires_at + TTL

    assert await store.get(state) is None
    assert events.seen == ["issued", "unknown"]


@pytest.mark.asyncio
async def test_a_state_returned_twice_reports_nothing_the_second_time() -> None:
    store, events, state = await issued_state(FakeClock(NOW))

    assert await store.mark_returned(state) == RECORD
    assert await store.mark_returned(state) is None

    assert events.seen == ["issued"]
