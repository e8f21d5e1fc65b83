"""``ConnectionStore`` in Redis, shared by every instance; connections have no TTL (they live until a reset).

Keys under the prefix:

- ``connection:<id>``: a hash of the connection's owners, name, ``updatedAt``, JSON (``document``, which holds
  no secret) and secrets (``secrets``, never read back by this store's answers);
- ``connection-names:<connector id>``: name -> id, so a name is taken once per connector;
- ``connections:<organisation id>:<connector id>``: a sorted set of ``<updatedAt> NUL <id>``, all of score 0,
  so its reverse lexical order is the SQLite store's ``ORDER BY updated_at DESC, id DESC``.

Adding, replacing (a rename moves the name) and deleting are each one Lua script: Redis runs it to its end
before any other command, so of two instances taking one name at the same moment exactly one gets it, and no
instance sees a connection half written.
"""

import json
from typing import Any

from ..base import NameTakenError, Replaced, Secrets
from .client import RedisClient, RedisStore, Script

# KEYS: the connection, the connector's names, the listing. ARGV: id, name, organisation, connector, updatedAt,
# document, secrets, listing member. 0: the id or the name is taken.
_ADD = Script("""
if redis.call('EXISTS', KEYS[1]) == 1 or redis.call('HSETNX', KEYS[2], ARGV[2], ARGV[1]) == 0 then
  return 0
end
redis.call('HSET', KEYS[1], 'organisation_id', ARGV[3], 'connector_id', ARGV[4], 'name', ARGV[2],
  'updated_at', ARGV[5], 'document', ARGV[6], 'secrets', ARGV[7])
redis.call('ZADD', KEYS[3], 0, ARGV[8])
return 1
""")

# The start of _REPLACE and _DELETE, KEYS as _ADD's, ARGV: id, name, organisation, connector: 0 when there is no
# such connection of these owners; else ``held`` (its owners, name and updatedAt) and ``listed`` (its listing member).
_HELD = """
local held = redis.call('HMGET', KEYS[1], 'organisation_id', 'connector_id', 'name', 'updated_at')
if held[1] ~= ARGV[3] or held[2] ~= ARGV[4] then
  return 0
end
local listed = held[4] .. '\\0' .. ARGV[1]
"""

# ARGV: _HELD's, then updatedAt, document, the document as the caller read it. 0: none; -2: the stored document is
# not the one read; -1: another connection has the name; 1: replaced (the secrets stay).
_REPLACE = Script(
    _HELD
    + """
if redis.call('HGET', KEYS[1], 'document') ~= ARGV[7] then
  return -2
end
if held[3] ~= ARGV[2] then
  if redis.call('HSETNX', KEYS[2], ARGV[2], ARGV[1]) == 0 then
    return -1
  end
  redis.call('HDEL', KEYS[2], held[3])
end
redis.call('ZREM', KEYS[3], listed)
redis.call('ZADD', KEYS[3], 0, ARGV[5] .. '\\0' .. ARGV[1])
redis.call('HSET', KEYS[1], 'name', ARGV[2], 'updated_at', ARGV[5], 'document', ARGV[6])
return 1
"""
)

# ARGV: _HELD's (the name unused). 1: deleted.
_DELETE = Script(
    _HELD
    + """
redis.call('HDEL', KEYS[2], held[3])
redis.call('ZREM', KEYS[3], listed)
redis.call('DEL', KEYS[1])
return 1
"""
)

# KEYS[1]: the listing; ARGV[1]: the connection key's prefix. The documents, newest first, read at one moment.
_DOCUMENTS = Script("""
local documents = {}
for _, member in ipairs(redis.call('ZREVRANGEBYLEX', KEYS[1], '+', '-')) do
  local id = string.match(member, '%z(.*)$')
  documents[#documents + 1] = redis.call('HGET', ARGV[1] .. id, 'document')
end
return documents
""")

_SEPARATOR = "\x00"


class RedisConnectionStore(RedisStore):
    def __init__(self, client: RedisClient) -> None:
        super().__init__(client)
        self._prefix = client.prefix

    def _keys(self, organisation_id: str, connector_id: str, connection_id: str) -> list[str]:
        return [
            f"{self._prefix}connection:{connection_id}",
            self._names(connector_id),
            self._listing(organisation_id, connector_id),
        ]

    def _names(self, connector_id: str) -> str:
        return f"{self._prefix}connection-names:{connector_id}"

    def _listing(self, organisation_id: str, connector_id: str) -> str:
        return f"{self._prefix}connections:{organisation_id}:{connector_id}"

    async def name_taken(self, connector_id: str, name: str) -> bool:
        return bool(await self._client.read("HEXISTS", self._names(connector_id), name))

    async def add(self, organisation_id: str, connector_id: str, connection: dict[str, Any], secrets: Secrets) -> None:
        id_, name, updated_at = connection["id"], connection["name"], connection["updatedAt"]
        arguments = [
            id_,
            name,
            organisation_id,
            connector_id,
            updated_at,
            json.dumps(connection),
            json.dumps(secrets),
            f"{updated_at}{_SEPARATOR}{id_}",
        ]
        added = await self._client.run(_ADD, keys=self._keys(organisation_id, connector_id, id_), args=arguments)
        if not added:
            raise NameTakenError()

    async def get(self, organisation_id: str, connector_id: str, connection_id: str) -> dict[str, Any] | None:
        owner, connector, document = await self._client.read(
            "HMGET", f"{self._prefix}connection:{connection_id}", "organisation_id", "connector_id", "document"
        )
        if document is None or (owner, connector) != (organisation_id, connector_id):
            return None
        return dict(json.loads(document))

    async def replace(
        self, organisation_id: str, connector_id: str, connection: dict[str, Any], previous: dict[str, Any]
    ) -> Replaced:
        id_ = connection["id"]
        arguments = [id_, connection["name"], organisation_id, connector_id, connection["updatedAt"]]
        replaced = await self._client.run(
            _REPLACE,
            keys=self._keys(organisation_id, connector_id, id_),
            args=[*arguments, json.dumps(connection), json.dumps(previous)],
        )
        if replaced == -1:
            raise NameTakenError()
        return {1: Replaced.DONE, 0: Replaced.GONE, -2: Replaced.CHANGED}[replaced]

    async def delete(self, organisation_id: str, connector_id: str, connection_id: str) -> bool:
        removed = await self._client.run(
            _DELETE,
            keys=self._keys(organisation_id, connector_id, connection_id),
            args=[connection_id, "", organisation_id, connector_id],
        )
        return bool(removed)

    async def documents(self, organisation_id: str, connector_id: str) -> list[dict[str, Any]]:
        documents = await self._client.run(
            _DOCUMENTS, keys=[self._listing(organisation_id, connector_id)], args=[f"{self._prefix}connection:"]
        )
        return [dict(json.loads(text)) for text in documents]

    async def reset(self) -> None:
        await self._client.delete_matching("connection*")
