"""``KeyValueStore`` in Redis: the values every instance sharing the Redis sees.

Each value is a hash (``v``: the JSON, ``c``: set once claimed) under ``<prefix><namespace>:<key>``, with a
Redis TTL for its expiry, so Redis forgets expired values by itself. ``put``, ``take``, ``claim`` and ``add`` are
each one Lua script (one round trip):
Redis runs each one to its end before any other command, so of concurrent calls from any number of
instances exactly one takes (or claims) a value. There is no ``max_entries`` bound: the TTLs and Redis's own
memory limit (``maxmemory``) keep the size in check.
"""

import json
import math

from ..base import Clock, Value
from .client import RedisClient, RedisStore, Script

# ARGV: the JSON, its lifetime in milliseconds (none left: only the delete). Guardable: an initialise's one command,
# and a consent's.
_PUT = Script(
    """
redis.call('DEL', KEYS[1])
if tonumber(ARGV[2]) > 0 then
  redis.call('HSET', KEYS[1], 'v', ARGV[1])
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
""",
    guardable=True,
)

# Guardable: a code exchange's first command.
_TAKE = Script(
    """
local value = redis.call('HGET', KEYS[1], 'v')
redis.call('DEL', KEYS[1])
return value
""",
    guardable=True,
)

_CLAIM = Script("""
if redis.call('EXISTS', KEYS[1]) == 0 or redis.call('HSETNX', KEYS[1], 'c', '1') == 0 then
  return false
end
return redis.call('HGET', KEYS[1], 'v')
""")

_ADD = Script("""
if redis.call('EXISTS', KEYS[1]) == 1 then
  return 0
end
redis.call('HSET', KEYS[1], 'v', ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1
""")


class RedisKeyValueStore(RedisStore):
    def __init__(self, client: RedisClient, namespace: str, clock: Clock) -> None:
        super().__init__(client)
        self._namespace = namespace
        self._clock = clock

    def _key(self, key: str) -> str:
        return f"{self._client.prefix}{self._namespace}:{key}"

    async def put(self, key: str, value: Value, expires_at: float) -> None:
        milliseconds = math.ceil((expires_at - self._clock()) * 1000)
        await self._client.run(_PUT, keys=[self._key(key)], args=[json.dumps(value), milliseconds])

    async def add(self, key: str, value: Value, expires_at: float) -> bool:
        milliseconds = math.ceil((expires_at - self._clock()) * 1000)
        if milliseconds <= 0:
            return False
        return bool(await self._client.run(_ADD, keys=[self._key(key)], args=[json.dumps(value), milliseconds]))

    async def get(self, key: str) -> Value | None:
        return _value(await self._client.read("HGET", self._key(key), "v"))

    async def take(self, key: str) -> Value | None:
        return _value(await self._client.run(_TAKE, keys=[self._key(key)]))

    async def claim(self, key: str) -> Value | None:
        return _value(await self._client.run(_CLAIM, keys=[self._key(key)]))

    async def delete(self, key: str) -> None:
        await self._client.call("DEL", self._key(key))

    async def reset(self) -> None:
        await self._client.delete_matching(f"{self._namespace}:*")


def _value(text: str | bytes | None) -> Value | None:
    return None if text is None else dict(json.loads(text))
