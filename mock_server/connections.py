"""The connection operations: create (the end of the OAuth 2.0 loop), get one, list a page."""

from typing import Any

from .auth import Principal
from .checked_endpoint import CheckedRequest, Reply
from .connection_store import InvalidCursorError, NameTakenError, StoredTokens
from .errors import ApiError, FieldError
from .ids import new_ulid, rfc3339
from .services import Services
from .state import StateRecord
from .token_exchange import Tokens, exchange_code

_CODE_TYPE = "oauth2-code"


async def create_connector_connection(request: CheckedRequest, services: Services) -> Reply:
    organisation_id, connector_id = _connector(request, services)
    body: dict[str, Any] = request.body
    where, assignment = _the_code_credential(body["credentials"])
    data = assignment["credential"]["data"]
    state_field = f"{where}.credential.data.state"
    record = services.states.get(data["state"])
    if record is None or (record.organisation_id, record.connector_id) != (organisation_id, connector_id):
        raise _invalid_state(state_field)
    if assignment["authSchemeConfig"]["grant"]["credentialId"] != record.credential_id:
        raise ApiError(
            400,
            "invalid_request",
            "The grant names another credential than the one the connection was initialised with.",
            [FieldError(f"{where}.authSchemeConfig.grant.credentialId", "Not the initialised credential.")],
        )
    if services.connections.name_taken(connector_id, body["name"]):
        raise _name_taken()
    if services.states.take(data["state"]) is None:
        raise _invalid_state(state_field)
    credential = services.seed.credential(record.credential_id)
    if credential is None:
        raise ApiError(404, "credential_not_found", f"No credential {record.credential_id}.")
    async with services.http_client() as http:
        tokens = await exchange_code(http, credential, record, data["code"])
    connection = _connection(body, assignment, record, tokens, services.clock())
    try:
        services.connections.add(
            organisation_id, connector_id, connection, StoredTokens(tokens.access_token, tokens.refresh_token)
        )
    except NameTakenError:
        raise _name_taken() from None
    return Reply(200, connection)


async def get_connection(request: CheckedRequest, services: Services) -> Reply:
    organisation_id, connector_id = _connector(request, services)
    connection_id = request.path["connection_id"]
    connection = services.connections.get(organisation_id, connector_id, connection_id)
    if connection is None:
        raise ApiError(404, "connection_not_found", f"No connection {connection_id} in connector {connector_id}.")
    return Reply(200, connection)


async def list_connector_connections(request: CheckedRequest, services: Services) -> Reply:
    organisation_id, connector_id = _connector(request, services)
    try:
        page = services.connections.page(
            organisation_id, connector_id, int(request.query.get("first", 20)), request.query.get("after")
        )
    except InvalidCursorError:
        raise ApiError(
            400,
            "invalid_request",
            "after is not a cursor this server handed out.",
            [FieldError("after", "Unknown cursor.")],
        ) from None
    body: dict[str, Any] = {"totalCount": page.total_count, "items": page.items}
    if page.next_cursor is not None:
        body["next"] = page.next_cursor
    return Reply(200, body)


def _connector(request: CheckedRequest, services: Services) -> tuple[str, str]:
    organisation_id, connector_id = request.path["organisation_id"], request.path["connector_id"]
    _require_access(request.principal, organisation_id)
    if services.seed.connector(organisation_id, connector_id) is None:
        raise ApiError(404, "connector_not_found", f"No connector {connector_id} in organisation {organisation_id}.")
    return organisation_id, connector_id


def _require_access(principal: Principal | None, organisation_id: str) -> None:
    if principal is not None and not principal.may_act_for(organisation_id):
        raise ApiError(403, "forbidden", f"These credentials may not act for organisation {organisation_id}.")


def _the_code_credential(credentials: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    found = [
        (f"credentials.{kind}[{index}]", assignment)
        for kind in ("action", "trigger")
        for index, assignment in enumerate(credentials[kind])
        if assignment["credential"]["type"] == _CODE_TYPE
    ]
    if len(found) != 1:
        raise ApiError(
            400,
            "invalid_request",
            "Send exactly one credential of type oauth2-code, with the code and state of the provider's redirect.",
            [FieldError("credentials", f"Holds {len(found)} oauth2-code credentials.")],
        )
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


def _invalid_state(field: str) -> ApiError:
    return ApiError(
        400,
        "invalid_state",
        "The state is unknown, expired, already used or made for another connector; start the connection again.",
        [FieldError(field, "Not a usable state for this connector.")],
    )


def _name_taken() -> ApiError:
    return ApiError(
        409, "conflict", "The connector already has a connection of that name.", [FieldError("name", "Already taken.")]
    )
