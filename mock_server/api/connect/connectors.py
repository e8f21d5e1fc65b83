"""The connector operations: list the organisation's connectors, get one, and add, replace or delete one of its
auth scheme configs. A connector is the catalogue's entry, its configs (the seed's until the API changes them)
and its connections."""

from typing import Any

from ...core.ids import rfc3339
from ...seed.model import Connector
from ...stores.base import StoredConfig
from ..access import reachable_organisation
from ..calls import CheckedRequest, Reply
from ..errors import IdMismatchError, SchemeTypeChangeError
from ..paging import newest_first, page_answer
from ..services import Services
from .access import reachable_connector
from .errors import AuthSchemeConfigNotFoundError
from .grants import settled_config


async def list_connectors(request: CheckedRequest, services: Services) -> Reply:
    organisation_id = reachable_organisation(request)
    name, protocol = request.query.get("name", "").casefold(), request.query.get("protocol", "").casefold()
    answers = [await _answer(connector, services) for connector in await services.catalogue.connectors(organisation_id)]
    matching = [
        answer for answer in answers if name in answer["name"].casefold() and protocol in answer["protocol"].casefold()
    ]
    ordered = newest_first(matching)
    return Reply(
        200, {"totalCount": len(ordered), **page_answer(request.query, ordered, organisation_id, "connectors")}
    )


async def get_connector(request: CheckedRequest, services: Services) -> Reply:
    connector = await _connector(request, services)
    return Reply(200, await _answer(connector, services))


async def upsert_auth_scheme_config(request: CheckedRequest, services: Services) -> Reply:
    """Add or replace the config in one atomic step of the store; of two upserts of one id, the later wins."""
    connector = await _connector(request, services)
    body: dict[str, Any] = request.body
    config_id = request.path["auth_scheme_config_id"]
    if body["id"] != config_id:
        raise IdMismatchError("auth_scheme_config_id")
    now = rfc3339(services.clock())
    # Read first so that a change of schemeType is refused before the grant is looked at, as the contract orders
    # them; the store checks the type again as it writes.
    configs = (await services.catalogue.auth_scheme_configs(connector.id, now)).configs
    held = next((config["schemeType"] for config in configs if config["id"] == config_id), body["schemeType"])
    if held != body["schemeType"]:
        raise SchemeTypeChangeError("schemeType", held)
    settled = await settled_config(body, "", connector.organisation_id, services)
    if settled.new_credential is not None:
        await services.catalogue.add_client_credential(settled.new_credential)
    stored = StoredConfig(config_id, body["schemeType"], settled.config)
    blocked = await services.catalogue.upsert_auth_scheme_config(connector.id, stored, now)
    if blocked is not None:
        raise SchemeTypeChangeError("schemeType", blocked)
    return Reply(200, await _answer(connector, services))


async def delete_auth_scheme_config(request: CheckedRequest, services: Services) -> Reply:
    connector = await _connector(request, services)
    config_id = request.path["auth_scheme_config_id"]
    if not await services.catalogue.delete_auth_scheme_config(connector.id, config_id, rfc3339(services.clock())):
        raise AuthSchemeConfigNotFoundError(connector.id, config_id)
    return Reply(200, await _answer(connector, services))


async def _connector(request: CheckedRequest, services: Services) -> Connector:
    organisation_id, connector_id = await reachable_connector(request, services)
    connector = await services.catalogue.connector(organisation_id, connector_id)
    assert connector is not None  # reachable_connector answered 404 otherwise
    return connector


async def _answer(connector: Connector, services: Services) -> dict[str, Any]:
    """The contract's ``HttpConnector`` for ``connector``."""
    configs = await services.catalogue.auth_scheme_configs(connector.id, rfc3339(services.clock()))
    return {
        "id": connector.id,
        "organisationId": connector.organisation_id,
        "name": connector.name,
        "public": False,
        "protocol": "http",
        "baseUrl": connector.base_url or services.settings.base_url,
        "authSchemeConfigs": configs.configs,
        "connections": await services.connections.documents(connector.organisation_id, connector.id),
        "versions": [],
        "createdAt": configs.created_at,
        "updatedAt": configs.updated_at,
    }
