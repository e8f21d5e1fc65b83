from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.connection import Connection
from ...models.env_system_connection_create import EnvSystemConnectionCreate
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organisation_id: str,
    *,
    body: EnvSystemConnectionCreate,
    prefer: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/o/{organisation_id}/connections".format(
            organisation_id=quote(str(organisation_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Connection | Error:
    if response.status_code == 201:
        response_201 = Connection.from_dict(response.json())

        return response_201

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
    *,
    client: AuthenticatedClient,
    body: EnvSystemConnectionCreate,
    prefer: str | Unset = UNSET,
) -> Response[Connection | Error]:
    """Create a connection

     Creates a connection on a connection template, together with its credentials, and answers it (201).

    **Static or dynamic.** `connectionTemplateId` names a template of the organisation (404 naming it
    otherwise). On a static template (`dynamic` false) the connection is static, shared by every run of
    the
    integration, and `externalId` must be left out (400 naming it otherwise; Versori's description
    leaves
    this case open). On a dynamic template the connection belongs to one end user, named by
    `externalId`:
    it must be given (400 naming it otherwise) and be the `externalId` of an end user of the
    organisation
    (404 naming `externalId` otherwise; create the end user first with `create_end_user`). The
    connection's
    `name` must be unique among the connections of the template's system (409 `conflict` otherwise;
    Versori's
    own front end names each dynamic connection with a fresh ULID for that reason).

    **Credentials.** Each entry of `connection.credentials` pairs an auth scheme config (how the
    credential
    is used) with a new credential (what is used), applied in the order given. The ids given for the
    entry
    and its credential are placeholders (Versori's front end sends fresh ULIDs, its CLI sends zeros):
    the
    server gives each its own, which the answer shows. The credential's `organisationId` must be the
    path's
    `organisation_id` (403 `credential_organisation_mismatch` otherwise). Its `type` must fit the
    config's
    (400 `credential_type_mismatch` otherwise): `none` takes `none`; `api-key` and `hmac` take `string`
    or
    `binary`; `basic-auth` takes `basic-auth`; `certificate` takes `certificate`; `oauth2` takes
    `oauth2-code` (with the `authorizationCode` grant), `oauth2-password` (with `password`),
    `oauth2-client`
    (with `clientCredentials`) or `oauth2-token` (under any grant); `oauth1` takes `oauth1` or, when the
    config has `tokenAuth`, `oauth1-token`; `jwt-bearer` and `secret`, whose credentials Versori does
    not
    describe, take `string` or `binary`.

    **Completing the OAuth 2.0 loop.** A credential of type `oauth2-code` carries the `code` and `state`
    the
    provider's redirect brought back; at most one may be sent (one state makes one connection). The
    server
    checks the state: it must come from `initialise_oauth2_connection` for this organisation and the
    template's system, be unexpired, and not have been used before (400 `invalid_state` otherwise). It
    is
    then consumed, so one state yields at most one connection, even when what follows fails. The code's
    `redirectUrl` must be the `redirectUrl` that initialise was given, or be left out when initialise
    was
    given none (400 naming `redirectUrl` otherwise), since the provider checks that the code exchange
    sends
    the same `redirect_uri` (RFC 6749 section 4.1.3). The code is exchanged with the client id and
    secret of
    the OAuth 2.0 client credential the state was issued for, at the token URL stored with that
    credential
    (never at a URL taken from the request, so that the secret cannot be sent elsewhere), with the
    code's
    `additionalParams` in the body when given, else the config's `additionalTokenParams` (Versori's CLI
    sends
    the same text in both), and, when initialise added PKCE, the code verifier the server kept. A code
    the
    provider refuses answers 400 `code_exchange_failed`; a provider that does not answer usably, 502
    `provider_unavailable`. The tokens are stored as a credential of type `oauth2-token`, which is how
    the
    credential reads back.

    **Completing the OAuth 1.0a loop.** A credential of type `oauth1` carries the `oauthToken`,
    `oauthVerifier` and `state` the provider's redirect brought back after
    `initialise_oauth1_connection`; at
    most one may be sent. The state must come from that initialise for this organisation and the
    template's
    system, be unexpired and unused, and `oauthToken` must be the temporary token kept with it (400
    `invalid_state` otherwise). The state is then consumed, and the server asks the config's
    `tokenEndpoint` for token credentials (RFC 5849 section 2.3), signed with the consumer key and
    secret and
    the temporary token and its secret, with the verifier. A verifier or token the provider refuses
    answers
    400 `code_exchange_failed`; a provider that does not answer usably, 502 `provider_unavailable`. The
    token
    and its secret are stored as an `oauth1-token` credential, which is how the credential reads back
    (`tokenSecret` as `[redacted]`). A `tokenAuth` config takes an `oauth1-token` credential directly.

    Every other credential is stored as given. Answers never carry secrets: see `Credential`.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        prefer (str | Unset):
        body (EnvSystemConnectionCreate): A connection to create on a connection template; see
            `create_connection`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Connection | Error]
    """

    kwargs = _get_kwargs(
        organisation_id=organisation_id,
        body=body,
        prefer=prefer,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organisation_id: str,
    *,
    client: AuthenticatedClient,
    body: EnvSystemConnectionCreate,
    prefer: str | Unset = UNSET,
) -> Connection | Error | None:
    """Create a connection

     Creates a connection on a connection template, together with its credentials, and answers it (201).

    **Static or dynamic.** `connectionTemplateId` names a template of the organisation (404 naming it
    otherwise). On a static template (`dynamic` false) the connection is static, shared by every run of
    the
    integration, and `externalId` must be left out (400 naming it otherwise; Versori's description
    leaves
    this case open). On a dynamic template the connection belongs to one end user, named by
    `externalId`:
    it must be given (400 naming it otherwise) and be the `externalId` of an end user of the
    organisation
    (404 naming `externalId` otherwise; create the end user first with `create_end_user`). The
    connection's
    `name` must be unique among the connections of the template's system (409 `conflict` otherwise;
    Versori's
    own front end names each dynamic connection with a fresh ULID for that reason).

    **Credentials.** Each entry of `connection.credentials` pairs an auth scheme config (how the
    credential
    is used) with a new credential (what is used), applied in the order given. The ids given for the
    entry
    and its credential are placeholders (Versori's front end sends fresh ULIDs, its CLI sends zeros):
    the
    server gives each its own, which the answer shows. The credential's `organisationId` must be the
    path's
    `organisation_id` (403 `credential_organisation_mismatch` otherwise). Its `type` must fit the
    config's
    (400 `credential_type_mismatch` otherwise): `none` takes `none`; `api-key` and `hmac` take `string`
    or
    `binary`; `basic-auth` takes `basic-auth`; `certificate` takes `certificate`; `oauth2` takes
    `oauth2-code` (with the `authorizationCode` grant), `oauth2-password` (with `password`),
    `oauth2-client`
    (with `clientCredentials`) or `oauth2-token` (under any grant); `oauth1` takes `oauth1` or, when the
    config has `tokenAuth`, `oauth1-token`; `jwt-bearer` and `secret`, whose credentials Versori does
    not
    describe, take `string` or `binary`.

    **Completing the OAuth 2.0 loop.** A credential of type `oauth2-code` carries the `code` and `state`
    the
    provider's redirect brought back; at most one may be sent (one state makes one connection). The
    server
    checks the state: it must come from `initialise_oauth2_connection` for this organisation and the
    template's system, be unexpired, and not have been used before (400 `invalid_state` otherwise). It
    is
    then consumed, so one state yields at most one connection, even when what follows fails. The code's
    `redirectUrl` must be the `redirectUrl` that initialise was given, or be left out when initialise
    was
    given none (400 naming `redirectUrl` otherwise), since the provider checks that the code exchange
    sends
    the same `redirect_uri` (RFC 6749 section 4.1.3). The code is exchanged with the client id and
    secret of
    the OAuth 2.0 client credential the state was issued for, at the token URL stored with that
    credential
    (never at a URL taken from the request, so that the secret cannot be sent elsewhere), with the
    code's
    `additionalParams` in the body when given, else the config's `additionalTokenParams` (Versori's CLI
    sends
    the same text in both), and, when initialise added PKCE, the code verifier the server kept. A code
    the
    provider refuses answers 400 `code_exchange_failed`; a provider that does not answer usably, 502
    `provider_unavailable`. The tokens are stored as a credential of type `oauth2-token`, which is how
    the
    credential reads back.

    **Completing the OAuth 1.0a loop.** A credential of type `oauth1` carries the `oauthToken`,
    `oauthVerifier` and `state` the provider's redirect brought back after
    `initialise_oauth1_connection`; at
    most one may be sent. The state must come from that initialise for this organisation and the
    template's
    system, be unexpired and unused, and `oauthToken` must be the temporary token kept with it (400
    `invalid_state` otherwise). The state is then consumed, and the server asks the config's
    `tokenEndpoint` for token credentials (RFC 5849 section 2.3), signed with the consumer key and
    secret and
    the temporary token and its secret, with the verifier. A verifier or token the provider refuses
    answers
    400 `code_exchange_failed`; a provider that does not answer usably, 502 `provider_unavailable`. The
    token
    and its secret are stored as an `oauth1-token` credential, which is how the credential reads back
    (`tokenSecret` as `[redacted]`). A `tokenAuth` config takes an `oauth1-token` credential directly.

    Every other credential is stored as given. Answers never carry secrets: see `Credential`.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        prefer (str | Unset):
        body (EnvSystemConnectionCreate): A connection to create on a connection template; see
            `create_connection`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Connection | Error
    """

    return sync_detailed(
        organisation_id=organisation_id,
        client=client,
        body=body,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    organisation_id: str,
    *,
    client: AuthenticatedClient,
    body: EnvSystemConnectionCreate,
    prefer: str | Unset = UNSET,
) -> Response[Connection | Error]:
    """Create a connection

     Creates a connection on a connection template, together with its credentials, and answers it (201).

    **Static or dynamic.** `connectionTemplateId` names a template of the organisation (404 naming it
    otherwise). On a static template (`dynamic` false) the connection is static, shared by every run of
    the
    integration, and `externalId` must be left out (400 naming it otherwise; Versori's description
    leaves
    this case open). On a dynamic template the connection belongs to one end user, named by
    `externalId`:
    it must be given (400 naming it otherwise) and be the `externalId` of an end user of the
    organisation
    (404 naming `externalId` otherwise; create the end user first with `create_end_user`). The
    connection's
    `name` must be unique among the connections of the template's system (409 `conflict` otherwise;
    Versori's
    own front end names each dynamic connection with a fresh ULID for that reason).

    **Credentials.** Each entry of `connection.credentials` pairs an auth scheme config (how the
    credential
    is used) with a new credential (what is used), applied in the order given. The ids given for the
    entry
    and its credential are placeholders (Versori's front end sends fresh ULIDs, its CLI sends zeros):
    the
    server gives each its own, which the answer shows. The credential's `organisationId` must be the
    path's
    `organisation_id` (403 `credential_organisation_mismatch` otherwise). Its `type` must fit the
    config's
    (400 `credential_type_mismatch` otherwise): `none` takes `none`; `api-key` and `hmac` take `string`
    or
    `binary`; `basic-auth` takes `basic-auth`; `certificate` takes `certificate`; `oauth2` takes
    `oauth2-code` (with the `authorizationCode` grant), `oauth2-password` (with `password`),
    `oauth2-client`
    (with `clientCredentials`) or `oauth2-token` (under any grant); `oauth1` takes `oauth1` or, when the
    config has `tokenAuth`, `oauth1-token`; `jwt-bearer` and `secret`, whose credentials Versori does
    not
    describe, take `string` or `binary`.

    **Completing the OAuth 2.0 loop.** A credential of type `oauth2-code` carries the `code` and `state`
    the
    provider's redirect brought back; at most one may be sent (one state makes one connection). The
    server
    checks the state: it must come from `initialise_oauth2_connection` for this organisation and the
    template's system, be unexpired, and not have been used before (400 `invalid_state` otherwise). It
    is
    then consumed, so one state yields at most one connection, even when what follows fails. The code's
    `redirectUrl` must be the `redirectUrl` that initialise was given, or be left out when initialise
    was
    given none (400 naming `redirectUrl` otherwise), since the provider checks that the code exchange
    sends
    the same `redirect_uri` (RFC 6749 section 4.1.3). The code is exchanged with the client id and
    secret of
    the OAuth 2.0 client credential the state was issued for, at the token URL stored with that
    credential
    (never at a URL taken from the request, so that the secret cannot be sent elsewhere), with the
    code's
    `additionalParams` in the body when given, else the config's `additionalTokenParams` (Versori's CLI
    sends
    the same text in both), and, when initialise added PKCE, the code verifier the server kept. A code
    the
    provider refuses answers 400 `code_exchange_failed`; a provider that does not answer usably, 502
    `provider_unavailable`. The tokens are stored as a credential of type `oauth2-token`, which is how
    the
    credential reads back.

    **Completing the OAuth 1.0a loop.** A credential of type `oauth1` carries the `oauthToken`,
    `oauthVerifier` and `state` the provider's redirect brought back after
    `initialise_oauth1_connection`; at
    most one may be sent. The state must come from that initialise for this organisation and the
    template's
    system, be unexpired and unused, and `oauthToken` must be the temporary token kept with it (400
    `invalid_state` otherwise). The state is then consumed, and the server asks the config's
    `tokenEndpoint` for token credentials (RFC 5849 section 2.3), signed with the consumer key and
    secret and
    the temporary token and its secret, with the verifier. A verifier or token the provider refuses
    answers
    400 `code_exchange_failed`; a provider that does not answer usably, 502 `provider_unavailable`. The
    token
    and its secret are stored as an `oauth1-token` credential, which is how the credential reads back
    (`tokenSecret` as `[redacted]`). A `tokenAuth` config takes an `oauth1-token` credential directly.

    Every other credential is stored as given. Answers never carry secrets: see `Credential`.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        prefer (str | Unset):
        body (EnvSystemConnectionCreate): A connection to create on a connection template; see
            `create_connection`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Connection | Error]
    """

    kwargs = _get_kwargs(
        organisation_id=organisation_id,
        body=body,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organisation_id: str,
    *,
    client: AuthenticatedClient,
    body: EnvSystemConnectionCreate,
    prefer: str | Unset = UNSET,
) -> Connection | Error | None:
    """Create a connection

     Creates a connection on a connection template, together with its credentials, and answers it (201).

    **Static or dynamic.** `connectionTemplateId` names a template of the organisation (404 naming it
    otherwise). On a static template (`dynamic` false) the connection is static, shared by every run of
    the
    integration, and `externalId` must be left out (400 naming it otherwise; Versori's description
    leaves
    this case open). On a dynamic template the connection belongs to one end user, named by
    `externalId`:
    it must be given (400 naming it otherwise) and be the `externalId` of an end user of the
    organisation
    (404 naming `externalId` otherwise; create the end user first with `create_end_user`). The
    connection's
    `name` must be unique among the connections of the template's system (409 `conflict` otherwise;
    Versori's
    own front end names each dynamic connection with a fresh ULID for that reason).

    **Credentials.** Each entry of `connection.credentials` pairs an auth scheme config (how the
    credential
    is used) with a new credential (what is used), applied in the order given. The ids given for the
    entry
    and its credential are placeholders (Versori's front end sends fresh ULIDs, its CLI sends zeros):
    the
    server gives each its own, which the answer shows. The credential's `organisationId` must be the
    path's
    `organisation_id` (403 `credential_organisation_mismatch` otherwise). Its `type` must fit the
    config's
    (400 `credential_type_mismatch` otherwise): `none` takes `none`; `api-key` and `hmac` take `string`
    or
    `binary`; `basic-auth` takes `basic-auth`; `certificate` takes `certificate`; `oauth2` takes
    `oauth2-code` (with the `authorizationCode` grant), `oauth2-password` (with `password`),
    `oauth2-client`
    (with `clientCredentials`) or `oauth2-token` (under any grant); `oauth1` takes `oauth1` or, when the
    config has `tokenAuth`, `oauth1-token`; `jwt-bearer` and `secret`, whose credentials Versori does
    not
    describe, take `string` or `binary`.

    **Completing the OAuth 2.0 loop.** A credential of type `oauth2-code` carries the `code` and `state`
    the
    provider's redirect brought back; at most one may be sent (one state makes one connection). The
    server
    checks the state: it must come from `initialise_oauth2_connection` for this organisation and the
    template's system, be unexpired, and not have been used before (400 `invalid_state` otherwise). It
    is
    then consumed, so one state yields at most one connection, even when what follows fails. The code's
    `redirectUrl` must be the `redirectUrl` that initialise was given, or be left out when initialise
    was
    given none (400 naming `redirectUrl` otherwise), since the provider checks that the code exchange
    sends
    the same `redirect_uri` (RFC 6749 section 4.1.3). The code is exchanged with the client id and
    secret of
    the OAuth 2.0 client credential the state was issued for, at the token URL stored with that
    credential
    (never at a URL taken from the request, so that the secret cannot be sent elsewhere), with the
    code's
    `additionalParams` in the body when given, else the config's `additionalTokenParams` (Versori's CLI
    sends
    the same text in both), and, when initialise added PKCE, the code verifier the server kept. A code
    the
    provider refuses answers 400 `code_exchange_failed`; a provider that does not answer usably, 502
    `provider_unavailable`. The tokens are stored as a credential of type `oauth2-token`, which is how
    the
    credential reads back.

    **Completing the OAuth 1.0a loop.** A credential of type `oauth1` carries the `oauthToken`,
    `oauthVerifier` and `state` the provider's redirect brought back after
    `initialise_oauth1_connection`; at
    most one may be sent. The state must come from that initialise for this organisation and the
    template's
    system, be unexpired and unused, and `oauthToken` must be the temporary token kept with it (400
    `invalid_state` otherwise). The state is then consumed, and the server asks the config's
    `tokenEndpoint` for token credentials (RFC 5849 section 2.3), signed with the consumer key and
    secret and
    the temporary token and its secret, with the verifier. A verifier or token the provider refuses
    answers
    400 `code_exchange_failed`; a provider that does not answer usably, 502 `provider_unavailable`. The
    token
    and its secret are stored as an `oauth1-token` credential, which is how the credential reads back
    (`tokenSecret` as `[redacted]`). A `tokenAuth` config takes an `oauth1-token` credential directly.

    Every other credential is stored as given. Answers never carry secrets: see `Credential`.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        prefer (str | Unset):
        body (EnvSystemConnectionCreate): A connection to create on a connection template; see
            `create_connection`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Connection | Error
    """

    return (
        await asyncio_detailed(
            organisation_id=organisation_id,
            client=client,
            body=body,
            prefer=prefer,
        )
    ).parsed
