"""The connection operations: create on a template (the end of the OAuth 2.0 or OAuth 1.0a loop, or any other
credential stored as given), list a page (by system, by end user), get, update (a reauthorising code included) and
delete."""

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import jsonschema_rs

from ...core.ids import new_ulid, rfc3339
from ...core.redaction import restored_data
from ...oauth.completion import exchanged_code, state_client, usable_state
from ...oauth.errors import InvalidStateError
from ...oauth.oauth1 import TokenCredentials, exchanged_verifier
from ...oauth.state import made_for
from ...oauth.token_exchange import Tokens
from ...stores.base import NameTakenError
from ...stores.platform import ConnectionRecord, Outcome, TemplateRecord
from ..access import reachable_organisation
from ..calls import CheckedRequest, Reply
from ..errors import (
    CredentialTypeMismatchError,
    NotACredentialOfTheConnectionError,
    NotOneCodeCredentialError,
    SchemeTypeChangeError,
)
from ..paging import newest_first, page_answer
from ..services import Services
from .configs import SettledConfig, settled_config
from .credentials import DATA_KEYS, answered_data, config_id, fits, scheme_of
from .errors import (
    CredentialForAnotherOrganisationError,
    EndUserConnectionError,
    EndUserNotFoundError,
    ExternalIdMissingError,
    ExternalIdOnStaticError,
    FieldRuleError,
    RedirectUrlMismatchError,
    SystemConnectionNotFoundError,
    TemplateNotFoundError,
)
from .systems import keep_new_clients

_CODE = "oauth2-code"
_OAUTH1 = "oauth1"
# What a sign-in brings back and is stored as: an OAuth 2.0 code's tokens, an OAuth 1.0a verifier's credentials.
SignedIn = Tokens | TokenCredentials
# The contract's ConnectionBaseUrl is ``format: uri`` (RFC 3986), which the schema check leaves as an annotation;
# a base URL is echoed in every answer, so it is held to the format here.
_URI = jsonschema_rs.Draft202012Validator({"type": "string", "format": "uri"}, validate_formats=True)


def connection_name_taken() -> NameTakenError:
    return NameTakenError("The system already has a connection of that name.")


@dataclass(frozen=True)
class _Entry:
    """One entry of a body's credentials, with where it is in the body."""

    where: str
    body: dict[str, Any]

    @property
    def credential(self) -> dict[str, Any]:
        return dict(self.body["credential"])

    @property
    def credential_type(self) -> str:
        return str(self.body["credential"]["type"])

    def data(self) -> dict[str, Any]:
        """The credential's keyed object (``{}`` for ``none``); 400 naming ``data`` when a type that needs data has
        none."""
        data = self.credential.get("data")
        if data is None and self.credential_type != "none":
            raise FieldRuleError(
                "Every credential but a none one carries its data.", f"{self.where}.credential.data", "Required."
            )
        return dict((data or {}).get(DATA_KEYS[self.credential_type], {}))


@dataclass(frozen=True)
class _Code:
    """The connection's oauth2-code or oauth1 credential, once its state is found usable for the system."""

    entry: _Entry
    client: Any
    state: str


async def create_connection(request: CheckedRequest, services: Services) -> Reply:
    organisation_id = reachable_organisation(request)
    body: dict[str, Any] = request.body
    _check_base_url(body["connection"].get("baseUrl"), "connection.baseUrl")
    template = await services.platform.template(organisation_id, body["connectionTemplateId"])
    if template is None:
        raise TemplateNotFoundError(organisation_id, body["connectionTemplateId"], "connectionTemplateId")
    end_user_id = await _end_user_of(body, template, organisation_id, services)
    entries = _entries(body["connection"]["credentials"], "connection.credentials")
    settled = await _settled(entries, organisation_id, services)
    code = await _code(entries, organisation_id, template.system_id, services)
    name = body["connection"]["name"]
    if await services.platform.connection_name_taken(template.system_id, name):
        raise connection_name_taken()
    tokens = await _signed_in(code, settled, services)
    record = new_connection(
        body["connection"], entries, settled, tokens, organisation_id, template, end_user_id, services.clock()
    )
    await keep_new_clients(list(settled.values()), services)
    outcome = await services.platform.add_connection(record)
    if outcome is Outcome.NAME_TAKEN:
        raise connection_name_taken()
    if outcome is Outcome.GONE:
        if end_user_id is not None and await services.platform.end_user(organisation_id, end_user_id) is None:
            raise EndUserNotFoundError(organisation_id, body["externalId"], "externalId")
        raise TemplateNotFoundError(organisation_id, template.id, "connectionTemplateId")
    return Reply(201, record.document)


async def get_connection(request: CheckedRequest, services: Services) -> Reply:
    organisation_id = reachable_organisation(request)
    return Reply(200, (await _stored(organisation_id, request.path["connection_id"], services)).document)


async def list_connections(request: CheckedRequest, services: Services) -> Reply:
    organisation_id = reachable_organisation(request)
    records = await services.platform.connections(organisation_id)
    system_id = request.query.get("system_id")
    if system_id is not None:
        records = [record for record in records if record.system_id == system_id]
    reference = request.query.get("end_user_id")
    if reference is not None:
        user = await services.platform.end_user(organisation_id, reference)
        records = [record for record in records if user is not None and record.end_user_id == user.id]
    ordered = newest_first([record.document for record in records])
    page = page_answer(request.query, ordered, f"connections:{organisation_id}", "items")
    return Reply(200, {"totalCount": len(ordered), **page})


async def update_connection(request: CheckedRequest, services: Services) -> Reply:
    """The body's name, base URL and credentials, applied to the connection as it is when the write lands (a
    ``[redacted]`` value keeps the secret stored then); a reauthorising code is exchanged once, before."""
    organisation_id, connection_id = reachable_organisation(request), request.path["connection_id"]
    body: dict[str, Any] = request.body
    _check_base_url(body["baseUrl"] or None, "baseUrl")
    stored = await _stored(organisation_id, connection_id, services)
    entries = _entries(body["credentials"], "credentials")
    _check_entries(entries, stored)
    settled = await _settled(entries, organisation_id, services)
    code = await _code(entries, organisation_id, stored.system_id, services)
    tokens = await _signed_in(code, settled, services)
    now = services.clock()

    async def updated(latest: ConnectionRecord) -> ConnectionRecord:
        _check_entries(entries, latest)
        by_id = {pairing["id"]: pairing for pairing in latest.document["credentials"]}
        credentials, secrets = [], {}
        for entry in entries:
            pairing = by_id[entry.body["id"]]
            credential_id = pairing["credential"]["id"]
            held = latest.secrets.get(credential_id, {})
            credential_type, data = _stored_data(entry, tokens, now, held)
            credential = {
                **pairing["credential"],
                "type": credential_type,
                "data": answered_data(credential_type, data),
            }
            if "name" in entry.credential:
                credential["name"] = entry.credential["name"]
            credentials.append(
                {"id": pairing["id"], "authSchemeConfig": settled[entry.where].config, "credential": credential}
            )
            secrets[credential_id] = data
        document = {
            **latest.document,
            "name": body["name"],
            "credentials": credentials,
            "updatedAt": rfc3339(now),
        }
        if body["baseUrl"]:
            document["baseUrl"] = body["baseUrl"]
        return replace(latest, document=document, secrets=secrets)

    outcome = await services.platform.replace_connection(organisation_id, connection_id, updated)
    if outcome is Outcome.GONE:
        raise SystemConnectionNotFoundError(organisation_id, connection_id)
    if outcome is Outcome.NAME_TAKEN:
        raise connection_name_taken()
    assert isinstance(outcome, ConnectionRecord)
    await keep_new_clients(list(settled.values()), services)
    return Reply(200, outcome.document)


async def delete_connection(request: CheckedRequest, services: Services) -> Reply:
    organisation_id, connection_id = reachable_organisation(request), request.path["connection_id"]
    outcome = await services.platform.delete_connection(organisation_id, connection_id)
    if outcome is Outcome.GONE:
        raise SystemConnectionNotFoundError(organisation_id, connection_id)
    if outcome is Outcome.IN_USE:
        raise EndUserConnectionError(connection_id)
    return Reply(204, None)


def new_connection(
    connection: dict[str, Any],
    entries: Sequence["_Entry"],
    settled: dict[str, SettledConfig],
    tokens: SignedIn | None,
    organisation_id: str,
    template: TemplateRecord,
    end_user_id: str | None,
    now: float,
    connection_id: str | None = None,
) -> ConnectionRecord:
    """The record of a create body's ``connection``: new ids for the connection, its entries and credentials
    (``connection_id`` and the ids sent kept instead when the seed plants it)."""
    seeded = connection_id is not None
    credentials, secrets = [], {}
    for entry in entries:
        sent = entry.credential
        credential_type, data = _stored_data(entry, tokens, now, {})
        credential_id = sent["id"] if seeded else new_ulid(now)
        credential = {"id": credential_id, "organisationId": organisation_id, "type": credential_type}
        if "name" in sent:
            credential["name"] = sent["name"]
        credential["data"] = answered_data(credential_type, data)
        pairing = {"id": entry.body["id"] if seeded else new_ulid(now), "authSchemeConfig": settled[entry.where].config}
        credentials.append({**pairing, "credential": credential})
        secrets[credential_id] = data
    document: dict[str, Any] = {"id": connection_id or new_ulid(now), "name": connection["name"]}
    document["credentials"] = credentials
    if "baseUrl" in connection:
        document["baseUrl"] = connection["baseUrl"]
    document.update(
        systemId=template.system_id, connectionTemplateId=template.id, createdAt=rfc3339(now), updatedAt=rfc3339(now)
    )
    return ConnectionRecord(organisation_id, template.system_id, template.id, end_user_id, document, secrets)


def _check_base_url(base_url: str | None, field: str) -> None:
    if base_url is not None and not _URI.is_valid(base_url):
        raise FieldRuleError("A base URL is an absolute URI (RFC 3986).", field, "Not a URI.")


def entries_of(credentials: list[dict[str, Any]], where: str) -> list[_Entry]:
    return _entries(credentials, where)


async def settled_entries(entries: list[_Entry], organisation_id: str, services: Services) -> dict[str, SettledConfig]:
    return await _settled(entries, organisation_id, services)


async def _stored(organisation_id: str, connection_id: str, services: Services) -> ConnectionRecord:
    record = await services.platform.connection(organisation_id, connection_id)
    if record is None:
        raise SystemConnectionNotFoundError(organisation_id, connection_id)
    return record


async def _end_user_of(
    body: dict[str, Any], template: TemplateRecord, organisation_id: str, services: Services
) -> str | None:
    """The id of the end user a dynamic template's connection is for; None on a static template."""
    external_id = body.get("externalId")
    if not template.dynamic:
        if external_id is not None:
            raise ExternalIdOnStaticError()
        return None
    if external_id is None:
        raise ExternalIdMissingError()
    user = await services.platform.end_user(organisation_id, external_id)
    if user is None:
        raise EndUserNotFoundError(organisation_id, external_id, "externalId")
    return user.id


def _entries(credentials: list[dict[str, Any]], where: str) -> list[_Entry]:
    entries = [_Entry(f"{where}[{index}]", item) for index, item in enumerate(credentials)]
    codes = [entry for entry in entries if entry.credential_type == _CODE]
    if len(codes) > 1:
        raise NotOneCodeCredentialError(len(codes), where)
    sign_ins = [entry for entry in entries if entry.credential_type in (_CODE, _OAUTH1)]
    if len(sign_ins) > 1:
        raise FieldRuleError(
            "Send at most one credential that completes a sign-in (oauth2-code or oauth1): one state makes one "
            "connection.",
            f"{sign_ins[1].where}.credential.type",
            "A second sign-in.",
        )
    return entries


def _check_entries(entries: list[_Entry], stored: ConnectionRecord) -> None:
    """Each entry names one of the connection's own, once, with its credential's id and organisation, under a
    config of the same type; and every one of them is listed."""
    held = {pairing["id"]: pairing for pairing in stored.document["credentials"]}
    seen: set[str] = set()
    for entry in entries:
        pairing = held.get(entry.body["id"])
        if pairing is None or entry.body["id"] in seen:
            raise NotACredentialOfTheConnectionError(f"{entry.where}.id", entry.body["id"])
        seen.add(entry.body["id"])
        for name in ("id", "organisationId"):
            if entry.credential[name] != pairing["credential"][name]:
                raise FieldRuleError(
                    f"The credential's {name} is not the one the connection holds.",
                    f"{entry.where}.credential.{name}",
                    "Not the connection's.",
                )
        was = pairing["authSchemeConfig"]["type"]
        if entry.body["authSchemeConfig"]["type"] != was:
            raise SchemeTypeChangeError(f"{entry.where}.authSchemeConfig.type", was)
    missing = [id_ for id_ in held if id_ not in seen]
    if missing:
        raise NotACredentialOfTheConnectionError("credentials", missing[0])


async def _settled(entries: list[_Entry], organisation_id: str, services: Services) -> dict[str, SettledConfig]:
    """Each entry's config as it will be stored, by where it is; 403 when a credential names another organisation,
    400 when it does not fit its config or carries no data."""
    settled = {}
    for entry in entries:
        credential = entry.credential
        if credential["organisationId"] != organisation_id:
            raise CredentialForAnotherOrganisationError(f"{entry.where}.credential.organisationId")
        config = entry.body["authSchemeConfig"]
        if not fits(config, entry.credential_type):
            raise CredentialTypeMismatchError(
                f"{entry.where}.credential.type", entry.credential_type, scheme_of(config)
            )
        entry.data()
        where = f"{entry.where}.authSchemeConfig"
        id_ = config_id(config) or new_ulid(services.clock())
        settled[entry.where] = await settled_config(config, id_, where, organisation_id, services)
    return settled


async def _code(entries: list[_Entry], organisation_id: str, system_id: str, services: Services) -> _Code | None:
    """The oauth2-code or oauth1 entry, once its state is usable for this organisation's system (and an oauth2-code's
    ``redirectUrl`` is initialise's, an oauth1's ``oauthToken`` the temporary token kept with the state)."""
    code = next((entry for entry in entries if entry.credential_type in (_CODE, _OAUTH1)), None)
    if code is None:
        return None
    data = code.data()
    field = f"{code.where}.credential.data.{DATA_KEYS[code.credential_type]}"
    record = await usable_state(services.states, data["state"], made_for("system", system_id), f"{field}.state")
    if record.organisation_id != organisation_id:
        raise InvalidStateError(f"{field}.state")
    if code.credential_type == _OAUTH1:
        if record.oauth1_token is None or data["oauthToken"] != record.oauth1_token:
            raise InvalidStateError(f"{field}.oauthToken")
    elif data.get("redirectUrl") != record.redirect_url:
        raise RedirectUrlMismatchError(f"{field}.redirectUrl")
    return _Code(code, await state_client(services.catalogue, record), data["state"])


async def _signed_in(code: _Code | None, settled: dict[str, SettledConfig], services: Services) -> SignedIn | None:
    """What the sign-in entry brings, once exchanged at the provider: an oauth2-code's tokens, or an oauth1
    credential's token credentials."""
    if code is None:
        return None
    if code.entry.credential_type == _CODE:
        return await _exchanged(code, settled, services)
    data = code.entry.data()
    async with services.http_client() as http:
        return await exchanged_verifier(
            services.states,
            http,
            code.client,
            code.state,
            data["oauthVerifier"],
            f"{code.entry.where}.credential.data.oauth1.state",
        )


async def _exchanged(code: _Code, settled: dict[str, SettledConfig], services: Services) -> Tokens:
    """The code's tokens: its ``additionalParams`` in the body when given, else the config's
    ``additionalTokenParams``."""
    data = code.entry.data()
    config = settled[code.entry.where].config.get("oauth2", {})
    extra = data.get("additionalParams", config.get("additionalTokenParams", ""))
    async with services.http_client() as http:
        return await exchanged_code(
            services.states,
            http,
            code.client,
            code.state,
            data["code"],
            extra,
            f"{code.entry.where}.credential.data.oauth2Code.state",
        )


def _stored_data(
    entry: _Entry, tokens: SignedIn | None, now: float, held: dict[str, Any]
) -> tuple[str, dict[str, Any]]:
    """The type and data a credential is stored with: a code's tokens as ``oauth2-token``, an oauth1 credential's
    token credentials as ``oauth1-token``, else the data sent, each ``[redacted]`` value the ``held`` one."""
    if entry.credential_type == _CODE:
        assert isinstance(tokens, Tokens)  # the one code was exchanged before
        return "oauth2-token", _token_data(tokens, now)
    if entry.credential_type == _OAUTH1:
        assert isinstance(tokens, TokenCredentials)  # the one sign-in was exchanged before
        return "oauth1-token", {"token": tokens.token, "tokenSecret": tokens.secret}
    return entry.credential_type, restored_data(entry.data(), held)


def _token_data(tokens: Tokens, now: float) -> dict[str, Any]:
    """An ``oauth2-token`` credential's data, secrets included (answers show them as ``[redacted]``). Versori's
    shape requires ``refreshToken``: a provider that gave none leaves it empty."""
    data: dict[str, Any] = {"scopes": list(tokens.scopes), "accessToken": tokens.access_token, "tokenType": "Bearer"}
    if tokens.expires_in is not None:
        data["expiresAt"] = rfc3339(now + tokens.expires_in)
    data["refreshToken"] = tokens.refresh_token or ""
    return data
