"""``CatalogueStore`` in Redis: the seed and every addition, seen by every instance sharing the Redis.

Keys under ``<prefix>catalogue:`` (no TTL: the catalogue lives until a reset): one hash per lookup
(``organisations``, ``connectors``, ``credentials``, ``provider-clients``, ``api-keys`` by SHA-256 of the key,
``ids``) and ``entries``, a list of every addition in order (the seed first) for ``starter``. The first
instance to open loads the seed; ``reset`` deletes everything and loads it again. Each of these, and each
addition, is one Lua script, so no instance sees half of one. Two instances adding the same id at the same
moment may both pass ``check_addition``; the later write wins.
"""

import contextlib
import hashlib
import json
from typing import Any

from .auth import ApiKey, ApiKeyIndex, KeyOwner
from .catalogue import check_addition
from .errors import ApiError
from .redis_client import RedisClient, unavailable_as_503
from .seed import Connector, OAuthClientCredential, Organisation, Seed, Starter

# KEYS: every key of the catalogue, ``loaded`` first. ARGV[1]: open (load unless loaded), reset (delete, then
# load) or add; ARGV[2]: the writes, a JSON list of [key, field, value] (an empty field appends to a list).
_WRITE = """
if ARGV[1] == 'open' and redis.call('EXISTS', KEYS[1]) == 1 then
  return 0
end
if ARGV[1] == 'reset' then
  redis.call('DEL', unpack(KEYS))
end
for _, write in ipairs(cjson.decode(ARGV[2])) do
  if write[2] == '' then
    redis.call('RPUSH', write[1], write[3])
  else
    redis.call('HSET', write[1], write[2], write[3])
  end
end
redis.call('SET', KEYS[1], '1')
return 1
"""

_KEYS = ("loaded", "organisations", "connectors", "credentials", "provider-clients", "api-keys", "ids", "entries")


class RedisCatalogue:
    def __init__(self, client: RedisClient, seed: Seed, provider_token_url: str) -> None:
        ApiKeyIndex(seed.api_keys)  # refuses (ValueError) an empty or repeated key before anything is stored
        self._client = client
        self._seed = seed
        self._provider_token_url = provider_token_url

    def _key(self, name: str) -> str:
        return f"{self._client.prefix}catalogue:{name}"

    async def _field(self, name: str, field: str) -> dict[str, Any] | None:
        with unavailable_as_503():
            text = await self._client.redis.hget(self._key(name), field)
        return None if text is None else dict(json.loads(text))

    async def organisation(self, organisation_id: str) -> Organisation | None:
        found = await self._field("organisations", organisation_id)
        return None if found is None else Organisation(**found)

    async def connector(self, organisation_id: str, connector_id: str) -> Connector | None:
        found = await self._field("connectors", json.dumps([organisation_id, connector_id]))
        return None if found is None else Connector(**found)

    async def credential(self, credential_id: str) -> OAuthClientCredential | None:
        found = await self._field("credentials", credential_id)
        return None if found is None else OAuthClientCredential(**found)

    async def provider_credential(self, client_id: str) -> OAuthClientCredential | None:
        found = await self._field("provider-clients", client_id)
        return None if found is None else OAuthClientCredential(**found)

    async def api_key(self, secret: str) -> KeyOwner | None:
        found = await self._field("api-keys", _digest(secret))
        if found is None:
            # Every call looks its key up first: a Redis that restarted empty gets the seed back here.
            await self._write("open", self._seed)
            found = await self._field("api-keys", _digest(secret))
        return None if found is None else KeyOwner(**found)

    async def holds_id(self, id_: str) -> bool:
        with unavailable_as_503():
            return bool(await self._client.redis.hexists(self._key("ids"), id_))

    async def starter(self, token_url: str | None = None) -> Starter | None:
        with unavailable_as_503():
            entries = await self._client.redis.lrange(self._key("entries"), 0, -1)
        held = [_seed_from(json.loads(text)) for text in entries]
        everything = Seed(*(tuple(item for seed in held for item in getattr(seed, part)) for part in _PARTS))
        return everything.starter(token_url)

    async def add(self, addition: Seed) -> None:
        await check_addition(self, addition)
        await self._write("add", addition)

    async def reset(self) -> None:
        await self._write("reset", self._seed)

    async def open(self) -> None:
        """Load the seed unless an instance did; with Redis down the server starts anyway (not ready, see
        ``/readyz``) and the seed is loaded by the first call's ``api_key`` once Redis is back."""
        await self._client.open()
        with contextlib.suppress(ApiError):
            await self._write("open", self._seed)

    async def close(self) -> None:
        await self._client.close()

    async def _write(self, mode: str, seed: Seed) -> None:
        writes: list[tuple[str, str, str]] = [(self._key("entries"), "", json.dumps(_seed_document(seed)))]
        for organisation in seed.organisations:
            writes.append((self._key("organisations"), organisation.id, json.dumps(vars(organisation))))
        for connector in seed.connectors:
            field = json.dumps([connector.organisation_id, connector.id])
            writes.append((self._key("connectors"), field, json.dumps(vars(connector))))
        for credential in seed.credentials:
            writes.append((self._key("credentials"), credential.id, json.dumps(vars(credential))))
            if credential.token_url == self._provider_token_url:
                writes.append((self._key("provider-clients"), credential.client_id, json.dumps(vars(credential))))
        for api_key in seed.api_keys:
            owner = {"organisation_id": api_key.organisation_id, "name": api_key.name}
            writes.append((self._key("api-keys"), _digest(api_key.key), json.dumps(owner)))
        ids = [item.id for item in seed.organisations] + [item.id for item in seed.connectors]
        writes += [(self._key("ids"), id_, "1") for id_ in ids + [item.id for item in seed.credentials]]
        with unavailable_as_503():
            await self._client.script(_WRITE)(keys=[self._key(name) for name in _KEYS], args=[mode, json.dumps(writes)])


_PARTS = ("organisations", "connectors", "credentials", "api_keys")
_KINDS: dict[str, type[Any]] = {
    "organisations": Organisation,
    "connectors": Connector,
    "credentials": OAuthClientCredential,
    "api_keys": ApiKey,
}


def _seed_document(seed: Seed) -> dict[str, list[dict[str, Any]]]:
    return {part: [dict(vars(item)) for item in getattr(seed, part)] for part in _PARTS}


def _seed_from(document: dict[str, list[dict[str, Any]]]) -> Seed:
    return Seed(*(tuple(_KINDS[part](**item) for item in document[part]) for part in _PARTS))


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8", "surrogatepass")).hexdigest()
