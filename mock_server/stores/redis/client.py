"""One Redis client shared by the server's Redis stores: one connection, the commands asked for in one turn of the
event loop written to it together (pipelined), the replies parsed by hiredis and handed back in order. And the one
way a Redis failure reaches the caller: ``StoreUnavailableError``.

Why not redis-py's pools: an initialise costs one or two round trips, and redis-py's command path (its pool, its
connection's lock, its parser's wrapper) cost several times the round trip itself in the server's CPU
(BENCHMARKS.md, "The client side alone"). One pipelined connection needs no pool: a burst of calls queues on the
connection, in Redis's order, instead of waiting for a free one.

Timeouts are short and nothing is retried, so that a call made while Redis is down fails within a second instead
of hanging: connecting takes at most ``CONNECT_TIMEOUT_SECONDS``; a reply that has not come
``COMMAND_TIMEOUT_SECONDS`` after its command was sent drops the connection, failing every command waiting on it.
The next call connects again. Lua scripts run atomically on the server: that is what makes a ``take`` or a
``claim`` single-use across every instance sharing the Redis.
"""

import asyncio
import contextlib
import hashlib
import ssl
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, cast
from urllib.parse import parse_qs, unquote, urlsplit

import hiredis

from ..base import (
    ReadsMovedError,
    StoreUnavailableError,
    carry_confirmation,
    confirm_reads,
    owe_confirmation,
    read_in_call,
)

CONNECT_TIMEOUT_SECONDS = 0.5
COMMAND_TIMEOUT_SECONDS = 0.5

Argument = str | bytes | int | float


class RedisReplyError(Exception):
    """Redis answered a command with an error (kept as the cause of the ``StoreUnavailableError``)."""


# Put before a guardable script: run it only while the key given last holds the value given last.
_GUARD = """
if redis.call('GET', KEYS[#KEYS]) ~= ARGV[#ARGV] then
  return redis.error_reply('STALE the call read a cached copy that has changed')
end
"""


class Script:
    """A Lua script, sent by its SHA-1 (``EVALSHA``), and in full only when the Redis does not hold it yet.
    ``guardable``: one more key and one more argument at the end of its own leave it unchanged, so that the client
    may run it ``guarded`` (``RedisClient.expect``)."""

    def __init__(self, source: str, *, guardable: bool = False) -> None:
        self.source = source
        self.sha = hashlib.sha1(source.encode(), usedforsecurity=False).hexdigest()
        self.guarded = Script(_GUARD + source) if guardable else None


@dataclass(frozen=True)
class _Address:
    """Where ``redis_url`` points, and the commands that start each connection (``AUTH``, ``SELECT``)."""

    host: str
    port: int
    unix_path: str | None
    tls: bool
    setup: tuple[tuple[Argument, ...], ...]


def parse_redis_url(url: str) -> _Address:
    """``redis://[[user]:password@]host[:port][/db]``, ``rediss://`` (the same over TLS, the system's CAs) or
    ``unix://[[user]:password@]/path[?db=N]``; ``ValueError`` for anything else, options included."""
    parts = urlsplit(url)
    if parts.scheme not in ("redis", "rediss", "unix"):
        raise ValueError(f"redis_url must start with redis://, rediss:// or unix://, not {url!r}")
    query = parse_qs(parts.query, keep_blank_values=True)
    allowed = {"db"} if parts.scheme == "unix" else set()
    if set(query) - allowed or any(len(values) > 1 for values in query.values()):
        raise ValueError(f"redis_url takes no options but a unix socket's db: {url!r}")
    database = query.get("db", ["0"])[0] if parts.scheme == "unix" else parts.path.strip("/")
    if database and not database.isdigit():
        raise ValueError(f"redis_url names database {database!r}: it must be a number")
    if parts.username and parts.password is None:
        raise ValueError(f"redis_url names a user without a password: {url!r}")
    setup: list[tuple[Argument, ...]] = []
    if parts.password is not None:
        user = unquote(parts.username or "")
        password = unquote(parts.password)
        setup.append(("AUTH", user, password) if user else ("AUTH", password))
    if database and int(database) != 0:
        setup.append(("SELECT", int(database)))
    unix_path = parts.path if parts.scheme == "unix" else None
    if unix_path is not None and (parts.hostname or not unix_path.startswith("/")):
        raise ValueError(f"redis_url must name a unix socket by its absolute path (unix:///path): {url!r}")
    if unix_path is None and not parts.hostname:
        raise ValueError(f"redis_url names no host: {url!r}")
    return _Address(parts.hostname or "", parts.port or 6379, unix_path, parts.scheme == "rediss", tuple(setup))


class _Connection(asyncio.Protocol):
    """One connection of one event loop: the commands asked for in one turn of the loop go out together, in one
    write, and each reply goes to the oldest command waiting (Redis answers in order). One timer watches the oldest
    command: when its reply is late, the connection is dropped and everything waiting on it fails."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self._reader = hiredis.Reader(encoding="utf-8")
        self._waiting: deque[tuple[asyncio.Future[Any], float]] = deque()
        self._transport: asyncio.Transport | None = None
        self._watchdog: asyncio.TimerHandle | None = None
        # Commands packed in this turn of the loop, written at its end (``_write``); None when none are.
        self._unsent: list[bytes] | None = None
        self.lost = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self._reader.feed(data)
        try:
            while (reply := self._reader.gets()) is not False:
                future = self._waiting.popleft()[0]
                if not future.done():
                    future.set_result(reply)
        except (hiredis.ProtocolError, UnicodeDecodeError, IndexError) as error:
            self._drop(ConnectionError(f"Redis sent what is not a reply to a command: {error}"))

    def connection_lost(self, exc: Exception | None) -> None:
        self._drop(exc or ConnectionResetError("Redis closed the connection"))

    def send(self, *commands: Sequence[Argument]) -> "list[asyncio.Future[Any]]":
        """The future reply to each of ``commands`` (a ``hiredis.ReplyError`` when Redis refuses one), which go out
        in the same write."""
        if self.lost or self._transport is None:
            raise ConnectionResetError("the connection to Redis is closed")
        # All packed before anything is queued: a command that cannot be packed leaves no reply waited for.
        # (hiredis's stub types the command as a tuple of one item; it takes any number.)
        packed = [hiredis.pack_command(cast(Any, tuple(command))) for command in commands]
        deadline = self.loop.time() + COMMAND_TIMEOUT_SECONDS
        futures = [self.loop.create_future() for _ in packed]
        self._waiting.extend((future, deadline) for future in futures)
        if self._unsent is None:
            self._unsent = packed
            # The requests served in this turn of the loop send theirs in the same write: one system call.
            self.loop.call_soon(self._write)
        else:
            self._unsent += packed
        if self._watchdog is None:
            self._watch()
        return futures

    def close(self) -> None:
        self._drop(ConnectionResetError("the client closed the connection"))

    def _write(self) -> None:
        unsent, self._unsent = self._unsent, None
        if unsent and self._transport is not None:
            try:
                self._transport.write(b"".join(unsent))
            except (OSError, RuntimeError) as error:  # the commands waiting fail now, not at the timer
                self._drop(error)

    def _watch(self) -> None:
        self._watchdog = self.loop.call_at(self._waiting[0][1], self._check_oldest)

    def _check_oldest(self) -> None:
        self._watchdog = None
        if not self._waiting:
            return
        if self._waiting[0][1] <= self.loop.time():
            self._drop(TimeoutError(f"Redis did not answer within {COMMAND_TIMEOUT_SECONDS} s"))
        else:
            self._watch()

    def _drop(self, error: BaseException) -> None:
        self.lost = True
        self._unsent = None
        if self._watchdog is not None:
            self._watchdog.cancel()
            self._watchdog = None
        if self._transport is not None:
            transport, self._transport = self._transport, None
            transport.abort()
        while self._waiting:
            future = self._waiting.popleft()[0]
            if not future.done():
                future.set_exception(ConnectionError(str(error)))


class RedisClient:
    """The client of ``url``: it connects on first use, and again after a failure or ``close``; every key the
    server writes starts with ``prefix``. It keeps one connection, on the event loop that used it last (a server
    has one loop; a call on another loop connects again there, and the other loop's connection closes)."""

    def __init__(self, url: str, prefix: str) -> None:
        self._address = parse_redis_url(url)
        self.prefix = prefix
        self._connection: _Connection | None = None
        self._connecting: asyncio.Task[_Connection] | None = None

    def expect(self, key: str, value: str) -> None:
        """Within an optimistic call (``one_call``): what the call read from a cached copy holds only while ``key``
        holds ``value``. The next command checks it first (one ``GET``), unless it is a guardable script, which
        carries the check itself and writes nothing when it fails; ``ReadsMovedError`` when ``key`` changed."""
        kept = read_in_call()
        if kept is not None:
            kept[self] = (key, value)
            owe_confirmation(lambda: self._confirm(key, value))

    async def call(self, *command: Argument) -> Any:
        """The reply to ``command``: a str, an int, None, or a list of them."""
        await confirm_reads()
        (reply,) = await self._send(command)
        return _checked(reply)

    async def read(self, *command: Argument) -> Any:
        """The reply to ``command``, which changes nothing in Redis. When the running call owes the check of what it
        read from a cached copy (``expect``), the ``GET`` that checks it goes in the same write: one round trip for
        both. A copy that had changed raises ``ReadsMovedError``, and the reply is dropped."""
        checked = self._take_owed_check()
        if checked is None:
            return await self.call(*command)
        key, value = checked
        held, reply = await self._send(("GET", key), command)
        if _checked(held) != value:
            raise ReadsMovedError()
        return _checked(reply)

    async def run(self, script: Script, keys: Sequence[str] = (), args: Sequence[Argument] = ()) -> Any:
        """What ``script`` returns, run with ``keys`` and ``args``."""
        if script.guarded is not None and (checked := self._take_owed_check()) is not None:
            key, value = checked
            reply = await self._evaluate(script.guarded, [*keys, key], [*args, value])
            if isinstance(reply, hiredis.ReplyError) and str(reply).startswith("STALE"):
                raise ReadsMovedError()
        else:
            await confirm_reads()
            reply = await self._evaluate(script, keys, args)
        return _checked(reply)

    def _take_owed_check(self) -> tuple[str, str] | None:
        """The key and the value it must hold, when the running call owes that check and the command about to be
        sent is to carry it (``carry_confirmation``: it is owed no more); None when nothing is owed."""
        kept = read_in_call()
        if kept is None or self not in kept or not carry_confirmation():
            return None
        checked: tuple[str, str] = kept[self]
        return checked

    async def _evaluate(self, script: Script, keys: Sequence[str], args: Sequence[Argument]) -> Any:
        (reply,) = await self._send(("EVALSHA", script.sha, len(keys), *keys, *args))
        if isinstance(reply, hiredis.ReplyError) and str(reply).startswith("NOSCRIPT"):
            (reply,) = await self._send(("EVAL", script.source, len(keys), *keys, *args))
        return reply

    async def _confirm(self, key: str, value: str) -> None:
        (held,) = await self._send(("GET", key))
        if _checked(held) != value:
            raise ReadsMovedError()

    async def reachable(self) -> bool:
        try:
            return bool(await self.call("PING") == "PONG")
        except StoreUnavailableError:
            return False

    async def delete_matching(self, pattern: str) -> None:
        """Delete every key that matches ``pattern`` (a glob after the prefix)."""
        cursor = "0"
        while True:
            cursor, batch = await self.call("SCAN", cursor, "MATCH", self.prefix + pattern, "COUNT", 1000)
            if batch:
                await self.call("UNLINK", *batch)
            if cursor == "0":
                return

    async def open(self) -> None:
        """Nothing to do: the client connects on first use."""

    async def close(self) -> None:
        """Close the connection (a connect under way is given up: its callers get ``StoreUnavailableError``);
        closing a closed client does nothing."""
        connection, self._connection = self._connection, None
        connecting, self._connecting = self._connecting, None
        if connecting is not None:
            _on_its_loop(connecting.get_loop(), connecting.cancel)
        if connection is not None:
            _on_its_loop(connection.loop, connection.close)

    async def _send(self, *commands: Sequence[Argument]) -> list[Any]:
        """The reply to each of ``commands``, which go out in the same write."""
        connection = self._connection
        if connection is None or connection.lost or connection.loop is not asyncio.get_running_loop():
            connection = await self._connected()
        try:
            futures = connection.send(*commands)
            if len(futures) == 1:
                return [await futures[0]]
            # gather retrieves every failure, so that none is logged as never retrieved when the connection drops.
            return list(await asyncio.gather(*futures))
        except (OSError, ConnectionError) as error:
            raise StoreUnavailableError() from error

    async def _connected(self) -> _Connection:
        """The connection, made by one attempt that every call arriving meanwhile waits for."""
        loop = asyncio.get_running_loop()
        connecting = self._connecting
        if connecting is None or connecting.done() or connecting.get_loop() is not loop:
            connecting = self._connecting = loop.create_task(self._connect(loop))
            # Retrieved here, so that an attempt whose callers all gave up does not log its failure.
            connecting.add_done_callback(lambda task: task.cancelled() or task.exception())
        try:
            return await asyncio.shield(connecting)
        except (OSError, ConnectionError, TimeoutError, RedisReplyError) as error:
            raise StoreUnavailableError() from error
        except asyncio.CancelledError:
            current = asyncio.current_task()
            if connecting.cancelled() and not (current is not None and current.cancelling()):
                raise StoreUnavailableError() from None  # the client was closed while connecting
            raise

    async def _connect(self, loop: asyncio.AbstractEventLoop) -> _Connection:
        """A new connection, made and started (``AUTH``, ``SELECT``) within ``CONNECT_TIMEOUT_SECONDS`` in all."""
        address = self._address
        connection = None
        try:
            async with asyncio.timeout(CONNECT_TIMEOUT_SECONDS):
                if address.unix_path is not None:
                    opened = await loop.create_unix_connection(lambda: _Connection(loop), address.unix_path)
                else:
                    tls = ssl.create_default_context() if address.tls else None
                    opened = await loop.create_connection(
                        lambda: _Connection(loop), address.host, address.port, ssl=tls
                    )
                connection = opened[1]
                for command in address.setup:
                    reply = await connection.send(command)[0]
                    if isinstance(reply, hiredis.ReplyError):
                        raise RedisReplyError(str(reply))
        except BaseException:
            if connection is not None:
                connection.close()
            raise
        previous, self._connection = self._connection, connection
        if previous is not None:
            _on_its_loop(previous.loop, previous.close)
        return connection


class RedisStore:
    """What every store on the shared client does alike: its readiness, ``open`` and ``close`` are the
    client's."""

    def __init__(self, client: RedisClient) -> None:
        self._client = client

    async def ready(self) -> bool:
        return await self._client.reachable()

    async def open(self) -> None:
        await self._client.open()

    async def close(self) -> None:
        await self._client.close()


def _on_its_loop(loop: asyncio.AbstractEventLoop, action: Callable[[], object]) -> None:
    """Run ``action`` (a connection's close) on the event loop the connection belongs to: an app served in-process
    (Starlette's TestClient) runs each lifespan on a loop of its own, in a thread of its own. A loop that is closed
    took its connections with it."""
    if loop.is_closed():
        return
    try:
        running = asyncio.get_running_loop()
    except RuntimeError:
        running = None
    if running is loop:
        action()
    else:
        with contextlib.suppress(RuntimeError):  # closed meanwhile
            loop.call_soon_threadsafe(action)


def _checked(reply: Any) -> Any:
    """``reply``, unless Redis refused the command: then ``StoreUnavailableError``."""
    if isinstance(reply, hiredis.ReplyError):
        raise StoreUnavailableError() from RedisReplyError(str(reply))
    return reply
