"""One Redis client shared by the server's Redis stores, and the one way their failures reach the caller
(``StoreUnavailableError``).

Timeouts are short and nothing is retried, so that a call made while Redis is down fails within a second
instead of hanging; the client's pool connects again on the next call once Redis is back. The pool holds at
most ``POOL_SIZE`` connections, and a command finding them all busy waits its turn for at most
``POOL_WAIT_SECONDS``: a burst of requests queues for the connections instead of being refused (redis-py's
default pool refuses the 101st at once) or opening a connection each. One event loop keeps no more than a few
dozen commands in flight anyway, each a fraction of a millisecond in Redis. Lua scripts run atomically on the
server: that is what makes a ``take`` or a ``claim`` single-use across every instance sharing the Redis.
"""

import contextlib
from collections.abc import Iterator

from redis.asyncio import BlockingConnectionPool, Redis
from redis.backoff import NoBackoff
from redis.commands.core import AsyncScript
from redis.exceptions import RedisError
from redis.retry import Retry

from ..base import StoreUnavailableError

CONNECT_TIMEOUT_SECONDS = 0.5
COMMAND_TIMEOUT_SECONDS = 0.5
POOL_SIZE = 32
# With a command's own timeout, the most a call waits for Redis: the promised second.
POOL_WAIT_SECONDS = 0.5


class RedisClient:
    """The client of ``url``, made on first use, closed with ``close`` and made again by the next use; every
    key the server writes starts with ``prefix``."""

    def __init__(self, url: str, prefix: str) -> None:
        self._url = url
        self.prefix = prefix
        self._redis: Redis | None = None
        self._scripts: dict[str, AsyncScript] = {}

    @property
    def redis(self) -> Redis:
        if self._redis is None:
            pool = BlockingConnectionPool.from_url(
                self._url,
                max_connections=POOL_SIZE,
                timeout=POOL_WAIT_SECONDS,
                decode_responses=True,
                socket_connect_timeout=CONNECT_TIMEOUT_SECONDS,
                socket_timeout=COMMAND_TIMEOUT_SECONDS,
                retry=Retry(NoBackoff(), 0),
            )
            self._redis = Redis(connection_pool=pool)
            self._scripts = {}
        return self._redis

    def script(self, source: str) -> AsyncScript:
        """``source`` registered once per client (sent by SHA after the first call)."""
        redis = self.redis
        if source not in self._scripts:
            self._scripts[source] = redis.register_script(source)
        return self._scripts[source]

    async def reachable(self) -> bool:
        try:
            return bool(await self.redis.ping())
        except (RedisError, OSError):
            return False

    async def delete_matching(self, pattern: str) -> None:
        """Delete every key that matches ``pattern`` (a glob after the prefix)."""
        with unavailable_as_store_error():
            batch = [key async for key in self.redis.scan_iter(match=self.prefix + pattern, count=1000)]
            if batch:
                await self.redis.unlink(*batch)

    async def open(self) -> None:
        """Nothing to do: the client connects on first use."""

    async def close(self) -> None:
        """Close the pool; closing a closed client does nothing."""
        redis, self._redis = self._redis, None
        if redis is not None:
            await redis.aclose()
            await redis.connection_pool.disconnect()


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


@contextlib.contextmanager
def unavailable_as_store_error() -> Iterator[None]:
    """Redis refusing, timing out or dropping the connection becomes ``StoreUnavailableError``."""
    try:
        yield
    except (RedisError, OSError) as error:
        raise StoreUnavailableError() from error
