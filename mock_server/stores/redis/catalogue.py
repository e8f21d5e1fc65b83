"""``CatalogueStore`` in Redis: the seed and every addition, seen by every instance sharing the Redis.

Keys under ``<prefix>catalogue:`` (no TTL: the catalogue lives until a reset): one hash per lookup
(``organisations``, ``connectors``, ``credentials``, ``provider-clients``, ``api-keys`` by SHA-256 of the key,
``ids``) and ``entries``, a list of every addition in order (the seed first) for ``starter``, ``connectors``
and each connector's seeded auth scheme configs. The first instance to open loads the seed; ``reset`` deletes
everything and loads it again. Each of these, and each addition, is one Lua script, so no instance sees half of
one. Two instances adding the same id at the same moment may both pass ``check_addition``; the later write wins.

What the API changes is shared the same way: ``configs`` (connector id -> its auth scheme configs' JSON, written
from the seeded ones the first time the connector is read, then replaced by each change), ``config-times``
(connector id -> ``[createdAt, updatedAt]``) and ``client-credentials`` (credentials made from a config's grant,
by id). A reset deletes them with the rest: every connector's configs are the seed's again.
"""

import contextlib
import hashlib
import json
from typing import Any

from ...core.api_keys import ApiKey, ApiKeyIndex, KeyOwner
from ...seed.model import Connector, OAuthClientCredential, Organisation, Seed, SeedConfig, Starter
from ..base import ConnectorConfigs, StoreUnavailableError, check_addition
from .client import RedisClient, RedisStore, unavailable_as_store_error

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

_KEYS = (
    "loaded",
    "organisations",
    "connectors",
    "credentials",
    "provider-clients",
    "api-keys",
    "ids",
    "entries",
    "configs",
    "config-times",
    "client-credentials",
)

# KEYS: configs, config-times; ARGV: connector id, the seeded configs' JSON, now. The connector's configs and
# times, written first from the seeded ones when it has none.
_READ_CONFIGS = """
if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 1 then
  redis.call('HSET', KEYS[2], ARGV[1], cjson.encode({ARGV[3], ARGV[3]}))
end
return {redis.call('HGET', KEYS[1], ARGV[1]), redis.call('HGET', KEYS[2], ARGV[1])}
"""

# KEYS as _READ_CONFIGS'; ARGV: connector id, the configs' JSON, now. Nothing when the connector's configs
# were never read (a reset came in between), as the SQLite store's UPDATE.
_REPLACE_CONFIGS = """
local times = redis.call('HGET', KEYS[2], ARGV[1])
if not times then
  return 0
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('HSET', KEYS[2], ARGV[1], cjson.encode({cjson.decode(times)[1], ARGV[3]}))
return 1
"""


class RedisCatalogue(RedisStore):
    def __init__(self, client: RedisClient, seed: Seed, provider_token_url: str) -> None:
        ApiKeyIndex(seed.api_keys)  # refuses (ValueError) an empty or repeated key before anything is stored
        super().__init__(client)
        self._seed = seed
        self._provider_token_url = provider_token_url

    def _key(self, name: str) -> str:
        return f"{self._client.prefix}catalogue:{name}"

    async def _field(self, name: str, field: str) -> dict[str, Any] | None:
        with unavailable_as_store_error():
            text = await self._client.redis.hget(self._key(name), field)
        return None if text is None else dict(json.loads(text))

    async def organisation(self, organisation_id: str) -> Organisation | None:
        found = await self._field("organisations", organisation_id)
        return None if found is None else Organisation(**found)

    async def connector(self, organisation_id: str, connector_id: str) -> Connector | None:
        found = await self._field("connectors", json.dumps([organisation_id, connector_id]))
        return None if found is None else Connector(**found)

    async def connectors(self, organisation_id: str) -> list[Connector]:
        return [item for item in (await self._everything()).connectors if item.organisation_id == organisation_id]

    async def credential(self, credential_id: str) -> OAuthClientCredential | None:
        found = await self._field("credentials", credential_id)
        if found is None:
            found = await self._field("client-credentials", credential_id)
        return None if found is None else OAuthClientCredential(**found)

    async def auth_scheme_configs(self, connector_id: str, now: str) -> ConnectorConfigs:
        everything = await self._everything()
        seeded = [item.config for item in everything.auth_scheme_configs if item.connector_id == connector_id]
        with unavailable_as_store_error():
            configs, times = await self._client.script(_READ_CONFIGS)(
                keys=[self._key("configs"), self._key("config-times")], args=[connector_id, json.dumps(seeded), now]
            )
        created_at, updated_at = json.loads(times)
        return ConnectorConfigs(list(json.loads(configs)), created_at, updated_at)

    async def replace_auth_scheme_configs(self, connector_id: str, configs: list[dict[str, Any]], now: str) -> None:
        with unavailable_as_store_error():
            await self._client.script(_REPLACE_CONFIGS)(
                keys=[self._key("configs"), self._key("config-times")], args=[connector_id, json.dumps(configs), now]
            )

    async def add_client_credential(self, credential: OAuthClientCredential) -> None:
        with unavailable_as_store_error():
            await self._client.redis.hset(self._key("client-credentials"), credential.id, json.dumps(vars(credential)))

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
        with unavailable_as_store_error():
            return bool(await self._client.redis.hexists(self._key("ids"), id_))

    async def starter(self, token_url: str | None = None) -> Starter | None:
        return (await self._everything()).starter(token_url)

    async def _everything(self) -> Seed:
        """The seed and every addition, as one seed, in the order added."""
        with unavailable_as_store_error():
            entries = await self._client.redis.lrange(self._key("entries"), 0, -1)
        held = [_seed_from(json.loads(text)) for text in entries]
        return Seed(*(tuple(item for seed in held for item in getattr(seed, part)) for part in _PARTS))

    async def add(self, addition: Seed) -> None:
        await check_addition(self, addition)
        await self._write("add", addition)

    async def reset(self) -> None:
        await self._write("reset", self._seed)

    async def open(self) -> None:
        """Load the seed unless an instance did; with Redis down the server starts anyway (not ready, see
        ``/readyz``) and the seed is loaded by the first call's ``api_key`` once Redis is back."""
        await super().open()
        with contextlib.suppress(StoreUnavailableError):
            await self._write("open", self._seed)

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
        with unavailable_as_store_error():
            await self._client.script(_WRITE)(keys=[self._key(name) for name in _KEYS], args=[mode, json.dumps(writes)])


_PARTS = ("organisations", "connectors", "credentials", "api_keys", "auth_scheme_configs")
_KINDS: dict[str, type[Any]] = {
    "organisations": Organisation,
    "connectors": Connector,
    "credentials": OAuthClientCredential,
    "api_keys": ApiKey,
    "auth_scheme_configs": SeedConfig,
}


def _seed_document(seed: Seed) -> dict[str, list[dict[str, Any]]]:
    return {part: [dict(vars(item)) for item in getattr(seed, part)] for part in _PARTS}


def _seed_from(document: dict[str, list[dict[str, Any]]]) -> Seed:
    return Seed(*(tuple(_KINDS[part](**item) for item in document[part]) for part in _PARTS))


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8", "surrogatepass")).hexdigest()
