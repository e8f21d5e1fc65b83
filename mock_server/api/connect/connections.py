"""The connection operations: create (the end of the OAuth 2.0 loop, or any other credential stored as
given), get, list a page either way, update and delete; and the seed's connections, planted at start-up."""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ...core.ids import new_ulid, rfc3339
from ...core.redaction import redacted_data
from ...oauth.completion import exchanged_code, state_client, usable_state
from ...oauth.errors import InvalidStateError
from ...oauth.state import made_for
from ...oauth.token_exchange import Tokens
from ...seed.model import OAuthClientCredential
from ...stores.base import NameTakenError, Replaced, Secrets
from ..calls import CheckedRequest, Reply
from ..errors import CredentialTypeMismatchError, IdMismatchError, SchemeTypeChangeError
from ..paging import page_answer
from ..services import Services
from .access import reachable_connector
from .credentials import fits, scheme_of
from .errors import (
    ConnectionChangingError,
    ConnectionInUseError,
    ConnectionNotFoundError,
    GrantForAnotherCredentialError,
    NotACredentialOfTheConnectionError,
    NotOneCodeCredentialError,
)
from .grants import SettledConfig, settled_config

_CODE_TYPE = "oauth2-code"
_KINDS = ("action", "trigger")
_SUMMARY = ("id", "name", "createdAt", "updatedAt")


@dataclass(frozen=True)
class _Assignment:
    """One entry of a create body's ``credentials.action`` or ``.trigger``, with where it was in the body."""

    kind: str
    where: str
    body: dict[str, Any]

    @property
    def credential_type(self) -> str:
        return str(self.body["credential"]["type"])


async def create_connector_connection(request: CheckedRequest, services: Services) -> Reply:
    organisation_id, connector_id = await reachable_connector(request, services)
    body: dict[str, Any] = request.body
    assignments = _assignments(body["credentials"])
    settled = await _settled(assignments, organisation_id, services)
    codes = [item for item in assignments if item.credential_type == _CODE_TYPE]
    if len(codes) > 1:
        raise NotOneCodeCredentialError(len(codes))
    client = await _code_client(codes[0], organisation_id, connector_id, services) if codes else None
    if await services.connections.name_taken(connector_id, body["name"]):
        raise NameTakenError()
    tokens = await _exchanged(codes[0], client, settled[codes[0].where].config, services) if codes and client else None
    connection, secrets = _new_connection(body, assignments, settled, organisation_id, tokens, services.clock())
    await _keep_new_clients(settled.values(), services)
    await services.connections.add(organisation_id, connector_id, connection, secrets)
    return Reply(200, connection)


async def get_connection(request: CheckedRequest, services: Services) -> Reply:
    organisation_id, connector_id = await reachable_connector(request, services)
    return Reply(200, await _stored(organisation_id, connector_id, request.path["connection_id"], services))


async def list_connector_connections(request: CheckedRequest, services: Services) -> Reply:
    organisation_id, connector_id = await reachable_connector(request, services)
    documents = await services.connections.documents(organisation_id, connector_id)
    summaries = [{key: document[key] for key in _SUMMARY} for document in documents]
    return Reply(200, {"totalCount": len(summaries), **page_answer(request.query, summaries, connector_id, "items")})


async def update_connection(request: CheckedRequest, services: Services) -> Reply:
    """Read, change and store again, the store taking the change only if the connection is still as read: a write
    that came in between is read again and the change applied to it, so what the body leaves out is kept from the
    latest connection, never from an older one."""
    organisation_id, connector_id = await reachable_connector(request, services)
    body: dict[str, Any] = request.body
    connection_id = request.path["connection_id"]
    if body["id"] != connection_id:
        raise IdMismatchError("connection_id")
    for _ in range(_UPDATE_ATTEMPTS):
        stored = await _stored(organisation_id, connector_id, connection_id, services)
        if body["name"] != stored["name"] and await services.connections.name_taken(connector_id, body["name"]):
            raise NameTakenError()
        credentials, new_clients = await _updated_credentials(
            stored, body.get("credentials", {}), organisation_id, services
        )
        updated = {
            **stored,
            "name": body["name"],
            "credentials": credentials,
            "variables": body.get("variables", stored["variables"]),
            "updatedAt": rfc3339(services.clock()),
        }
        await _keep_new_clients(new_clients, services)
        replaced = await services.connections.replace(organisation_id, connector_id, updated, stored)
        if replaced is Replaced.DONE:
            return Reply(200, updated)
        if replaced is Replaced.GONE:
            raise ConnectionNotFoundError(connector_id, connection_id)
    raise ConnectionChangingError(connection_id)


# Each attempt loses only to a write that came in between; so many in a row mean writes faster than one attempt.
_UPDATE_ATTEMPTS = 8


async def delete_connection(request: CheckedRequest, services: Services) -> Reply:
    organisation_id, connector_id = await reachable_connector(request, services)
    connection_id = request.path["connection_id"]
    await _stored(organisation_id, connector_id, connection_id, services)
    if services.seed.in_use(connection_id) and not request.query.get("force", False):
        raise ConnectionInUseError(connection_id)
    if not await services.connections.delete(organisation_id, connector_id, connection_id):
        raise ConnectionNotFoundError(connector_id, connection_id)
    return Reply(204, None)


async def plant_seed_connections(services: Services) -> None:
    """Store each connection of the seed that the connection store does not hold (at start-up: a connection of
    the seed deleted with ``force`` comes back with the next start)."""
    owners = {connector.id: connector.organisation_id for connector in services.seed.connectors}
    for planted in services.seed.connections:
        organisation_id = owners[planted.connector_id]
        if await services.connections.get(organisation_id, planted.connector_id, planted.id) is not None:
            continue
        assignments = _assignments(planted.connection["credentials"])
        settled = await _settled(assignments, organisation_id, services)
        connection, secrets = _new_connection(
            planted.connection, assignments, settled, organisation_id, None, services.clock()
        )
        await _keep_new_clients(settled.values(), services)
        try:
            await services.connections.add(
                organisation_id, planted.connector_id, {**connection, "id": planted.id}, secrets
            )
        except NameTakenError:
            continue  # another worker on the same database planted it (or a connection took its name) first


async def _stored(organisation_id: str, connector_id: str, connection_id: str, services: Services) -> dict[str, Any]:
    connection = await services.connections.get(organisation_id, connector_id, connection_id)
    if connection is None:
        raise ConnectionNotFoundError(connector_id, connection_id)
    return connection


def _assignments(credentials: dict[str, Any]) -> list[_Assignment]:
    return [
        _Assignment(kind, f"credentials.{kind}[{index}]", assignment)
        for kind in _KINDS
        for index, assignment in enumerate(credentials.get(kind, []))
    ]


async def _settled(
    assignments: list[_Assignment], organisation_id: str, services: Services
) -> dict[str, SettledConfig]:
    """Each assignment's config as it will be stored, by where it is; 400 when a credential does not fit it."""
    settled = {}
    for item in assignments:
        config = item.body["authSchemeConfig"]
        if not fits(config, item.credential_type):
            raise CredentialTypeMismatchError(f"{item.where}.credential.type", item.credential_type, scheme_of(config))
        settled[item.where] = await settled_config(config, f"{item.where}.authSchemeConfig", organisation_id, services)
    return settled


async def _code_client(
    code: _Assignment, organisation_id: str, connector_id: str, services: Services
) -> OAuthClientCredential:
    """The client credential the code's state was issued for, once the state is found usable for this connector
    (not yet consumed) and the grant names that credential."""
    field = f"{code.where}.credential.data.state"
    record = await usable_state(
        services.states, code.body["credential"]["data"]["state"], made_for("connector", connector_id), field
    )
    if record.organisation_id != organisation_id:
        raise InvalidStateError(field)
    if code.body["authSchemeConfig"]["grant"].get("credentialId") != record.credential_id:
        raise GrantForAnotherCredentialError(f"{code.where}.authSchemeConfig.grant.credentialId")
    return await state_client(services.catalogue, record)


async def _exchanged(
    code: _Assignment, client: OAuthClientCredential, config: dict[str, Any], services: Services
) -> Tokens:
    data = code.body["credential"]["data"]
    async with services.http_client() as http:
        return await exchanged_code(
            services.states,
            http,
            client,
            data["state"],
            data["code"],
            config.get("additionalTokenParams", ""),
            f"{code.where}.credential.data.state",
        )


def _new_connection(
    body: dict[str, Any],
    assignments: list[_Assignment],
    settled: dict[str, SettledConfig],
    organisation_id: str,
    tokens: Tokens | None,
    now: float,
) -> tuple[dict[str, Any], Secrets]:
    credentials: dict[str, list[dict[str, Any]]] = {kind: [] for kind in _KINDS}
    secrets: Secrets = {}
    for item in assignments:
        given = item.body["credential"]
        credential: dict[str, Any] = {"id": new_ulid(now), "organisationId": organisation_id, "name": given["name"]}
        if item.credential_type == _CODE_TYPE:
            assert tokens is not None  # create exchanged the one code; the seed holds none
            data = _token_data(tokens, now)
            credential.update(type="oauth2-token", data=redacted_data(data))
            if tokens.expires_in is not None:
                credential["expiresAt"] = data["expiry"]
        else:
            data = given["data"]
            credential.update(type=given["type"], data=redacted_data(data))
        secrets[credential["id"]] = data
        pairing = {"id": new_ulid(now), "authSchemeConfig": settled[item.where].config, "credential": credential}
        credentials[item.kind].append(pairing)
    connection = {
        "id": new_ulid(now),
        "name": body["name"],
        "credentials": credentials,
        "variables": body["variables"],
        "createdAt": rfc3339(now),
        "updatedAt": rfc3339(now),
    }
    return connection, secrets


def _token_data(tokens: Tokens, now: float) -> dict[str, Any]:
    """An ``oauth2-token`` credential's data, secrets included (``redacted_data`` hides them in answers)."""
    data: dict[str, Any] = {"scopes": list(tokens.scopes), "accessToken": tokens.access_token}
    if tokens.refresh_token is not None:
        data["refreshToken"] = tokens.refresh_token
    if tokens.expires_in is not None:
        data["expiry"] = rfc3339(now + tokens.expires_in)
    return data


async def _updated_credentials(
    stored: dict[str, Any], changes: dict[str, Any], organisation_id: str, services: Services
) -> tuple[dict[str, Any], list[SettledConfig]]:
    """The connection's credentials with ``changes`` (the update body's ``credentials``) applied: each list sent
    replaces that list, naming the connection's own credentials, each config keeping its ``schemeType``."""
    pool = {pairing["id"]: pairing for kind in _KINDS for pairing in stored["credentials"].get(kind, [])}
    result = dict(stored["credentials"])
    settled_all: list[SettledConfig] = []
    for kind in _KINDS:
        if kind not in changes:
            continue
        listed: list[dict[str, Any]] = []
        for index, item in enumerate(changes[kind]):
            where = f"credentials.{kind}[{index}]"
            pairing = pool.pop(item["id"], None)
            if pairing is None:
                raise NotACredentialOfTheConnectionError(f"{where}.id", item["id"])
            config, was = item["authSchemeConfig"], pairing["authSchemeConfig"]["schemeType"]
            if config["schemeType"] != was:
                raise SchemeTypeChangeError(f"{where}.authSchemeConfig.schemeType", was)
            credential_type = pairing["credential"]["type"]
            if not fits(config, credential_type):
                raise CredentialTypeMismatchError(f"{where}.authSchemeConfig", credential_type, scheme_of(config))
            settled = await settled_config(config, f"{where}.authSchemeConfig", organisation_id, services)
            settled_all.append(settled)
            listed.append({**pairing, "authSchemeConfig": settled.config})
        result[kind] = listed
    return result, settled_all


async def _keep_new_clients(settled: Iterable[SettledConfig], services: Services) -> None:
    for item in settled:
        if item.new_credential is not None:
            await services.catalogue.add_client_credential(item.new_credential)


def seeded_connection(name: str, now: float) -> dict[str, Any]:
    """A connection added by the control plane's seed: no credentials, no variables."""
    return {
        "id": new_ulid(now),
        "name": name,
        "credentials": {"action": [], "trigger": []},
        "variables": [],
        "createdAt": rfc3339(now),
        "updatedAt": rfc3339(now),
    }
