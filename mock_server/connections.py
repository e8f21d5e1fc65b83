"""The connection operations: create (the end of the OAuth 2.0 loop), get one, list a page."""

from typing import Any

from . import errors
from .access import reachable_connector
from .checked_endpoint import CheckedRequest, Reply
from .connection_store import InvalidCursorError, NameTakenError, StoredTokens
from .ids import new_ulid, rfc3339
from .services import Services
from .state import StateRecord
from .token_exchange import Tokens, exchange_code

_CODE_TYPE = "oauth2-code"


async def create_connector_connection(request: CheckedRequest, services: Services) -> Reply:
    organisation_id, connector_id = await reachable_connector(request, services)
    body: dict[str, Any] = request.body
    where, assignment = _the_code_credential(body["credentials"])
    data = assignment["credential"]["data"]
    state_field = f"{where}.credential.data.state"
    record = await services.states.get(data["state"])
    if record is None or (record.organisation_id, record.connector_id) != (organisation_id, connector_id):
        raise errors.invalid_state(state_field)
    if assignment["authSchemeConfig"]["grant"]["credentialId"] != record.credential_id:
        raise errors.grant_for_another_credential(f"{where}.authSchemeConfig.grant.credentialId")
    if await services.connections.name_taken(connector_id, body["name"]):
        raise errors.name_taken()
    if await services.states.take(data["state"]) is None:
        raise errors.invalid_state(state_field)
    credential = await services.catalogue.credential(record.credential_id)
    if credential is None:
        raise errors.credential_not_found(record.credential_id, field=None)
    async with services.http_client() as http:
        tokens = await exchange_code(http, credential, record, data["code"])
    connection = _connection(body, assignment, record, tokens, services.clock())
    try:
        await services.connections.add(
            organisation_id, connector_id, connection, StoredTokens(tokens.access_token, tokens.refresh_token)
        )
    except NameTakenError:
        raise errors.name_taken() from None
    return Reply(200, connection)


async def get_connection(request: CheckedRequest, services: Services) -> Reply:
    organisation_id, connector_id = await reachable_connector(request, services)
    connection_id = request.path["connection_id"]
    connection = await services.connections.get(organisation_id, connector_id, connection_id)
    if connection is None:
        raise errors.connection_not_found(connector_id, connection_id)
    return Reply(200, connection)


async def list_connector_connections(request: CheckedRequest, services: Services) -> Reply:
    organisation_id, connector_id = await reachable_connector(request, services)
    try:
        page = await services.connections.page(
            organisation_id, connector_id, int(request.query.get("first", 20)), request.query.get("after")
        )
    except InvalidCursorError:
        raise errors.unknown_cursor() from None
    body: dict[str, Any] = {"totalCount": page.total_count, "items": page.items}
    if page.next_cursor is not None:
        body["next"] = page.next_cursor
    return Reply(200, body)


def _the_code_credential(credentials: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    found = [
        (f"credentials.{kind}[{index}]", assignment)
        for kind in ("action", "trigger")
        for index, assignment in enumerate(credentials[kind])
        if assignment["credential"]["type"] == _CODE_TYPE
    ]
    if len(found) != 1:
        raise errors.not_one_code_credential(len(found))
    return found[0]


def _connection(
    body: dict[str, Any], assignment: dict[str, Any], record: StateRecord, tokens: Tokens, now: float
) -> dict[str, Any]:
    config = {key: value for key, value in assignment["authSchemeConfig"].items() if key != "grant"}
    config["grant"] = {
        key: value for key, value in assignment["authSchemeConfig"]["grant"].items() if key != "clientSecret"
    }
    token_data: dict[str, Any] = {"scopes": list(tokens.scopes)}
    credential: dict[str, Any] = {
        "id": new_ulid(now),
        "organisationId": record.organisation_id,
        "type": "oauth2-token",
        "name": assignment["credential"]["name"],
        "data": token_data,
    }
    if tokens.expires_in is not None:
        token_data["expiry"] = credential["expiresAt"] = rfc3339(now + tokens.expires_in)
    stored = {"id": new_ulid(now), "authSchemeConfig": config, "credential": credential}
    kinds = {kind: [stored] if assignment in body["credentials"][kind] else [] for kind in ("action", "trigger")}
    return {
        "id": new_ulid(now),
        "name": body["name"],
        "credentials": kinds,
        "variables": body["variables"],
        "createdAt": rfc3339(now),
        "updatedAt": rfc3339(now),
    }
