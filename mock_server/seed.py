"""The data the server works on: organisations, connectors, OAuth 2.0 client credentials and API keys.

It comes from a YAML or JSON seed file, or from the built-in ``default_seed.yaml``.
"""

import json
import re
from dataclasses import MISSING, dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import yaml

from .auth import ApiKey

DEFAULT_SEED = Path(__file__).with_name("default_seed.yaml")
if TYPE_CHECKING:
    from _typeshed import DataclassInstance

_Entry = TypeVar("_Entry", bound="DataclassInstance")
_ULID = re.compile(r"[0-7][0-9A-HJKMNP-TV-Z]{25}")


class SeedError(ValueError):
    """The seed file cannot be used; the message says where and why."""


@dataclass(frozen=True)
class Organisation:
    id: str
    name: str


@dataclass(frozen=True)
class Connector:
    id: str
    organisation_id: str
    name: str


@dataclass(frozen=True)
class OAuthClientCredential:
    id: str
    organisation_id: str
    name: str
    client_id: str
    client_secret: str = field(repr=False)
    token_url: str
    authorize_url: str | None = None


@dataclass(frozen=True)
class Starter:
    """What a first call needs, all of one organisation: a connector, a credential and an API key."""

    connector: Connector
    credential: OAuthClientCredential
    api_key: ApiKey


@dataclass(frozen=True)
class Seed:
    organisations: tuple[Organisation, ...]
    connectors: tuple[Connector, ...]
    credentials: tuple[OAuthClientCredential, ...]
    api_keys: tuple[ApiKey, ...]

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


def load_seed(path: Path | None, public_url: str) -> Seed:
    """Read and check a seed file (``None``: the built-in one), filling in ``{public_url}``."""
    source = path or DEFAULT_SEED
    try:
        text = source.read_text(encoding="utf-8")
        data = json.loads(text) if source.suffix.lower() == ".json" else yaml.safe_load(text)
    except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError) as error:
        raise SeedError(f"{source}: cannot read it: {error}") from error
    if not isinstance(data, dict):
        raise SeedError(f"{source}: expected a mapping with organisations, connectors, credentials and api_keys")
    unknown = set(data) - {"organisations", "connectors", "credentials", "api_keys"}
    if unknown:
        raise SeedError(f"{source}: unknown sections {sorted(unknown, key=str)}")
    seed = Seed(
        organisations=_section(source, data, "organisations", Organisation, public_url),
        connectors=_section(source, data, "connectors", Connector, public_url),
        credentials=_section(source, data, "credentials", OAuthClientCredential, public_url),
        api_keys=_section(source, data, "api_keys", ApiKey, public_url),
    )
    _check(source, seed)
    return seed


def _section(source: Path, data: dict[str, Any], name: str, kind: type[_Entry], public_url: str) -> tuple[_Entry, ...]:
    entries = data.get(name) or []
    if not isinstance(entries, list):
        raise SeedError(f"{source}: {name} must be a list")
    allowed = {item.name: item for item in fields(kind)}
    built = []
    for index, entry in enumerate(entries):
        where = f"{source}: {name}[{index}]"
        if not isinstance(entry, dict):
            raise SeedError(f"{where} must be a mapping")
        missing = [key for key, item in allowed.items() if item.default is MISSING and key not in entry]
        unknown = sorted(set(entry) - set(allowed), key=str)
        if missing or unknown:
            raise SeedError(f"{where}: missing {missing}, unknown {unknown}")
        if not all(isinstance(value, str) and value for value in entry.values()):
            raise SeedError(f"{where}: every value must be a non-empty string")
        built.append(kind(**{key: value.replace("{public_url}", public_url) for key, value in entry.items()}))
    return tuple(built)


def _check(source: Path, seed: Seed) -> None:
    ids = [item.id for item in seed.organisations] + [item.id for item in seed.connectors]
    ids += [item.id for item in seed.credentials]
    for id_ in ids:
        if not _ULID.fullmatch(id_):
            raise SeedError(f"{source}: id {id_!r} is not a ULID")
    if len(ids) != len(set(ids)):
        raise SeedError(f"{source}: ids must be unique")
    organisations = {item.id for item in seed.organisations}
    owners = [item.organisation_id for item in seed.connectors] + [item.organisation_id for item in seed.credentials]
    owners += [item.organisation_id for item in seed.api_keys]
    for owner in owners:
        if owner not in organisations:
            raise SeedError(f"{source}: {owner!r} is not an organisation of the seed")
