"""A seed file (YAML or JSON, or the built-in ``default_seed.yaml``) read and checked into a ``Seed``.

At run time the server looks these up in its ``CatalogueStore`` (``mock_server.stores``), which starts from this
seed, takes additions checked by the same rules (``check_seed``), and goes back to it on reset.
"""

import json
import re
from collections.abc import Collection
from dataclasses import MISSING, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ..core.api_keys import ApiKey
from ..core.yaml_text import YamlError, load_yaml
from .model import (
    PLATFORM_SECTIONS,
    Connector,
    OAuthClientCredential,
    Organisation,
    PlatformSeedEntry,
    Seed,
    SeedConfig,
    SeedConnection,
)

DEFAULT_SEED = Path(__file__).with_name("default_seed.yaml")
if TYPE_CHECKING:
    from _typeshed import DataclassInstance

    from ..settings import Settings

_Entry = TypeVar("_Entry", bound="DataclassInstance")
_ULID = re.compile(r"[0-7][0-9A-HJKMNP-TV-Z]{25}")


class SeedError(ValueError):
    """The seed cannot be used; the message says where and why, ``field`` names the culprit (``connectors[0].id``)
    when there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


def load_seed(path: Path | None, public_url: str) -> Seed:
    """Read and check a seed file (``None``: the built-in one), filling in ``{public_url}``."""
    source = path or DEFAULT_SEED
    try:
        text = source.read_text(encoding="utf-8")
        data = json.loads(text) if source.suffix.lower() == ".json" else load_yaml(text)
    except (OSError, UnicodeDecodeError, ValueError, YamlError) as error:
        raise SeedError(f"{source}: cannot read it: {error}") from error
    seed = parse_seed(data, public_url, where=f"{source}: ")
    check_seed(seed, where=f"{source}: ")
    return seed


def starting_seed(settings: "Settings") -> Seed:
    """The seed the server starts with (and ``reset`` returns to): the seed file, plus the settings' API keys."""
    seed = load_seed(settings.seed, settings.base_url)
    return replace(seed, api_keys=(*seed.api_keys, *_settings_api_keys(settings)))


def parse_seed(data: object, public_url: str, *, where: str = "") -> Seed:
    """A seed from its JSON or YAML shape (snake_case keys, every value a non-empty string), each entry checked
    on its own; ``check_seed`` then checks the entries against each other. ``where`` prefixes each message."""
    if not isinstance(data, dict):
        raise SeedError(f"{where}expected a mapping with organisations, connectors, credentials and api_keys")
    unknown = set(data) - set(SECTIONS)
    if unknown:
        first = sorted(unknown, key=str)
        raise SeedError(f"{where}unknown sections {first}", str(first[0]))
    return Seed(
        organisations=_section(where, data, "organisations", Organisation, public_url),
        connectors=_section(where, data, "connectors", Connector, public_url),
        credentials=_section(where, data, "credentials", OAuthClientCredential, public_url),
        api_keys=_section(where, data, "api_keys", ApiKey, public_url),
        auth_scheme_configs=tuple(
            SeedConfig(entry["connector_id"], _filled(entry["config"], public_url))
            for entry in _documents(where, data, "auth_scheme_configs", {"connector_id": str, "config": dict})
        ),
        connections=tuple(
            SeedConnection(
                entry["id"], entry["connector_id"], entry["in_use"], _filled(entry["connection"], public_url)
            )
            for entry in _documents(
                where, data, "connections", {"id": str, "connector_id": str, "in_use": bool, "connection": dict}
            )
        ),
        **{name: _platform_section(where, data, name, public_url) for name in PLATFORM_SECTIONS},
    )


# Each Platform API section: the key of its JSON document (None: a project, whose name and environments are it).
_PLATFORM_SHAPES: dict[str, tuple[str | None, dict[str, type]]] = {
    "projects": (None, {"name": str, "environments": list}),
    "systems": ("system", {"system": dict}),
    "connection_templates": ("template", {"project_id": str, "template": dict}),
    "end_users": ("end_user", {"end_user": dict}),
    "platform_connections": ("connection", {"connection": dict}),
}


def _platform_section(where: str, data: dict[str, Any], name: str, public_url: str) -> tuple[PlatformSeedEntry, ...]:
    key, shape = _PLATFORM_SHAPES[name]
    entries = _documents(where, data, name, {"id": str, "organisation_id": str, **shape})
    return tuple(
        PlatformSeedEntry(
            entry["id"],
            entry["organisation_id"],
            _filled(entry[key] if key else {"name": entry["name"], "environments": entry["environments"]}, public_url),
            entry.get("project_id", ""),
        )
        for entry in entries
    )


SECTIONS = (
    "organisations",
    "connectors",
    "credentials",
    "api_keys",
    "auth_scheme_configs",
    "connections",
    *PLATFORM_SECTIONS,
)


def _documents(where: str, data: dict[str, Any], name: str, shape: dict[str, type]) -> list[dict[str, Any]]:
    """The entries of a section whose entries carry JSON documents: each a mapping of exactly ``shape``'s keys,
    of ``shape``'s types (the documents themselves are checked against the contract by ``check_documents``)."""
    entries = data.get(name) or []
    if not isinstance(entries, list):
        raise SeedError(f"{where}{name} must be a list", name)
    for index, entry in enumerate(entries):
        at = f"{name}[{index}]"
        if not isinstance(entry, dict) or set(entry) != set(shape):
            raise SeedError(f"{where}{at} must be a mapping of exactly {sorted(shape)}", at)
        for key, kind in shape.items():
            if not isinstance(entry[key], kind) or entry[key] in ("", {}):
                raise SeedError(f"{where}{at}.{key} must be a non-empty {kind.__name__}", f"{at}.{key}")
    return entries


def _filled(document: Any, public_url: str) -> Any:
    """``document`` with ``{public_url}`` replaced in every string."""
    if isinstance(document, str):
        return document.replace("{public_url}", public_url)
    if isinstance(document, list):
        return [_filled(item, public_url) for item in document]
    if isinstance(document, dict):
        return {key: _filled(value, public_url) for key, value in document.items()}
    return document


def _section(where: str, data: dict[str, Any], name: str, kind: type[_Entry], public_url: str) -> tuple[_Entry, ...]:
    entries = data.get(name) or []
    if not isinstance(entries, list):
        raise SeedError(f"{where}{name} must be a list", name)
    allowed = {item.name: item for item in fields(kind)}
    built = []
    for index, entry in enumerate(entries):
        at = f"{name}[{index}]"
        if not isinstance(entry, dict):
            raise SeedError(f"{where}{at} must be a mapping", at)
        missing = [key for key, item in allowed.items() if item.default is MISSING and key not in entry]
        unknown = sorted(set(entry) - set(allowed), key=str)
        if missing or unknown:
            raise SeedError(f"{where}{at}: missing {missing}, unknown {unknown}", f"{at}.{[*missing, *unknown][0]}")
        for key, value in entry.items():
            if not (isinstance(value, str) and value):
                raise SeedError(f"{where}{at}: every value must be a non-empty string", f"{at}.{key}")
        built.append(kind(**{key: value.replace("{public_url}", public_url) for key, value in entry.items()}))
    return tuple(built)


def check_seed(
    seed: Seed,
    *,
    where: str = "",
    known_organisations: Collection[str] = (),
    taken_ids: Collection[str] = (),
) -> None:
    """Ids are ULIDs, unique (also against ``taken_ids``, those already in use), and every owner is an
    organisation of the seed or one of ``known_organisations``."""
    seen = set(taken_ids)
    ids = [(f"organisations[{index}].id", item.id) for index, item in enumerate(seed.organisations)]
    ids += [(f"connectors[{index}].id", item.id) for index, item in enumerate(seed.connectors)]
    ids += [(f"credentials[{index}].id", item.id) for index, item in enumerate(seed.credentials)]
    for at, id_ in ids:
        if not _ULID.fullmatch(id_):
            raise SeedError(f"{where}id {id_!r} is not a ULID", at)
        if id_ in seen:
            raise SeedError(f"{where}ids must be unique: {id_!r} is used twice", at)
        seen.add(id_)
    organisations = {item.id for item in seed.organisations} | set(known_organisations)
    owners = [
        (f"connectors[{index}].organisation_id", item.organisation_id) for index, item in enumerate(seed.connectors)
    ]
    owners += [
        (f"credentials[{index}].organisation_id", item.organisation_id) for index, item in enumerate(seed.credentials)
    ]
    owners += [(f"api_keys[{index}].organisation_id", key.organisation_id) for index, key in enumerate(seed.api_keys)]
    for at, owner in owners:
        if owner not in organisations:
            raise SeedError(f"{where}{owner!r} is not an organisation of the seed", at)
    connectors = {item.id for item in seed.connectors}
    holders = [
        (f"auth_scheme_configs[{index}]", item.connector_id) for index, item in enumerate(seed.auth_scheme_configs)
    ]
    holders += [(f"connections[{index}]", item.connector_id) for index, item in enumerate(seed.connections)]
    for at, connector_id in holders:
        if connector_id not in connectors:
            raise SeedError(f"{where}{connector_id!r} is not a connector of the seed", f"{at}.connector_id")
    for name in PLATFORM_SECTIONS:
        for index, item in enumerate(seed.platform_section(name)):
            at = f"{name}[{index}]"
            if not _ULID.fullmatch(item.id) or item.id in seen:
                raise SeedError(f"{where}{at}: id {item.id!r} is not a ULID or used twice", f"{at}.id")
            seen.add(item.id)
            if item.organisation_id not in organisations:
                raise SeedError(
                    f"{where}{item.organisation_id!r} is not an organisation of the seed", f"{at}.organisation_id"
                )
    for index, connection in enumerate(seed.connections):
        if not _ULID.fullmatch(connection.id) or connection.id in seen:
            raise SeedError(
                f"{where}connection id {connection.id!r} is not a ULID or used twice", f"connections[{index}].id"
            )
        seen.add(connection.id)


def _settings_api_keys(settings: "Settings") -> list[ApiKey]:
    keys = []
    for pair in settings.api_keys:
        key, separator, organisation_id = pair.rpartition("=")
        if not separator or not key or not organisation_id:
            raise ValueError(f"API key setting {pair[:4]}... must be key=organisation_id")
        keys.append(ApiKey(key=key, organisation_id=organisation_id, name="from settings"))
    return keys
