"""``ConnectionStore`` in Redis, shared by every instance; connections have no TTL (they live until a reset).

Keys under the prefix:

- ``connection:<id>``: a hash of the connection's JSON (``document``, which holds no secret), its owners and
  its tokens (``tokens``, never read back by this store's answers);
- ``connection-names:<connector id>``: name -> id, so a name is taken once per connector (``HSETNX``);
- ``connections:<organisation id>:<connector id>``: a sorted set of ``<updatedAt> NUL <id>``, all of score 0,
  so its lexical order is the SQLite store's ``ORDER BY updated_at, id`` and a page is one ``ZREVRANGEBYLEX``
  from the cursor's position (the cursors are the SQLite store's).

Adding is one Lua script: the name, the hash and the listing entry are written together or not at all.
"""

import json
from typing import Any

from .connection_store import NameTakenError, Page, StoredTokens, decode_cursor, page_of
from .redis_client import RedisClient, RedisStore, unavailable_as_503

_ADD = """
if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 0 then
  return 0
end
redis.call('HSET', KEYS[2], 'organisation_id', ARGV[3], 'connector_id', ARGV[4], 'document', ARGV[5], 'tokens', ARGV[6])
redis.call('ZADD', KEYS[3], 0, ARGV[7])
return 1
"""

_SEPARATOR = "\x00"


class RedisConnectionStore(RedisStore):
    def __init__(self, client: RedisClient) -> None:
        super().__init__(client)
        self._prefix = client.prefix

    def _names(self, connector_id: str) -> str:
        return f"{self._prefix}connection-names:{connector_id}"

    def _listing(self, organisation_id: str, connector_id: str) -> str:
        return f"{self._prefix}connections:{organisation_id}:{connector_id}"

    def _connection(self, connection_id: str) -> str:
        return f"{self._prefix}connection:{connection_id}"

    async def name_taken(self, connector_id: str, name: str) -> bool:
        with unavailable_as_503():
            return bool(await self._client.redis.hexists(self._names(connector_id), name))

    async def add(
        self, organisation_id: str, connector_id: str, connection: dict[str, Any], tokens: StoredTokens
    ) -> None:
        keys = [
            self._names(connector_id),
            self._connection(connection["id"]),
            self._listing(organisation_id, connector_id),
        ]
        tokens_json = json.dumps({"access_token": tokens.access_token, "refresh_token": tokens.refresh_token})
        arguments = [
            connection["name"],
            connection["id"],
            organisation_id,
            connector_id,
            json.dumps(connection),
            tokens_json,
            f"{connection['updatedAt']}{_SEPARATOR}{connection['id']}",
        ]
        with unavailable_as_503():
            added = await self._client.script(_ADD)(keys=keys, args=arguments)
        if not added:
            raise NameTakenError(connection["name"])

    async def get(self, organisation_id: str, connector_id: str, connection_id: str) -> dict[str, Any] | None:
        with unavailable_as_503():
            owner, connector, document = await self._client.redis.hmget(
                self._connection(connection_id), ["organisation_id", "connector_id", "document"]
            )
        if document is None or (owner, connector) != (organisation_id, connector_id):
            return None
        return dict(json.loads(document))

    async def page(self, organisation_id: str, connector_id: str, first: int, after: str | None) -> Page:
        start = "+"
        if after:
            updated_at, connection_id = decode_cursor(after)
            start = f"({updated_at}{_SEPARATOR}{connection_id}"
        listing = self._listing(organisation_id, connector_id)
        with unavailable_as_503():
            transaction = self._client.transaction()
            transaction.zcard(listing)
            transaction.zrevrangebylex(listing, start, "-", start=0, num=first + 1)
            total, members = await transaction.execute()
            ids = [member.rpartition(_SEPARATOR)[2] for member in members]
            reads = self._client.transaction()
            for connection_id in ids:
                reads.hget(self._connection(connection_id), "document")
            documents = await reads.execute() if ids else []
        return page_of(int(total), [json.loads(text) for text in documents if text is not None], first)

    async def clear(self) -> None:
        await self._client.delete_matching("connection*")
