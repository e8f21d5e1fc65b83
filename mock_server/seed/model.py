"""The data the server starts with, as the rest of the server reads it: organisations, connectors, OAuth 2.0
client credentials, API keys, auth scheme configs and connections (``Seed``), and what a first call needs
(``Starter``). ``loading`` reads and checks a seed file into these."""

from dataclasses import dataclass, field
from typing import Any

from ..core.api_keys import ApiKey
from ..core.ids import new_ulid


@dataclass(frozen=True)
class Organisation:
    id: str
    name: str


@dataclass(frozen=True)
class Connector:
    id: str
    organisation_id: str
    name: str
    # The base URL of the connector's actions (an HTTP connector's baseUrl); empty: the server's public URL.
    base_url: str = ""


@dataclass(frozen=True)
class OAuthClientCredential:
    id: str
    organisation_id: str
    name: str
    client_id: str
    client_secret: str = field(repr=False)
    token_url: str
    authorize_url: str | None = None

    @classmethod
    def for_config(
        cls,
        organisation_id: str,
        config_name: str,
        client_id: str,
        client_secret: str,
        token_url: str,
        authorize_url: str | None,
        now: float,
        role: str = "client",
    ) -> "OAuthClientCredential":
        """The credential a config keeps its client (an OAuth 2.0 grant's) or its consumer (OAuth 1.0's) in, when
        it gives the id and the secret themselves."""
        name = f"{config_name[:200]} {role}"
        return cls(new_ulid(now), organisation_id, name, client_id, client_secret, token_url, authorize_url)


@dataclass(frozen=True)
class Starter:
    """What a first call needs, all of one organisation: a connector, a credential and an API key."""

    connector: Connector
    credential: OAuthClientCredential
    api_key: ApiKey


@dataclass(frozen=True)
class SeedConfig:
    """An auth scheme config a connector starts with: the Connect API's ``AuthSchemeConfig`` JSON."""

    connector_id: str
    config: dict[str, Any]

    @property
    def config_id(self) -> str:
        return str(self.config["id"])

    @property
    def scheme_type(self) -> str:
        return str(self.config["schemeType"])


@dataclass(frozen=True)
class SeedConnection:
    """A connection that exists from the start: the contract's ``ConnectionCreate`` JSON (no ``oauth2-code``
    credential: there is no state to exchange it with), and whether a product uses it (delete answers 412)."""

    id: str
    connector_id: str
    in_use: bool
    connection: dict[str, Any]


@dataclass(frozen=True)
class PlatformSeedEntry:
    """An item of the Platform API that exists from the start, of its organisation: the JSON its create operation
    takes (``SystemCreate``, ``LinkSystem`` with its ``project_id``, ``EndUserCreate``, ``EnvSystemConnectionCreate``),
    or a project's ``name`` and ``environments`` (its environments' ids)."""

    id: str
    organisation_id: str
    document: dict[str, Any]
    project_id: str = ""


# The Seed's Platform API sections, in the order they are planted (each may name items of those before it).
PLATFORM_SECTIONS = ("projects", "systems", "connection_templates", "end_users", "platform_connections")


@dataclass(frozen=True)
class Seed:
    organisations: tuple[Organisation, ...]
    connectors: tuple[Connector, ...]
    credentials: tuple[OAuthClientCredential, ...]
    api_keys: tuple[ApiKey, ...]
    auth_scheme_configs: tuple[SeedConfig, ...] = ()
    connections: tuple[SeedConnection, ...] = ()
    # The Platform API's.
    projects: tuple[PlatformSeedEntry, ...] = ()
    systems: tuple[PlatformSeedEntry, ...] = ()
    connection_templates: tuple[PlatformSeedEntry, ...] = ()
    end_users: tuple[PlatformSeedEntry, ...] = ()
    platform_connections: tuple[PlatformSeedEntry, ...] = ()

    @property
    def platform_entries(self) -> tuple[PlatformSeedEntry, ...]:
        """Every Platform API item, of every section."""
        return tuple(item for name in PLATFORM_SECTIONS for item in self.platform_section(name))

    def platform_section(self, name: str) -> tuple[PlatformSeedEntry, ...]:
        """The items of one of ``PLATFORM_SECTIONS``."""
        entries: tuple[PlatformSeedEntry, ...] = getattr(self, name)
        return entries

    def in_use(self, connection_id: str) -> bool:
        """Whether the seed marks the connection as used by another product."""
        return any(item.in_use for item in self.connections if item.id == connection_id)

    def connector(self, organisation_id: str, connector_id: str) -> Connector | None:
        """The connector, if it exists in that organisation."""
        for connector in self.connectors:
            if connector.id == connector_id and connector.organisation_id == organisation_id:
                return connector
        return None

    def credential(self, credential_id: str) -> OAuthClientCredential | None:
        for credential in self.credentials:
            if credential.id == credential_id:
                return credential
        return None

    def starter(self, token_url: str | None = None) -> Starter | None:
        """The first credential (with ``token_url`` as its token endpoint, when given) whose organisation
        has a connector and an API key, with those two."""
        for credential in self.credentials:
            owner = credential.organisation_id
            connector = next((item for item in self.connectors if item.organisation_id == owner), None)
            api_key = next((item for item in self.api_keys if item.organisation_id == owner), None)
            if connector and api_key and token_url in (None, credential.token_url):
                return Starter(connector, credential, api_key)
        return None
