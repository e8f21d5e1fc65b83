"""The catalogue: the organisations, connectors, OAuth 2.0 client credentials and API keys the server knows.

It starts from the seed (``seed.starting_seed``), takes additions at run time (the admin API's and the test
kit's ``seed``) and goes back to the seed on ``reset``. Every lookup of the server goes through it: the access
check of each operation (``connector``), initialise and create (``credential``), authentication (``api_key``),
the built-in provider's registered clients (``provider_credential``) and the demo page (``starter``).

``CatalogueStore`` is the interface; ``MemoryCatalogue`` keeps it in this process's dicts, so the hot path
(authentication and the access check on every call) is a dict lookup with no thread hop. Another backend (Redis,
say) implements the same Protocol, refuses an addition with ``check_addition`` before storing any part of it, and
gets a branch in ``stores.open_stores``.
"""

from typing import Protocol

from .auth import ApiKeyIndex, KeyOwner
from .seed import Connector, OAuthClientCredential, Organisation, Seed, SeedError, Starter, check_seed


class CatalogueStore(Protocol):
    async def organisation(self, organisation_id: str) -> Organisation | None: ...

    async def connector(self, organisation_id: str, connector_id: str) -> Connector | None:
        """The connector, if it exists in that organisation."""
        ...

    async def credential(self, credential_id: str) -> OAuthClientCredential | None: ...

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

    def __init__(self, seed: Seed, provider_token_url: str) -> None:
        self._seed = seed
        self._provider_token_url = provider_token_url
        self._start()

    async def organisation(self, organisation_id: str) -> Organisation | None:
        return self._organisations.get(organisation_id)

    async def connector(self, organisation_id: str, connector_id: str) -> Connector | None:
        return self._connectors.get((organisation_id, connector_id))

    async def credential(self, credential_id: str) -> OAuthClientCredential | None:
        return self._credentials.get(credential_id)

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

    async def open(self) -> None:
        """Nothing to open: the catalogue lives in this process."""

    async def close(self) -> None:
        """Nothing to close; what was added stays until ``reset``, as states do across a lifespan restart."""

    def _start(self) -> None:
        self._entries = Seed((), (), (), ())  # everything held, in order (for ``starter``)
        self._organisations: dict[str, Organisation] = {}
        self._connectors: dict[tuple[str, str], Connector] = {}
        self._connector_ids: set[str] = set()
        self._credentials: dict[str, OAuthClientCredential] = {}
        self._provider_clients: dict[str, OAuthClientCredential] = {}
        self._api_keys = ApiKeyIndex()
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
