"""``DocumentStore`` in Redis, shared by every instance; documents have no TTL (they live until a reset).

Keys under the prefix: ``platform:doc:<key>`` (a string: the document's text) and ``platform:index:<name>`` (a set
of keys). A write is one Lua script that compares every expected document and then writes, and a listing one
script that reads the index and its documents: Redis runs each to its end before any other command, so no
instance sees half of a write, and of two writes that expect the same document only the first is applied.
"""

import json
from collections.abc import Sequence

from ..base import Write
from .client import RedisClient, RedisStore, Script

# ARGV[1]: the document key prefix; ARGV[2]: the index key prefix; ARGV[3]: the expected documents, a JSON list of
# [key, text or false]; ARGV[4]: the writes, a JSON list of [key, text or false, index or false]. 1: written; 0:
# an expected document changed, nothing written.
_WRITE = Script("""
local documents, indexes = ARGV[1], ARGV[2]
for _, item in ipairs(cjson.decode(ARGV[3])) do
  local held = redis.call('GET', documents .. item[1])
  if item[2] == false then
    if held then return 0 end
  elseif held ~= item[2] then
    return 0
  end
end
for _, item in ipairs(cjson.decode(ARGV[4])) do
  if item[2] == false then
    redis.call('DEL', documents .. item[1])
    if item[3] ~= false then redis.call('SREM', indexes .. item[3], item[1]) end
  else
    redis.call('SET', documents .. item[1], item[2])
    if item[3] ~= false then redis.call('SADD', indexes .. item[3], item[1]) end
  end
end
return 1
""")

# ARGV[1]: the document key prefix; KEYS[1]: the index. The documents of its keys, read at one moment.
_INDEXED = Script("""
local found = {}
for _, key in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  local text = redis.call('GET', ARGV[1] .. key)
  if text then found[#found + 1] = text end
end
return found
""")


class RedisDocuments(RedisStore):
    def __init__(self, client: RedisClient) -> None:
        super().__init__(client)
        self._documents = f"{client.prefix}platform:doc:"
        self._indexes = f"{client.prefix}platform:index:"

    async def read(self, keys: Sequence[str]) -> list[str | None]:
        if not keys:
            return []
        values = await self._client.read("MGET", *(self._documents + key for key in keys))
        return [None if value is None else str(value) for value in values]

    async def indexed(self, index: str) -> list[str]:
        found = await self._client.run(_INDEXED, keys=[self._indexes + index], args=[self._documents])
        return [str(text) for text in found]

    async def write(self, expected: dict[str, str | None], writes: Sequence[Write]) -> bool:
        checks = [[key, False if text is None else text] for key, text in expected.items()]
        changes = [
            [item.key, False if item.value is None else item.value, False if item.index is None else item.index]
            for item in writes
        ]
        done = await self._client.run(
            _WRITE, keys=[], args=[self._documents, self._indexes, json.dumps(checks), json.dumps(changes)]
        )
        return bool(done)

    async def reset(self) -> None:
        await self._client.delete_matching("platform:*")
