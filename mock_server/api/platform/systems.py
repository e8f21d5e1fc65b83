"""The system operations: list a page of the organisation's systems, create, get, update and delete one, and add,
replace or delete one of its auth scheme configs, each change one atomic step of the store."""

from dataclasses import replace
from typing import Any

from ...core.errors import FieldError, InvalidRequestError
from ...core.ids import new_ulid
from ...stores.platform import Outcome, SystemRecord
from ..access import reachable_organisation
from ..calls import CheckedRequest, Reply
from ..errors import IdMismatchError, SchemeTypeChangeError
from ..paging import page_answer
from ..services import Services
from .access import reachable_system
from .configs import SettledConfig, settled_config
from .credentials import CONFIG_KEYS, config_id
from .errors import SystemConfigNotFoundError, SystemInUseError, SystemNotFoundError

_CHANGEABLE = ("name", "domain", "templateBaseUrl")


def system_answer(system: SystemRecord) -> dict[str, Any]:
    """The contract's ``System``."""
    return {**system.document, "authSchemeConfigs": [entry["config"] for entry in system.configs]}


async def list_systems(request: CheckedRequest, services: Services) -> Reply:
    organisation_id = reachable_organisation(request)
    search = request.query.get("search", "").casefold()
    answers = [system_answer(system) for system in await services.platform.systems(organisation_id)]
    matching = [item for item in answers if search in item["name"].casefold() or search in item["domain"].casefold()]
    ordered = sorted(matching, key=lambda item: str(item["id"]), reverse=True)
    page = page_answer(request.query, ordered, f"systems:{organisation_id}", "items")
    return Reply(200, {"totalCount": len(ordered), **page})


async def create_system(request: CheckedRequest, services: Services) -> Reply:
    organisation_id = reachable_organisation(request)
    body: dict[str, Any] = request.body
    system = await new_system(body, new_ulid(services.clock()), organisation_id, services)
    if not await services.platform.add_system(system.record):
        raise AssertionError("a new ULID is never taken")
    await keep_new_clients(system.settled, services)
    return Reply(201, system_answer(system.record))


async def get_system(request: CheckedRequest, services: Services) -> Reply:
    _, system = await reachable_system(request, services)
    return Reply(200, system_answer(system))


async def update_system(request: CheckedRequest, services: Services) -> Reply:
    """Each field given replaces the stored one, applied to the system as it is when the write lands."""
    organisation_id, system = await reachable_system(request, services)
    body: dict[str, Any] = request.body
    changes = {key: body[key] for key in _CHANGEABLE if key in body}
    updated = await services.platform.change_system(
        organisation_id, system.id, lambda stored: replace(stored, document={**stored.document, **changes})
    )
    if updated is None:
        raise SystemNotFoundError(organisation_id, system.id)
    return Reply(201, system_answer(updated))


async def delete_system(request: CheckedRequest, services: Services) -> Reply:
    organisation_id, system_id = reachable_organisation(request), request.path["system_id"]
    outcome = await services.platform.delete_system(organisation_id, system_id)
    if outcome is Outcome.GONE:
        raise SystemNotFoundError(organisation_id, system_id)
    if outcome is Outcome.IN_USE:
        raise SystemInUseError(system_id)
    return Reply(204, None)


async def upsert_auth_scheme_config(request: CheckedRequest, services: Services) -> Reply:
    """Add or replace the config in one atomic step of the store; of two upserts of one id, the later wins, and
    upserts of different ids never lose each other."""
    organisation_id, system = await reachable_system(request, services)
    body: dict[str, Any] = request.body
    path_id = request.path["auth_scheme_config_id"]
    sent_id = config_id(body)
    if sent_id is not None and sent_id != path_id:
        raise IdMismatchError("auth_scheme_config_id", f"{CONFIG_KEYS[body['type']]}.id")
    # Checked on what was read first, so that a change of type is refused before the grant is looked at; checked
    # again on what is stored as the write lands.
    _check_type(system, path_id, body["type"])
    settled = await settled_config(body, path_id, "", organisation_id, services)

    def upserted(stored: SystemRecord) -> SystemRecord:
        _check_type(stored, path_id, settled.type)
        configs = [entry for entry in stored.configs if entry["id"] != path_id]
        position = next((index for index, entry in enumerate(stored.configs) if entry["id"] == path_id), len(configs))
        configs.insert(position, settled.entry())
        return replace(stored, configs=configs, secrets=_with_secrets(stored.secrets, settled))

    if await services.platform.change_system(organisation_id, system.id, upserted) is None:
        raise SystemNotFoundError(organisation_id, system.id)
    await keep_new_clients([settled], services)
    return Reply(201, settled.config)


async def delete_auth_scheme_config(request: CheckedRequest, services: Services) -> Reply:
    organisation_id, system = await reachable_system(request, services)
    path_id = request.path["auth_scheme_config_id"]

    def removed(stored: SystemRecord) -> SystemRecord:
        if not any(entry["id"] == path_id for entry in stored.configs):
            raise SystemConfigNotFoundError(stored.id, path_id)
        secrets = {key: value for key, value in stored.secrets.items() if key != path_id}
        return replace(stored, configs=[entry for entry in stored.configs if entry["id"] != path_id], secrets=secrets)

    if await services.platform.change_system(organisation_id, system.id, removed) is None:
        raise SystemNotFoundError(organisation_id, system.id)
    return Reply(204, None)


class NewSystem:
    """A system about to be stored, and its configs as settled (their new client credentials to keep)."""

    def __init__(self, record: SystemRecord, settled: list[SettledConfig]) -> None:
        self.record = record
        self.settled = settled


async def new_system(body: dict[str, Any], system_id: str, organisation_id: str, services: Services) -> NewSystem:
    """The record of ``body`` (the contract's ``SystemCreate``) as ``create_system`` and the seed store it."""
    settled: list[SettledConfig] = []
    for index, config in enumerate(body["authSchemeConfigs"]):
        where = f"authSchemeConfigs[{index}]"
        id_ = config_id(config) or new_ulid(services.clock())
        if any(item.id == id_ for item in settled):
            raise InvalidRequestError(
                "Each auth scheme config of a system has an id of its own.",
                [FieldError(f"{where}.{CONFIG_KEYS[config['type']]}.id", "Another config of the system has it.")],
            )
        settled.append(await settled_config(config, id_, where, organisation_id, services))
    document = {"id": system_id, **{key: body[key] for key in _CHANGEABLE}}
    secrets = {item.id: item.secrets for item in settled if item.secrets}
    record = SystemRecord(
        organisation_id, document, [item.entry() for item in settled], secrets, dict(body.get("labels", {}))
    )
    return NewSystem(record, settled)


async def keep_new_clients(settled: list[SettledConfig], services: Services) -> None:
    for item in settled:
        if item.new_credential is not None:
            await services.catalogue.add_client_credential(item.new_credential)


def _check_type(system: SystemRecord, config_id_: str, wanted: str) -> None:
    held = next((entry["type"] for entry in system.configs if entry["id"] == config_id_), wanted)
    if held != wanted:
        raise SchemeTypeChangeError("type", held)


def _with_secrets(secrets: dict[str, dict[str, Any]], settled: SettledConfig) -> dict[str, dict[str, Any]]:
    kept = {key: value for key, value in secrets.items() if key != settled.id}
    if settled.secrets:
        kept[settled.id] = settled.secrets
    return kept
