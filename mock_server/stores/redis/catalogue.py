"""``CatalogueStore`` in Redis: the seed and every addition, seen by every instance sharing the Redis.

Keys under ``<prefix>catalogue:`` (no TTL: the catalogue lives until a reset): one hash per lookup
(``organisations``, ``connectors``, ``credentials``, ``provider-clients``, ``api-keys`` by SHA-256 of the key,
``ids``) and ``entries``, a list of every addition in order (the seed first) for ``starter``, ``connectors``
and each connector's seeded auth scheme configs. The first instance to open loads the seed; ``reset`` deletes
everything and loads it again. Each of these, and each addition, is one Lua script, so no instance sees half of
one; an addition whose id or key another instance took in the meantime is refused by that script.

What the API changes is shared the same way: each owner's (connector's) auth scheme configs, one config per
field, written from the seeded ones at the owner's first use and then changed one config at a time, each change
one script (``_SEEDED`` says how they are kept), and ``client-credentials`` (credentials made from a config's
grant, by id). A reset deletes them with the rest: every owner's configs are the seed's again.
"""

import contextlib
import hashlib
import json
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, cast

from ...core.api_keys import ApiKey, ApiKeyIndex, KeyOwner
from ...seed.loading import SeedError
from ...seed.model import Connector, OAuthClientCredential, Organisation, Seed, SeedConfig, Starter
from ..base import (
    ConnectorConfigs,
    StoredConfig,
    StoreUnavailableError,
    check_addition,
    optimistic_call,
    read_in_call,
)
from .client import RedisClient, RedisStore, Script

# KEYS: ``version``, then every other key of the catalogue, ``loaded`` first. ARGV[1]: open (load unless loaded),
# reset (delete, then load) or add (load, unless an id or an API key is taken: then nothing, and the taken one is
# answered); ARGV[2]: the writes, a JSON list of [key, field, value] (an empty field appends to a list); ARGV[3]:
# with add, the fields that must be free, a JSON list of [key, field, where] (where: the culprit's name in the
# addition); ARGV[4]: the catalogue's new version.
_WRITE = Script("""
if ARGV[1] == 'open' and redis.call('EXISTS', KEYS[2]) == 1 then
  return 0
end
if ARGV[1] == 'reset' then
  redis.call('DEL', unpack(KEYS, 2))
end
if ARGV[1] == 'add' then
  for _, free in ipairs(cjson.decode(ARGV[3])) do
    if redis.call('HEXISTS', free[1], free[2]) == 1 then
      return free[3]
    end
  end
end
for _, write in ipairs(cjson.decode(ARGV[2])) do
  if write[2] == '' then
    redis.call('RPUSH', write[1], write[3])
  else
    redis.call('HSET', write[1], write[2], write[3])
  end
end
redis.call('SET', KEYS[2], '1')
redis.call('SET', KEYS[1], ARGV[4])
return 1
""")

# KEYS: version, client-credentials; ARGV: the credential's id, its JSON, the catalogue's new version.
_ADD_CLIENT_CREDENTIAL = Script("""
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('SET', KEYS[1], ARGV[3])
""")

# KEYS: version, entries, client-credentials. The version ('' when no instance loaded the seed), every entry and
# the client credentials (id, JSON, id, JSON, ...), read at one moment.
_LOAD = Script("""
return {redis.call('GET', KEYS[1]) or '', redis.call('LRANGE', KEYS[2], 0, -1), redis.call('HGETALL', KEYS[3])}
""")

_KEYS = (
    "loaded",
    "organisations",
    "connectors",
    "credentials",
    "provider-clients",
    "api-keys",
    "ids",
    "entries",
    "config-times",
    "config-docs",
    "config-types",
    "config-order",
    "client-credentials",
)
_CONFIG_KEYS = ("config-times", "config-docs", "config-types", "config-order")

# Every config script starts here. KEYS: config-times, config-docs, config-types, config-order. ARGV[1]: the owner,
# ARGV[2]: now, ARGV[3]: the owner's seeded configs, a JSON list of [id, type, JSON]. An owner's configs are
# fields ``<owner> NUL <id>`` of config-docs (their JSON) and config-types (``<type> NUL <position>``), and members
# ``<owner> NUL <position> NUL <id>`` of config-order (all of score 0, so that they list in position order); its
# times, ``[createdAt, updatedAt]``, are its field of config-times, written with the seeded configs at its first use.
_SEEDED = """
local owner, now = ARGV[1], ARGV[2]
local function add(id, kind, document)
  local last = redis.call('ZREVRANGEBYLEX', KEYS[4], '[' .. owner .. '\\1', '[' .. owner .. '\\0', 'LIMIT', 0, 1)[1]
  local next = last and tonumber(string.match(last, '^[^%z]*%z([^%z]*)')) + 1 or 0
  local position = string.format('%010d', next)
  redis.call('HSET', KEYS[2], owner .. '\\0' .. id, document)
  redis.call('HSET', KEYS[3], owner .. '\\0' .. id, kind .. '\\0' .. position)
  redis.call('ZADD', KEYS[4], 0, owner .. '\\0' .. position .. '\\0' .. id)
end
local function changed()
  local times = cjson.decode(redis.call('HGET', KEYS[1], owner))
  redis.call('HSET', KEYS[1], owner, cjson.encode({times[1], now}))
end
if redis.call('HSETNX', KEYS[1], owner, cjson.encode({now, now})) == 1 then
  for _, config in ipairs(cjson.decode(ARGV[3])) do
    add(config[1], config[2], config[3])
  end
end
"""

# The owner's times' JSON, then its configs' JSON in position order.
_READ_CONFIGS = Script(
    _SEEDED
    + """
local answer = {redis.call('HGET', KEYS[1], owner)}
for _, member in ipairs(redis.call('ZRANGEBYLEX', KEYS[4], '[' .. owner .. '\\0', '[' .. owner .. '\\1')) do
  local id = string.match(member, '^[^%z]*%z[^%z]*%z(.*)$')
  answer[#answer + 1] = redis.call('HGET', KEYS[2], owner .. '\\0' .. id)
end
return answer
"""
)

# ARGV[4..6]: the config's id, type and JSON. 1: stored; else the stored config's type, which differs.
_UPSERT_CONFIG = Script(
    _SEEDED
    + """
local field = owner .. '\\0' .. ARGV[4]
local held = redis.call('HGET', KEYS[3], field)
if held then
  local kind = string.match(held, '^([^%z]*)')
  if kind ~= ARGV[5] then
    return kind
  end
  redis.call('HSET', KEYS[2], field, ARGV[6])
else
  add(ARGV[4], ARGV[5], ARGV[6])
end
changed()
return 1
"""
)

# ARGV[4]: the config's id. 1: removed; 0: none.
_DELETE_CONFIG = Script(
    _SEEDED
    + """
local field = owner .. '\\0' .. ARGV[4]
local held = redis.call('HGET', KEYS[3], field)
if not held then
  return 0
end
local position = string.match(held, '%z(.*)$')
redis.call('HDEL', KEYS[2], field)
redis.call('HDEL', KEYS[3], field)
redis.call('ZREM', KEYS[4], owner .. '\\0' .. position .. '\\0' .. ARGV[4])
changed()
return 1
"""
)


@dataclass(frozen=True)
class _Snapshot:
    """The whole catalogue as an instance read it at ``version``, with its lookups."""

    version: str
    seed: Seed
    organisations: dict[str, Organisation]
    connectors: dict[tuple[str, str], Connector]
    credentials: dict[str, OAuthClientCredential]
    provider_clients: dict[str, OAuthClientCredential]
    api_keys: dict[str, KeyOwner]
    ids: frozenset[str]


def _snapshot(version: str, entries: list[str], made: list[str], provider_token_urls: frozenset[str]) -> _Snapshot:
    """``entries`` as ``_LOAD`` answers them, ``made`` the client credentials (id, JSON, id, JSON, ...)."""
    held = [_seed_from(json.loads(text)) for text in entries]
    seed = Seed(*(tuple(item for each in held for item in getattr(each, part)) for part in _PARTS))
    made_by_id = {made[index]: OAuthClientCredential(**json.loads(made[index + 1])) for index in range(0, len(made), 2)}
    return _Snapshot(
        version=version,
        seed=seed,
        organisations={item.id: item for item in seed.organisations},
        connectors={(item.organisation_id, item.id): item for item in seed.connectors},
        # The seed's and the additions' win over a made one of the same id.
        credentials={**made_by_id, **{item.id: item for item in seed.credentials}},
        # In the order added: the last one of a client id wins.
        provider_clients={item.client_id: item for item in seed.credentials if item.token_url in provider_token_urls},
        api_keys={_digest(item.key): KeyOwner(item.organisation_id, item.name) for item in seed.api_keys},
        ids=frozenset(item.id for part in (seed.organisations, seed.connectors, seed.credentials) for item in part),
    )


class RedisCatalogue(RedisStore):
    """Reads answer from a snapshot of the whole catalogue kept in this instance. Every write to the catalogue, by
    any instance, sets ``version`` to a new random value in the script that writes (random, not counted: a Redis
    that restarted empty never brings back a version an instance saw). A call (``one_call``) asks Redis for the
    version once, at its first catalogue read, and reads the catalogue again, in one script, when it changed; a
    read outside a call asks each time. An optimistic call asks nothing: it reads the snapshot it finds, and the
    client confirms the version later (``RedisClient.expect``), with the call's first write at no extra cost. So a
    call sees every change acknowledged before it started, whichever instance made it, and its lookups (the API
    key, the connector, the credential) cost one GET together, or nothing."""

    def __init__(self, client: RedisClient, seed: Seed, provider_token_urls: frozenset[str]) -> None:
        ApiKeyIndex(seed.api_keys)  # refuses (ValueError) an empty or repeated key before anything is stored
        super().__init__(client)
        self._seed = seed
        self._provider_token_urls = provider_token_urls
        self._reloaded: Callable[[], Awaitable[None]] | None = None
        self._snapshot: _Snapshot | None = None

    def when_reloaded(self, reloaded: Callable[[], Awaitable[None]]) -> None:
        self._reloaded = reloaded

    def _key(self, name: str) -> str:
        return f"{self._client.prefix}catalogue:{name}"

    async def _current(self) -> _Snapshot:
        """The snapshot at Redis's version, asked once per call (``one_call``), at each read outside one."""
        read = read_in_call()
        if read is not None and self in read:
            return cast(_Snapshot, read[self])
        snapshot = self._snapshot
        if read is not None and snapshot is not None and optimistic_call():
            # Confirmed by the call's next command, or by the write that carries the check.
            self._client.expect(self._key("version"), snapshot.version)
            read[self] = snapshot
            return snapshot
        version = await self._client.read("GET", self._key("version"))
        # No version: nothing loaded. A Redis that restarted empty gets the seed back here, and with it whatever the
        # seed holds beyond the catalogue.
        if version is None and await self._write("open", self._seed) == 1 and self._reloaded is not None:
            await self._reloaded()
        snapshot = self._snapshot
        if snapshot is None or snapshot.version != version:
            loaded, entries, made = await self._client.run(
                _LOAD, keys=[self._key("version"), self._key("entries"), self._key("client-credentials")]
            )
            snapshot = self._snapshot = _snapshot(loaded, entries, made, self._provider_token_urls)
        if read is not None:
            read[self] = snapshot
        return snapshot

    def _changed(self) -> None:
        """After this instance wrote: read again, even within the request that wrote."""
        self._snapshot = None
        read = read_in_call()
        if read is not None:
            read.pop(self, None)

    async def organisation(self, organisation_id: str) -> Organisation | None:
        return (await self._current()).organisations.get(organisation_id)

    async def connector(self, organisation_id: str, connector_id: str) -> Connector | None:
        return (await self._current()).connectors.get((organisation_id, connector_id))

    async def connectors(self, organisation_id: str) -> list[Connector]:
        return [item for item in (await self._current()).seed.connectors if item.organisation_id == organisation_id]

    async def credential(self, credential_id: str) -> OAuthClientCredential | None:
        return (await self._current()).credentials.get(credential_id)

    async def auth_scheme_configs(self, owner_id: str, now: str) -> ConnectorConfigs:
        times, *configs = await self._config_script(_READ_CONFIGS, owner_id, now)
        created_at, updated_at = json.loads(times)
        return ConnectorConfigs([json.loads(text) for text in configs], created_at, updated_at)

    async def upsert_auth_scheme_config(self, owner_id: str, config: StoredConfig, now: str) -> str | None:
        stored = await self._config_script(
            _UPSERT_CONFIG, owner_id, now, config.id, config.scheme_type, json.dumps(config.document)
        )
        return None if stored == 1 else str(stored)

    async def delete_auth_scheme_config(self, owner_id: str, config_id: str, now: str) -> bool:
        return bool(await self._config_script(_DELETE_CONFIG, owner_id, now, config_id))

    async def _config_script(self, script: Script, owner_id: str, now: str, *extra: str) -> Any:
        seeded = [
            [item.config_id, item.scheme_type, json.dumps(item.config)]
            for item in (await self._current()).seed.auth_scheme_configs
            if item.connector_id == owner_id
        ]
        return await self._client.run(
            script, keys=[self._key(name) for name in _CONFIG_KEYS], args=[owner_id, now, json.dumps(seeded), *extra]
        )

    async def add_client_credential(self, credential: OAuthClientCredential) -> None:
        await self._client.run(
            _ADD_CLIENT_CREDENTIAL,
            keys=[self._key("version"), self._key("client-credentials")],
            args=[credential.id, json.dumps(vars(credential)), _new_version()],
        )
        self._changed()

    async def provider_credential(self, client_id: str) -> OAuthClientCredential | None:
        return (await self._current()).provider_clients.get(client_id)

    async def api_key(self, secret: str) -> KeyOwner | None:
        return (await self._current()).api_keys.get(_digest(secret))

    async def holds_id(self, id_: str) -> bool:
        return id_ in (await self._current()).ids

    async def starter(self, token_url: str | None = None) -> Starter | None:
        return (await self._current()).seed.starter(token_url)

    async def add(self, addition: Seed) -> None:
        await check_addition(self, addition)
        # Checked again in the script that writes it: an instance adding the same id in between loses nothing.
        taken = await self._write("add", addition)
        if taken != 1:
            raise SeedError(f"{taken}: this id or key exists already", str(taken))

    async def reset(self) -> None:
        await self._write("reset", self._seed)

    async def open(self) -> None:
        """Load the seed unless an instance did; with Redis down the server starts anyway (not ready, see
        ``/readyz``) and the seed is loaded by the first call once Redis is back."""
        await super().open()
        with contextlib.suppress(StoreUnavailableError):
            await self._write("open", self._seed)

    async def _write(self, mode: str, seed: Seed) -> Any:
        """The seed (``open``, ``reset``) or an addition (``add``) written in one script; answers 1 when written,
        0 when ``open`` found it loaded, or the culprit's name when ``add`` found an id or a key taken."""
        writes: list[tuple[str, str, str]] = [(self._key("entries"), "", json.dumps(_seed_document(seed)))]
        for organisation in seed.organisations:
            writes.append((self._key("organisations"), organisation.id, json.dumps(vars(organisation))))
        for connector in seed.connectors:
            field = json.dumps([connector.organisation_id, connector.id])
            writes.append((self._key("connectors"), field, json.dumps(vars(connector))))
        for credential in seed.credentials:
            writes.append((self._key("credentials"), credential.id, json.dumps(vars(credential))))
            if credential.token_url in self._provider_token_urls:
                writes.append((self._key("provider-clients"), credential.client_id, json.dumps(vars(credential))))
        for api_key in seed.api_keys:
            owner = {"organisation_id": api_key.organisation_id, "name": api_key.name}
            writes.append((self._key("api-keys"), _digest(api_key.key), json.dumps(owner)))
        named = [
            *((f"organisations[{index}].id", item.id) for index, item in enumerate(seed.organisations)),
            *((f"connectors[{index}].id", item.id) for index, item in enumerate(seed.connectors)),
            *((f"credentials[{index}].id", item.id) for index, item in enumerate(seed.credentials)),
        ]
        writes += [(self._key("ids"), id_, "1") for _, id_ in named]
        free = [(self._key("ids"), id_, where) for where, id_ in named]
        free += [
            (self._key("api-keys"), _digest(key.key), f"api_keys[{index}].key")
            for index, key in enumerate(seed.api_keys)
        ]
        written = await self._client.run(
            _WRITE,
            keys=[self._key(name) for name in ("version", *_KEYS)],
            args=[mode, json.dumps(writes), json.dumps(free), _new_version()],
        )
        if written == 1:
            self._changed()
        return written


def _new_version() -> str:
    return secrets.token_hex(16)


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
