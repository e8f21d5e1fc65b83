"""The Redis stores' client (``stores.redis.client``): one pipelined connection, each reply to its own call, the
half-second bounds when Redis does not answer, connecting again after a failure, and what ``redis_url`` may say."""

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from redis.asyncio import Redis

from mock_server.stores.base import ReadsMovedError, StoreUnavailableError, one_call
from mock_server.stores.redis.client import (
    COMMAND_TIMEOUT_SECONDS,
    CONNECT_TIMEOUT_SECONDS,
    RedisClient,
    parse_redis_url,
)

pytestmark = pytest.mark.asyncio


class _SilentRedis:
    """A server that accepts connections and reads what it is sent, but never answers: a Redis that hangs."""

    def __init__(self) -> None:
        self.connections = 0
        self._server: asyncio.Server | None = None

    async def __aenter__(self) -> str:
        self._server = await asyncio.start_server(self._swallow, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        return f"redis://127.0.0.1:{port}/0"

    async def __aexit__(self, *exc_info: object) -> None:
        assert self._server is not None
        self._server.close()

    async def _swallow(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        while await reader.read(65536):
            pass
        writer.close()


async def test_a_hung_redis_fails_each_waiting_call_after_the_command_timeout_and_the_next_call_reconnects() -> None:
    silent = _SilentRedis()
    async with silent as url:
        client = RedisClient(url, "test:")
        loop = asyncio.get_running_loop()
        started = loop.time()

        async with asyncio.timeout(5):  # a hang fails the test instead of stopping the run
            outcomes = await asyncio.gather(*(client.call("GET", f"k{n}") for n in range(3)), return_exceptions=True)
            elapsed = loop.time() - started
            again = await asyncio.gather(client.call("GET", "k"), return_exceptions=True)
        await client.close()

    assert [type(outcome) for outcome in outcomes] == [StoreUnavailableError] * 3
    # The promise in docs/operations.md: a call fails within one second while Redis does not answer.
    assert COMMAND_TIMEOUT_SECONDS <= elapsed < CONNECT_TIMEOUT_SECONDS + COMMAND_TIMEOUT_SECONDS
    assert [type(outcome) for outcome in again] == [StoreUnavailableError]
    assert silent.connections == 2


async def test_connecting_and_signing_in_to_a_redis_that_never_answers_fail_within_the_connect_timeout() -> None:
    silent = _SilentRedis()
    async with silent as url:
        client = RedisClient(url.replace("redis://", "redis://:secret@"), "test:")
        loop = asyncio.get_running_loop()
        started = loop.time()

        async with asyncio.timeout(5):
            with pytest.raises(StoreUnavailableError):
                await client.call("GET", "k")
        elapsed = loop.time() - started
        await client.close()

    # The connection made, the AUTH sent and never answered: connecting and signing in share one bound.
    assert silent.connections == 1
    assert CONNECT_TIMEOUT_SECONDS <= elapsed < CONNECT_TIMEOUT_SECONDS + COMMAND_TIMEOUT_SECONDS


async def test_a_call_waiting_for_the_connection_when_the_client_closes_gets_store_unavailable() -> None:
    async with _SilentRedis() as url:
        client = RedisClient(url.replace("redis://", "redis://:secret@"), "test:")
        waiting = asyncio.ensure_future(client.call("GET", "k"))
        await asyncio.sleep(0.05)  # connected, signing in

        await client.close()

        with pytest.raises(StoreUnavailableError):
            await waiting


@pytest_asyncio.fixture
async def raw(redis_url: str) -> AsyncIterator[Redis]:
    redis = Redis.from_url(redis_url, decode_responses=True)
    yield redis
    await redis.aclose()


async def test_calls_given_up_by_their_callers_leave_every_other_reply_to_its_own_call(
    redis_url: str, raw: Redis
) -> None:
    for n in range(100):
        await raw.set(f"test:{n}", json.dumps(n))
    client = RedisClient(redis_url, "test:")
    assert await client.call("PING") == "PONG"  # connected: each call below sends its command at once
    calls = [asyncio.ensure_future(client.call("GET", f"test:{n}")) for n in range(100)]
    await asyncio.sleep(0)  # every command sent
    for call in calls[1::2]:
        call.cancel()

    answers = await asyncio.gather(*calls[::2])
    later = await client.call("GET", "test:7")
    await client.close()

    assert answers == [json.dumps(n) for n in range(0, 100, 2)]
    assert later == "7"


async def test_a_command_that_cannot_be_sent_leaves_every_later_reply_to_its_own_call(
    redis_url: str, raw: Redis
) -> None:
    await raw.set("test:a", "A")
    await raw.set("test:b", "B")
    client = RedisClient(redis_url, "test:")

    with pytest.raises(UnicodeEncodeError):
        await client.call("GET", "test:\ud800")  # a lone surrogate has no UTF-8
    answers = [await client.call("GET", "test:a"), await client.call("GET", "test:b")]
    await client.close()

    assert answers == ["A", "B"]


class _RecordingProxy:
    """A TCP proxy in front of a Redis that keeps each chunk of bytes the client wrote, as Redis received them."""

    def __init__(self, redis_url: str) -> None:
        self._redis_port = int(redis_url.rsplit(":", 1)[1].split("/")[0])
        self.chunks: list[bytes] = []
        self._server: asyncio.Server | None = None

    async def __aenter__(self) -> str:
        self._server = await asyncio.start_server(self._forward, "127.0.0.1", 0)
        return f"redis://127.0.0.1:{self._server.sockets[0].getsockname()[1]}/0"

    async def __aexit__(self, *exc_info: object) -> None:
        assert self._server is not None
        self._server.close()

    async def _forward(self, client: asyncio.StreamReader, to_client: asyncio.StreamWriter) -> None:
        redis, to_redis = await asyncio.open_connection("127.0.0.1", self._redis_port)

        async def pump(source: asyncio.StreamReader, sink: asyncio.StreamWriter, kept: list[bytes] | None) -> None:
            while chunk := await source.read(65536):
                if kept is not None:
                    kept.append(chunk)
                sink.write(chunk)
            sink.close()

        await asyncio.gather(pump(client, to_redis, self.chunks), pump(redis, to_client, None))


@contextlib.asynccontextmanager
async def _recorded_client(redis_url: str) -> AsyncIterator[tuple[_RecordingProxy, RedisClient]]:
    """A client connected through a recording proxy, the bytes it wrote to connect forgotten."""
    proxy = _RecordingProxy(redis_url)
    async with proxy as url:
        client = RedisClient(url, "test:")
        assert await client.call("PING") == "PONG"
        proxy.chunks.clear()
        try:
            yield proxy, client
        finally:
            await client.close()


async def test_a_read_carries_the_check_the_call_owes_in_the_same_write_and_a_changed_copy_drops_its_reply(
    redis_url: str, raw: Redis
) -> None:
    await raw.set("test:version", "v1")
    await raw.hset("test:record", "v", "R")
    async with _recorded_client(redis_url) as (proxy, client):
        with one_call(optimistic=True):
            client.expect("test:version", "v1")
            held = await client.read("HGET", "test:record", "v")
            after = await client.read("HGET", "test:record", "v")  # nothing owed any more: the read alone
        await raw.set("test:version", "v2")
        with one_call(optimistic=True):
            client.expect("test:version", "v1")
            with pytest.raises(ReadsMovedError):
                await client.read("HGET", "test:record", "v")

    read = _command("HGET", "test:record", "v")
    checked_read = _command("GET", "test:version") + read
    assert (held, after) == ("R", "R")
    assert proxy.chunks == [checked_read, read, checked_read]


async def test_a_read_that_cannot_be_packed_sends_nothing_not_even_the_check_it_carries(
    redis_url: str, raw: Redis
) -> None:
    await raw.set("test:version", "v1")
    async with _recorded_client(redis_url) as (proxy, client):
        with one_call(optimistic=True):
            client.expect("test:version", "v1")
            with pytest.raises(UnicodeEncodeError):
                await client.read("GET", "test:\ud800")  # a lone surrogate has no UTF-8
        await asyncio.sleep(0.05)  # a write queued in this turn of the loop has gone out
        sent = list(proxy.chunks)
        later = await client.call("GET", "test:version")

    assert sent == []
    assert later == "v1"


def _command(*parts: str) -> bytes:
    """A command as the Redis protocol (RESP) writes it: an array of bulk strings."""
    return f"*{len(parts)}\r\n".encode() + b"".join(f"${len(part)}\r\n{part}\r\n".encode() for part in parts)


async def test_a_url_with_a_user_a_password_and_a_database_signs_in_and_uses_that_database(
    redis_url: str, raw: Redis
) -> None:
    await raw.acl_setuser("tester", enabled=True, passwords=["+secret"], keys=["*"], commands=["+@all"])
    try:
        port = redis_url.rsplit(":", 1)[1].split("/")[0]
        client = RedisClient(f"redis://tester:secret@127.0.0.1:{port}/3", "test:")
        wrong = RedisClient(f"redis://tester:wrong@127.0.0.1:{port}/3", "test:")

        await client.call("SET", "test:where", "db 3")
        in_three = Redis.from_url(f"redis://127.0.0.1:{port}/3", decode_responses=True)
        try:
            assert await in_three.get("test:where") == "db 3"
            await in_three.delete("test:where")
        finally:
            await in_three.aclose()
        assert await raw.get("test:where") is None
        with pytest.raises(StoreUnavailableError):
            await wrong.call("GET", "test:where")
        assert await wrong.reachable() is False
        await client.close()
        await wrong.close()
    finally:
        await raw.acl_deluser("tester")


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:6379/0",
        "redis://127.0.0.1:6379/zero",
        "redis:///0",
        "127.0.0.1:6379",
        "rediss://127.0.0.1:6379/0?ssl_cert_reqs=none",
        "redis://user@127.0.0.1:6379/0",
        "unix://run/redis.sock",
        "unix:///run/redis.sock?db=1&db=2",
    ],
)
async def test_a_url_redis_cannot_be_reached_by_is_refused_when_the_client_is_made(url: str) -> None:
    with pytest.raises(ValueError, match="redis_url"):
        parse_redis_url(url)


async def test_a_unix_socket_url_names_its_path_and_database() -> None:
    address = parse_redis_url("unix:///run/redis.sock?db=2")

    assert (address.unix_path, address.setup) == ("/run/redis.sock", (("SELECT", 2),))
