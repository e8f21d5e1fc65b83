from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.connection import Connection
from ...models.connection_create import ConnectionCreate
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organisation_id: str,
    connector_id: str,
    *,
    body: ConnectionCreate,
    prefer: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/o/{organisation_id}/connectors/{connector_id}/connections".format(
            organisation_id=quote(str(organisation_id), safe=""),
            connector_id=quote(str(connector_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Connection | Error:
    if response.status_code == 200:
        response_200 = Connection.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Error.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Error.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = Error.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Connection | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organisation_id: str,
    connector_id: str,
    *,
    client: AuthenticatedClient,
    body: ConnectionCreate,
    prefer: str | Unset = UNSET,
) -> Response[Connection | Error]:
    """Create a connection

     Creates a connection of the connector together with its credentials. Each entry of
    `credentials.action` and `credentials.trigger` pairs an auth scheme config (how the credential is
    used)
    with a new credential (what is used). The connection's `name` must be unique within the connector
    (409
    otherwise), and the credential's `type` must fit the config's `schemeType` (400
    `credential_type_mismatch` otherwise): `none` takes `none`; `api-key` and `hmac` take `string` or
    `binary`; `basic-auth` takes `basic-auth`; `certificate` takes `certificate`; `oauth2` takes
    `oauth2-code` (with the `authorization_code` grant), `oauth2-password` (with `password`),
    `oauth2-client` (with `client_credentials`) or `oauth2-token`, and `custom-function` or `jwt-bearer`
    under any grant.

    **Completing the OAuth 2.0 loop.** A credential of type `oauth2-code` carries the `code` and `state`
    the
    provider's redirect brought back. The server checks the state: it must come from an initialise call
    for
    this organisation and connector, be unexpired, and not have been used before (400 `invalid_state`
    otherwise). The state is then consumed, so one state yields at most one connection, even when the
    exchange fails. The code is exchanged with the client id and secret of the OAuth 2.0 client
    credential
    the state was issued for, at the token URL stored with that credential (never at a URL taken from
    the
    request, so that the secret cannot be sent elsewhere), with the config's `additionalTokenParams` in
    the
    body and, when initialise added PKCE, the code verifier the server kept. The tokens are stored as a
    credential of
    type `oauth2-token`, which is how the credential reads back.

    **Existing credentials.** Versori creates every credential of a connection from this body; the one
    place
    an existing credential is named is the `oauth2` config's grant: an `authorization_code` or
    `password`
    grant that gives `credentialId` and `organisationId` uses that stored `oauth2-client` credential's
    client id and secret, while one that gives `clientId` and `clientSecret` instead has them stored as
    a new
    `oauth2-client` credential. A grant naming a credential that does not exist answers 404
    (`credential_not_found`), one of another organisation 403.

    Other credential types are stored as given. Answers never carry secrets: see `Credential`.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value).
        connector_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first
            one 0 to 7 (a larger first
            character would overflow the 128-bit value).
        prefer (str | Unset):
        body (ConnectionCreate): A new connection of the connector; `name` is unique within the
            connector.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Connection | Error]
    """

    kwargs = _get_kwargs(
        organisation_id=organisation_id,
        connector_id=connector_id,
        body=body,
        prefer=prefer,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organisation_id: str,
    connector_id: str,
    *,
    client: AuthenticatedClient,
    body: ConnectionCreate,
    prefer: str | Unset = UNSET,
) -> Connection | Error | None:
    """Create a connection

     Creates a connection of the connector together with its credentials. Each entry of
    `credentials.action` and `credentials.trigger` pairs an auth scheme config (how the credential is
    used)
    with a new credential (what is used). The connection's `name` must be unique within the connector
    (409
    otherwise), and the credential's `type` must fit the config's `schemeType` (400
    `credential_type_mismatch` otherwise): `none` takes `none`; `api-key` and `hmac` take `string` or
    `binary`; `basic-auth` takes `basic-auth`; `certificate` takes `certificate`; `oauth2` takes
    `oauth2-code` (with the `authorization_code` grant), `oauth2-password` (with `password`),
    `oauth2-client` (with `client_credentials`) or `oauth2-token`, and `custom-function` or `jwt-bearer`
    under any grant.

    **Completing the OAuth 2.0 loop.** A credential of type `oauth2-code` carries the `code` and `state`
    the
    provider's redirect brought back. The server checks the state: it must come from an initialise call
    for
    this organisation and connector, be unexpired, and not have been used before (400 `invalid_state`
    otherwise). The state is then consumed, so one state yields at most one connection, even when the
    exchange fails. The code is exchanged with the client id and secret of the OAuth 2.0 client
    credential
    the state was issued for, at the token URL stored with that credential (never at a URL taken from
    the
    request, so that the secret cannot be sent elsewhere), with the config's `additionalTokenParams` in
    the
    body and, when initialise added PKCE, the code verifier the server kept. The tokens are stored as a
    credential of
    type `oauth2-token`, which is how the credential reads back.

    **Existing credentials.** Versori creates every credential of a connection from this body; the one
    place
    an existing credential is named is the `oauth2` config's grant: an `authorization_code` or
    `password`
    grant that gives `credentialId` and `organisationId` uses that stored `oauth2-client` credential's
    client id and secret, while one that gives `clientId` and `clientSecret` instead has them stored as
    a new
    `oauth2-client` credential. A grant naming a credential that does not exist answers 404
    (`credential_not_found`), one of another organisation 403.

    Other credential types are stored as given. Answers never carry secrets: see `Credential`.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value).
        connector_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first
            one 0 to 7 (a larger first
            character would overflow the 128-bit value).
        prefer (str | Unset):
        body (ConnectionCreate): A new connection of the connector; `name` is unique within the
            connector.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Connection | Error
    """

    return sync_detailed(
        organisation_id=organisation_id,
        connector_id=connector_id,
        client=client,
        body=body,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    organisation_id: str,
    connector_id: str,
    *,
    client: AuthenticatedClient,
    body: ConnectionCreate,
    prefer: str | Unset = UNSET,
) -> Response[Connection | Error]:
    """Create a connection

     Creates a connection of the connector together with its credentials. Each entry of
    `credentials.action` and `credentials.trigger` pairs an auth scheme config (how the credential is
    used)
    with a new credential (what is used). The connection's `name` must be unique within the connector
    (409
    otherwise), and the credential's `type` must fit the config's `schemeType` (400
    `credential_type_mismatch` otherwise): `none` takes `none`; `api-key` and `hmac` take `string` or
    `binary`; `basic-auth` takes `basic-auth`; `certificate` takes `certificate`; `oauth2` takes
    `oauth2-code` (with the `authorization_code` grant), `oauth2-password` (with `password`),
    `oauth2-client` (with `client_credentials`) or `oauth2-token`, and `custom-function` or `jwt-bearer`
    under any grant.

    **Completing the OAuth 2.0 loop.** A credential of type `oauth2-code` carries the `code` and `state`
    the
    provider's redirect brought back. The server checks the state: it must come from an initialise call
    for
    this organisation and connector, be unexpired, and not have been used before (400 `invalid_state`
    otherwise). The state is then consumed, so one state yields at most one connection, even when the
    exchange fails. The code is exchanged with the client id and secret of the OAuth 2.0 client
    credential
    the state was issued for, at the token URL stored with that credential (never at a URL taken from
    the
    request, so that the secret cannot be sent elsewhere), with the config's `additionalTokenParams` in
    the
    body and, when initialise added PKCE, the code verifier the server kept. The tokens are stored as a
    credential of
    type `oauth2-token`, which is how the credential reads back.

    **Existing credentials.** Versori creates every credential of a connection from this body; the one
    place
    an existing credential is named is the `oauth2` config's grant: an `authorization_code` or
    `password`
    grant that gives `credentialId` and `organisationId` uses that stored `oauth2-client` credential's
    client id and secret, while one that gives `clientId` and `clientSecret` instead has them stored as
    a new
    `oauth2-client` credential. A grant naming a credential that does not exist answers 404
    (`credential_not_found`), one of another organisation 403.

    Other credential types are stored as given. Answers never carry secrets: see `Credential`.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value).
        connector_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first
            one 0 to 7 (a larger first
            character would overflow the 128-bit value).
        prefer (str | Unset):
        body (ConnectionCreate): A new connection of the connector; `name` is unique within the
            connector.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Connection | Error]
    """

    kwargs = _get_kwargs(
        organisation_id=organisation_id,
        connector_id=connector_id,
        body=body,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organisation_id: str,
    connector_id: str,
    *,
    client: AuthenticatedClient,
    body: ConnectionCreate,
    prefer: str | Unset = UNSET,
) -> Connection | Error | None:
    """Create a connection

     Creates a connection of the connector together with its credentials. Each entry of
    `credentials.action` and `credentials.trigger` pairs an auth scheme config (how the credential is
    used)
    with a new credential (what is used). The connection's `name` must be unique within the connector
    (409
    otherwise), and the credential's `type` must fit the config's `schemeType` (400
    `credential_type_mismatch` otherwise): `none` takes `none`; `api-key` and `hmac` take `string` or
    `binary`; `basic-auth` takes `basic-auth`; `certificate` takes `certificate`; `oauth2` takes
    `oauth2-code` (with the `authorization_code` grant), `oauth2-password` (with `password`),
    `oauth2-client` (with `client_credentials`) or `oauth2-token`, and `custom-function` or `jwt-bearer`
    under any grant.

    **Completing the OAuth 2.0 loop.** A credential of type `oauth2-code` carries the `code` and `state`
    the
    provider's redirect brought back. The server checks the state: it must come from an initialise call
    for
    this organisation and connector, be unexpired, and not have been used before (400 `invalid_state`
    otherwise). The state is then consumed, so one state yields at most one connection, even when the
    exchange fails. The code is exchanged with the client id and secret of the OAuth 2.0 client
    credential
    the state was issued for, at the token URL stored with that credential (never at a URL taken from
    the
    request, so that the secret cannot be sent elsewhere), with the config's `additionalTokenParams` in
    the
    body and, when initialise added PKCE, the code verifier the server kept. The tokens are stored as a
    credential of
    type `oauth2-token`, which is how the credential reads back.

    **Existing credentials.** Versori creates every credential of a connection from this body; the one
    place
    an existing credential is named is the `oauth2` config's grant: an `authorization_code` or
    `password`
    grant that gives `credentialId` and `organisationId` uses that stored `oauth2-client` credential's
    client id and secret, while one that gives `clientId` and `clientSecret` instead has them stored as
    a new
    `oauth2-client` credential. A grant naming a credential that does not exist answers 404
    (`credential_not_found`), one of another organisation 403.

    Other credential types are stored as given. Answers never carry secrets: see `Credential`.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value).
        connector_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first
            one 0 to 7 (a larger first
            character would overflow the 128-bit value).
        prefer (str | Unset):
        body (ConnectionCreate): A new connection of the connector; `name` is unique within the
            connector.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Connection | Error
    """

    return (
        await asyncio_detailed(
            organisation_id=organisation_id,
            connector_id=connector_id,
            client=client,
            body=body,
            prefer=prefer,
        )
    ).parsed
