from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.initialise_o_auth_1_connection_request import (
    InitialiseOAuth1ConnectionRequest,
)
from ...models.initialise_o_auth_1_connection_response import (
    InitialiseOAuth1ConnectionResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organisation_id: str,
    system_id: str,
    *,
    body: InitialiseOAuth1ConnectionRequest,
    prefer: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/o/{organisation_id}/systems/{system_id}/oauth1/initialise".format(
            organisation_id=quote(str(organisation_id), safe=""),
            system_id=quote(str(system_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | InitialiseOAuth1ConnectionResponse:
    if response.status_code == 200:
        response_200 = InitialiseOAuth1ConnectionResponse.from_dict(response.json())

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
) -> Response[Error | InitialiseOAuth1ConnectionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organisation_id: str,
    system_id: str,
    *,
    client: AuthenticatedClient,
    body: InitialiseOAuth1ConnectionRequest,
    prefer: str | Unset = UNSET,
) -> Response[Error | InitialiseOAuth1ConnectionResponse]:
    """Initialise an OAuth 1.0a connection

     Starts an OAuth 1.0a sign-in (RFC 5849) for the system and answers the URL to send the user to.

    The request names the organisation's credential that holds a consumer secret; the system must have
    an
    `oauth1` config whose `credentialId` is that credential (400 naming `credential.id` otherwise), and
    that
    config must have the three endpoints (400 naming `credential.id` when one is missing, as a
    `tokenAuth`
    config may leave them out). The server then asks the config's `tempCredentialEndpoint` for temporary
    credentials (RFC 5849 section 2.1): a `POST` signed with the consumer key and secret by the config's
    `signatureMethod` (`sha1`: HMAC-SHA1, `sha256`: HMAC-SHA256), whose `oauth_callback` is Versori's
    own
    callback with a fresh `state` in its query (32 random bytes, base64url, remembered for 10 minutes
    and
    usable once, as in the OAuth 2.0 loop). It keeps the temporary token and its secret with that state.

    The answer is the config's `resourceOwnerAuthorizationEndpoint` with `oauth_token` added to its
    query.
    When the user approves, the provider sends the browser to the callback with `oauth_token`,
    `oauth_verifier` and the `state`; the callback hands them to the page that opened the popup by the
    same
    protocol as the OAuth 2.0 loop. The connection is then created from them (`create_connection`, with
    an
    `oauth1` credential), which exchanges them at the `tokenEndpoint` for the token credentials.

    A temporary-credential endpoint that cannot be reached or does not answer 200 with an `oauth_token`,
    an `oauth_token_secret` and `oauth_callback_confirmed=true` answers 502 `provider_unavailable`.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        system_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first one
            0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        prefer (str | Unset):
        body (InitialiseOAuth1ConnectionRequest): Which consumer credential starts the sign-in.
            Fields not listed here are refused (400), so that a
            misspelt field name cannot be silently ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InitialiseOAuth1ConnectionResponse]
    """

    kwargs = _get_kwargs(
        organisation_id=organisation_id,
        system_id=system_id,
        body=body,
        prefer=prefer,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organisation_id: str,
    system_id: str,
    *,
    client: AuthenticatedClient,
    body: InitialiseOAuth1ConnectionRequest,
    prefer: str | Unset = UNSET,
) -> Error | InitialiseOAuth1ConnectionResponse | None:
    """Initialise an OAuth 1.0a connection

     Starts an OAuth 1.0a sign-in (RFC 5849) for the system and answers the URL to send the user to.

    The request names the organisation's credential that holds a consumer secret; the system must have
    an
    `oauth1` config whose `credentialId` is that credential (400 naming `credential.id` otherwise), and
    that
    config must have the three endpoints (400 naming `credential.id` when one is missing, as a
    `tokenAuth`
    config may leave them out). The server then asks the config's `tempCredentialEndpoint` for temporary
    credentials (RFC 5849 section 2.1): a `POST` signed with the consumer key and secret by the config's
    `signatureMethod` (`sha1`: HMAC-SHA1, `sha256`: HMAC-SHA256), whose `oauth_callback` is Versori's
    own
    callback with a fresh `state` in its query (32 random bytes, base64url, remembered for 10 minutes
    and
    usable once, as in the OAuth 2.0 loop). It keeps the temporary token and its secret with that state.

    The answer is the config's `resourceOwnerAuthorizationEndpoint` with `oauth_token` added to its
    query.
    When the user approves, the provider sends the browser to the callback with `oauth_token`,
    `oauth_verifier` and the `state`; the callback hands them to the page that opened the popup by the
    same
    protocol as the OAuth 2.0 loop. The connection is then created from them (`create_connection`, with
    an
    `oauth1` credential), which exchanges them at the `tokenEndpoint` for the token credentials.

    A temporary-credential endpoint that cannot be reached or does not answer 200 with an `oauth_token`,
    an `oauth_token_secret` and `oauth_callback_confirmed=true` answers 502 `provider_unavailable`.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        system_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first one
            0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        prefer (str | Unset):
        body (InitialiseOAuth1ConnectionRequest): Which consumer credential starts the sign-in.
            Fields not listed here are refused (400), so that a
            misspelt field name cannot be silently ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InitialiseOAuth1ConnectionResponse
    """

    return sync_detailed(
        organisation_id=organisation_id,
        system_id=system_id,
        client=client,
        body=body,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    organisation_id: str,
    system_id: str,
    *,
    client: AuthenticatedClient,
    body: InitialiseOAuth1ConnectionRequest,
    prefer: str | Unset = UNSET,
) -> Response[Error | InitialiseOAuth1ConnectionResponse]:
    """Initialise an OAuth 1.0a connection

     Starts an OAuth 1.0a sign-in (RFC 5849) for the system and answers the URL to send the user to.

    The request names the organisation's credential that holds a consumer secret; the system must have
    an
    `oauth1` config whose `credentialId` is that credential (400 naming `credential.id` otherwise), and
    that
    config must have the three endpoints (400 naming `credential.id` when one is missing, as a
    `tokenAuth`
    config may leave them out). The server then asks the config's `tempCredentialEndpoint` for temporary
    credentials (RFC 5849 section 2.1): a `POST` signed with the consumer key and secret by the config's
    `signatureMethod` (`sha1`: HMAC-SHA1, `sha256`: HMAC-SHA256), whose `oauth_callback` is Versori's
    own
    callback with a fresh `state` in its query (32 random bytes, base64url, remembered for 10 minutes
    and
    usable once, as in the OAuth 2.0 loop). It keeps the temporary token and its secret with that state.

    The answer is the config's `resourceOwnerAuthorizationEndpoint` with `oauth_token` added to its
    query.
    When the user approves, the provider sends the browser to the callback with `oauth_token`,
    `oauth_verifier` and the `state`; the callback hands them to the page that opened the popup by the
    same
    protocol as the OAuth 2.0 loop. The connection is then created from them (`create_connection`, with
    an
    `oauth1` credential), which exchanges them at the `tokenEndpoint` for the token credentials.

    A temporary-credential endpoint that cannot be reached or does not answer 200 with an `oauth_token`,
    an `oauth_token_secret` and `oauth_callback_confirmed=true` answers 502 `provider_unavailable`.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        system_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first one
            0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        prefer (str | Unset):
        body (InitialiseOAuth1ConnectionRequest): Which consumer credential starts the sign-in.
            Fields not listed here are refused (400), so that a
            misspelt field name cannot be silently ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InitialiseOAuth1ConnectionResponse]
    """

    kwargs = _get_kwargs(
        organisation_id=organisation_id,
        system_id=system_id,
        body=body,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organisation_id: str,
    system_id: str,
    *,
    client: AuthenticatedClient,
    body: InitialiseOAuth1ConnectionRequest,
    prefer: str | Unset = UNSET,
) -> Error | InitialiseOAuth1ConnectionResponse | None:
    """Initialise an OAuth 1.0a connection

     Starts an OAuth 1.0a sign-in (RFC 5849) for the system and answers the URL to send the user to.

    The request names the organisation's credential that holds a consumer secret; the system must have
    an
    `oauth1` config whose `credentialId` is that credential (400 naming `credential.id` otherwise), and
    that
    config must have the three endpoints (400 naming `credential.id` when one is missing, as a
    `tokenAuth`
    config may leave them out). The server then asks the config's `tempCredentialEndpoint` for temporary
    credentials (RFC 5849 section 2.1): a `POST` signed with the consumer key and secret by the config's
    `signatureMethod` (`sha1`: HMAC-SHA1, `sha256`: HMAC-SHA256), whose `oauth_callback` is Versori's
    own
    callback with a fresh `state` in its query (32 random bytes, base64url, remembered for 10 minutes
    and
    usable once, as in the OAuth 2.0 loop). It keeps the temporary token and its secret with that state.

    The answer is the config's `resourceOwnerAuthorizationEndpoint` with `oauth_token` added to its
    query.
    When the user approves, the provider sends the browser to the callback with `oauth_token`,
    `oauth_verifier` and the `state`; the callback hands them to the page that opened the popup by the
    same
    protocol as the OAuth 2.0 loop. The connection is then created from them (`create_connection`, with
    an
    `oauth1` credential), which exchanges them at the `tokenEndpoint` for the token credentials.

    A temporary-credential endpoint that cannot be reached or does not answer 200 with an `oauth_token`,
    an `oauth_token_secret` and `oauth_callback_confirmed=true` answers 502 `provider_unavailable`.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        system_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first one
            0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        prefer (str | Unset):
        body (InitialiseOAuth1ConnectionRequest): Which consumer credential starts the sign-in.
            Fields not listed here are refused (400), so that a
            misspelt field name cannot be silently ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InitialiseOAuth1ConnectionResponse
    """

    return (
        await asyncio_detailed(
            organisation_id=organisation_id,
            system_id=system_id,
            client=client,
            body=body,
            prefer=prefer,
        )
    ).parsed
