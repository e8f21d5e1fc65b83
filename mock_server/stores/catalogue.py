"""The catalogue: the organisations, connectors (and their auth scheme configs), OAuth 2.0 client credentials and
API keys the server knows.

It starts from the seed (``seed.starting_seed``), takes additions at run time (the admin API's and the test
kit's ``seed``) and goes back to the seed on ``reset``. Every lookup of the server goes through it: the access
check of each operation (``connector``), initialise and create (``credential``), authentication (``api_key``),
the built-in provider's registered clients (``provider_credential``) and the demo page (``starter``).

``CatalogueStore`` is the interface; ``MemoryCatalogue`` keeps the seed and its additions in this process's dicts,
so the hot path (authentication and the access check on every call) is a dict lookup with no thread hop, and keeps
what the API changes (connectors' auth scheme configs, the client credentials configs create) in SQLite
(``connector_configs``), so that it outlives a restart. Another backend (Redis,
say) implements the same Protocol, refuses an addition with ``check_addition`` before storing any part of it, and
gets a branch in ``stores.open_stores``.
"""

from typing import Any, Protocol

from ..api.auth import ApiKeyIndex, KeyOwner
from ..seed.model import Connector, OAuthClientCredential, Organisation, Seed, SeedError, Starter, check_seed
from .sqlite.connector_configs import ConnectorConfigs, SqliteConnectorConfigs


class CatalogueStore(Protocol):
    async def organisation(self, organisation_id: str) -> Organisation | None: ...

    async def connector(self, organisation_id: str, connector_id: str) -> Connector | None:
        """The connector, if it exists in that organisation."""
        ...

    async def connectors(self, organisation_id: str) -> list[Connector]:
        """Every connector of the organisation, in the order added."""
        ...

    async def credential(self, credential_id: str) -> OAuthClientCredential | None:
        """A credential of the seed, of an addition, or made from an auth scheme config's grant."""
        ...

    async def auth_scheme_configs(self, connector_id: str, now: str) -> ConnectorConfigs:
        """The connector's configs: the seed's until changed (``now`` is the time of a first read)."""
        ...

    async def replace_auth_scheme_configs(self, connector_id: str, configs: list[dict[str, Any]], now: str) -> None:
        """The connector's configs from now on (after ``auth_scheme_configs`` read them once)."""
        ...

    async def add_client_credential(self, credential: OAuthClientCredential) -> None:
        """Keep an ``oauth2-client`` credential made from a grant's client id and secret."""
        ...

    async def provider_credential(self, client_id: str) -> OAuthClientCredential | None:
        """The credential with this client id whose token endpoint is the built-in provider's: the provider's
        registered client (the last one added wins when two share a client id)."""
        ...

    async def api_key(self, secret: str) -> KeyOwner | None:
        """Whom the API key ``secret`` acts for (keys are held as digests, compared in constant time)."""
        ...

    async def holds_id(self, id_: str) -> bool:
        """Whether an organisation, connector or credential has this id."""
        ...

    async def starter(self, token_url: str | None = None) -> Starter | None:
        """As ``Seed.starter``, over everything the catalogue holds."""
        ...

    async def add(self, addition: Seed) -> None:
        """Add every entry of ``addition`` or, when ``check_addition`` refuses it (``SeedError``), none."""
        ...

    async def reset(self) -> None:
        """Back to the seed: every addition forgotten."""
        ...

    async def open(self) -> None: ...

    async def close(self) -> None: ...


async def check_addition(catalogue: CatalogueStore, addition: Seed) -> None:
    """Refuse (``SeedError`` naming the field) an addition whose ids are taken, whose API keys exist already or
    whose owners are neither in it nor in the catalogue; the same rules as a seed file's otherwise."""
    ids = [item.id for item in addition.organisations]
    ids += [item.id for item in addition.connectors] + [item.id for item in addition.credentials]
    taken = [id_ for id_ in ids if await catalogue.holds_id(id_)]
    owners = {item.organisation_id for item in addition.connectors} | {
        item.organisation_id for item in addition.api_keys
    }
    owners |= {item.organisation_id for item in addition.credentials}
    known = [owner for owner in owners if await catalogue.organisation(owner) is not None]
    check_seed(addition, known_organisations=known, taken_ids=taken)
    secrets = [key.key for key in addition.api_keys]
    for index, key in enumerate(addition.api_keys):
        if secrets.index(key.key) != index or await catalogue.api_key(key.key) is not None:
            raise SeedError(f"api_keys[{index}]: this key exists already", f"api_keys[{index}].key")


class MemoryCatalogue:
    """The catalogue in this process's memory: one per worker, so additions are seen by that worker only."""

    def __init__(self, seed: Seed, provider_token_url: str, configs: SqliteConnectorConfigs | None = None) -> None:
        self._seed = seed
        self._provider_token_url = provider_token_url
        self._configs = configs if configs is not None else SqliteConnectorConfigs(":memory:")
        self._start()

    async def organisation(self, organisation_id: str) -> Organisation | None:
        return self._organisations.get(organisation_id)

    async def connector(self, organisation_id: str, connector_id: str) -> Connector | None:
        return self._connectors.get((organisation_id, connector_id))

    async def connectors(self, organisation_id: str) -> list[Connector]:
        return [item for item in self._entries.connectors if item.organisation_id == organisation_id]

    async def credential(self, credential_id: str) -> OAuthClientCredential | None:
        found = self._credentials.get(credential_id)
        return found if found is not None else await self._configs.credential(credential_id)

    async def auth_scheme_configs(self, connector_id: str, now: str) -> ConnectorConfigs:
        return await self._configs.configs(connector_id, self._seeded_configs.get(connector_id, []), now)

    async def replace_auth_scheme_configs(self, connector_id: str, configs: list[dict[str, Any]], now: str) -> None:
        await self._configs.replace(connector_id, configs, now)

    async def add_client_credential(self, credential: OAuthClientCredential) -> None:
        await self._configs.add_credential(credential)

    async def provider_credential(self, client_id: str) -> OAuthClientCredential | None:
        return self._provider_clients.get(client_id)

    async def api_key(self, secret: str) -> KeyOwner | None:
        return self._api_keys.find(secret)

    async def holds_id(self, id_: str) -> bool:
        return id_ in self._organisations or id_ in self._credentials or id_ in self._connector_ids

    async def starter(self, token_url: str | None = None) -> Starter | None:
        return self._entries.starter(token_url)

    async def add(self, addition: Seed) -> None:
        await check_addition(self, addition)
        self._store(addition)

    async def reset(self) -> None:
        self._start()
        await self._configs.clear()

    async def open(self) -> None:
        """The seed and additions live in this process; the configs' SQLite connection opens again."""
        await self._configs.open()

    async def close(self) -> None:
        """What was added stays until ``reset``, as states do across a lifespan restart; the configs' SQLite
        connection closes."""
        await self._configs.close()

    def _start(self) -> None:
        self._entries = Seed((), (), (), ())  # everything held, in order (for ``starter``)
        self._organisations: dict[str, Organisation] = {}
        self._connectors: dict[tuple[str, str], Connector] = {}
        self._connector_ids: set[str] = set()
        self._credentials: dict[str, OAuthClientCredential] = {}
        self._provider_clients: dict[str, OAuthClientCredential] = {}
        self._api_keys = ApiKeyIndex()
        self._seeded_configs: dict[str, list[dict[str, Any]]] = {}
        self._store(self._seed)

    def _store(self, addition: Seed) -> None:
        # Keys first: the index refuses (ValueError) an empty or repeated key before anything is stored.
        keys = ApiKeyIndex([*self._entries.api_keys, *addition.api_keys])
        self._entries = Seed(
            (*self._entries.organisations, *addition.organisations),
            (*self._entries.connectors, *addition.connectors),
            (*self._entries.credentials, *addition.credentials),
            (*self._entries.api_keys, *addition.api_keys),
        )
        self._organisations.update((item.id, item) for item in addition.organisations)
        self._connectors.update(((item.organisation_id, item.id), item) for item in addition.connectors)
        self._connector_ids.update(item.id for item in addition.connectors)
        self._credentials.update((item.id, item) for item in addition.credentials)
        self._provider_clients.update(
            (item.client_id, item) for item in addition.credentials if item.token_url == self._provider_token_url
        )
        self._api_keys = keys
        for item in addition.auth_scheme_configs:
            self._seeded_configs.setdefault(item.connector_id, []).append(item.config)
