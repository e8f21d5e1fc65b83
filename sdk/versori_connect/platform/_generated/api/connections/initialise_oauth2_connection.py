from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.initialise_oauth2_connection_request import (
    InitialiseOAuth2ConnectionRequest,
)
from ...models.initialise_oauth2_connection_response import (
    InitialiseOAuth2ConnectionResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organisation_id: str,
    system_id: str,
    *,
    body: InitialiseOAuth2ConnectionRequest,
    prefer: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/o/{organisation_id}/systems/{system_id}/oauth2/initialise".format(
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
) -> Error | InitialiseOAuth2ConnectionResponse:
    if response.status_code == 200:
        response_200 = InitialiseOAuth2ConnectionResponse.from_dict(response.json())

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

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | InitialiseOAuth2ConnectionResponse]:
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
    body: InitialiseOAuth2ConnectionRequest,
    prefer: str | Unset = UNSET,
) -> Response[Error | InitialiseOAuth2ConnectionResponse]:
    """Initialise an OAuth 2.0 connection

     Builds the URL that starts an OAuth 2.0 `authorization_code` grant at the provider, by the same
    rules as
    the Connect API's initialise (one implementation serves both). The answer is the request's
    `authorizeUrl` with these query parameters added after any it already has:

    - `response_type`: always `code`;
    - `client_id`: the request's `clientId`;
    - `redirect_uri`: the request's `redirectUrl` when it is given (see `redirectUrl` for the URLs
    allowed),
      else Versori's own callback, where the provider sends the user back;
    - `state`: a fresh unguessable value (32 random bytes, base64url), remembered by the server for
      10 minutes, checked when the connection is created, and usable once;
    - `scope`: the request's `scopes` plus `offline_access` (see `scopes` and `disableOfflineAccess`);
    - `prompt`: the request's `prompt`, or `login` by default (see `prompt`);

    and then the parameters of `additionalParams`. The reference server also adds PKCE
    (`code_challenge` and `code_challenge_method=S256`, RFC 7636, as RFC 9700 recommends for every
    client)
    before `additionalParams`, unless its `pkce` setting is off, and sends the verifier when it
    exchanges
    the code. The query is encoded as `application/x-www-form-urlencoded`, with a space inside a value
    written `%20`. The standard parameters are those of an OpenID Connect Core 1.0 authentication
    request
    (section 3.1.2.1).

    The system must exist (404 otherwise), but initialise takes the authorize URL, the client id and the
    credential from the request, not from the system's auth scheme configs: an `oauth2` config's
    `additionalAuthorizeParams` are defaults for a user interface, which a caller passes in
    `additionalParams` if it wants them (as Versori's CLI and front end do).

    Send the user's browser to the returned `url`. The provider redirects it to `redirect_uri` with
    `code`
    and `state`: Versori's callback hands them to the page that opened the popup, a loopback
    `redirectUrl`
    hands them to the program listening there (Versori's CLI listens on
    `http://127.0.0.1:62168/oauth/callback`). The connection is then created from them
    (`create_connection`, with an `oauth2-code` credential).

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
        body (InitialiseOAuth2ConnectionRequest): What the provider's authorize URL is built from.
            Fields not listed here are refused (400), so that a
            misspelt field name cannot be silently ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InitialiseOAuth2ConnectionResponse]
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
    body: InitialiseOAuth2ConnectionRequest,
    prefer: str | Unset = UNSET,
) -> Error | InitialiseOAuth2ConnectionResponse | None:
    """Initialise an OAuth 2.0 connection

     Builds the URL that starts an OAuth 2.0 `authorization_code` grant at the provider, by the same
    rules as
    the Connect API's initialise (one implementation serves both). The answer is the request's
    `authorizeUrl` with these query parameters added after any it already has:

    - `response_type`: always `code`;
    - `client_id`: the request's `clientId`;
    - `redirect_uri`: the request's `redirectUrl` when it is given (see `redirectUrl` for the URLs
    allowed),
      else Versori's own callback, where the provider sends the user back;
    - `state`: a fresh unguessable value (32 random bytes, base64url), remembered by the server for
      10 minutes, checked when the connection is created, and usable once;
    - `scope`: the request's `scopes` plus `offline_access` (see `scopes` and `disableOfflineAccess`);
    - `prompt`: the request's `prompt`, or `login` by default (see `prompt`);

    and then the parameters of `additionalParams`. The reference server also adds PKCE
    (`code_challenge` and `code_challenge_method=S256`, RFC 7636, as RFC 9700 recommends for every
    client)
    before `additionalParams`, unless its `pkce` setting is off, and sends the verifier when it
    exchanges
    the code. The query is encoded as `application/x-www-form-urlencoded`, with a space inside a value
    written `%20`. The standard parameters are those of an OpenID Connect Core 1.0 authentication
    request
    (section 3.1.2.1).

    The system must exist (404 otherwise), but initialise takes the authorize URL, the client id and the
    credential from the request, not from the system's auth scheme configs: an `oauth2` config's
    `additionalAuthorizeParams` are defaults for a user interface, which a caller passes in
    `additionalParams` if it wants them (as Versori's CLI and front end do).

    Send the user's browser to the returned `url`. The provider redirects it to `redirect_uri` with
    `code`
    and `state`: Versori's callback hands them to the page that opened the popup, a loopback
    `redirectUrl`
    hands them to the program listening there (Versori's CLI listens on
    `http://127.0.0.1:62168/oauth/callback`). The connection is then created from them
    (`create_connection`, with an `oauth2-code` credential).

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
        body (InitialiseOAuth2ConnectionRequest): What the provider's authorize URL is built from.
            Fields not listed here are refused (400), so that a
            misspelt field name cannot be silently ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InitialiseOAuth2ConnectionResponse
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
    body: InitialiseOAuth2ConnectionRequest,
    prefer: str | Unset = UNSET,
) -> Response[Error | InitialiseOAuth2ConnectionResponse]:
    """Initialise an OAuth 2.0 connection

     Builds the URL that starts an OAuth 2.0 `authorization_code` grant at the provider, by the same
    rules as
    the Connect API's initialise (one implementation serves both). The answer is the request's
    `authorizeUrl` with these query parameters added after any it already has:

    - `response_type`: always `code`;
    - `client_id`: the request's `clientId`;
    - `redirect_uri`: the request's `redirectUrl` when it is given (see `redirectUrl` for the URLs
    allowed),
      else Versori's own callback, where the provider sends the user back;
    - `state`: a fresh unguessable value (32 random bytes, base64url), remembered by the server for
      10 minutes, checked when the connection is created, and usable once;
    - `scope`: the request's `scopes` plus `offline_access` (see `scopes` and `disableOfflineAccess`);
    - `prompt`: the request's `prompt`, or `login` by default (see `prompt`);

    and then the parameters of `additionalParams`. The reference server also adds PKCE
    (`code_challenge` and `code_challenge_method=S256`, RFC 7636, as RFC 9700 recommends for every
    client)
    before `additionalParams`, unless its `pkce` setting is off, and sends the verifier when it
    exchanges
    the code. The query is encoded as `application/x-www-form-urlencoded`, with a space inside a value
    written `%20`. The standard parameters are those of an OpenID Connect Core 1.0 authentication
    request
    (section 3.1.2.1).

    The system must exist (404 otherwise), but initialise takes the authorize URL, the client id and the
    credential from the request, not from the system's auth scheme configs: an `oauth2` config's
    `additionalAuthorizeParams` are defaults for a user interface, which a caller passes in
    `additionalParams` if it wants them (as Versori's CLI and front end do).

    Send the user's browser to the returned `url`. The provider redirects it to `redirect_uri` with
    `code`
    and `state`: Versori's callback hands them to the page that opened the popup, a loopback
    `redirectUrl`
    hands them to the program listening there (Versori's CLI listens on
    `http://127.0.0.1:62168/oauth/callback`). The connection is then created from them
    (`create_connection`, with an `oauth2-code` credential).

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
        body (InitialiseOAuth2ConnectionRequest): What the provider's authorize URL is built from.
            Fields not listed here are refused (400), so that a
            misspelt field name cannot be silently ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InitialiseOAuth2ConnectionResponse]
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
    body: InitialiseOAuth2ConnectionRequest,
    prefer: str | Unset = UNSET,
) -> Error | InitialiseOAuth2ConnectionResponse | None:
    """Initialise an OAuth 2.0 connection

     Builds the URL that starts an OAuth 2.0 `authorization_code` grant at the provider, by the same
    rules as
    the Connect API's initialise (one implementation serves both). The answer is the request's
    `authorizeUrl` with these query parameters added after any it already has:

    - `response_type`: always `code`;
    - `client_id`: the request's `clientId`;
    - `redirect_uri`: the request's `redirectUrl` when it is given (see `redirectUrl` for the URLs
    allowed),
      else Versori's own callback, where the provider sends the user back;
    - `state`: a fresh unguessable value (32 random bytes, base64url), remembered by the server for
      10 minutes, checked when the connection is created, and usable once;
    - `scope`: the request's `scopes` plus `offline_access` (see `scopes` and `disableOfflineAccess`);
    - `prompt`: the request's `prompt`, or `login` by default (see `prompt`);

    and then the parameters of `additionalParams`. The reference server also adds PKCE
    (`code_challenge` and `code_challenge_method=S256`, RFC 7636, as RFC 9700 recommends for every
    client)
    before `additionalParams`, unless its `pkce` setting is off, and sends the verifier when it
    exchanges
    the code. The query is encoded as `application/x-www-form-urlencoded`, with a space inside a value
    written `%20`. The standard parameters are those of an OpenID Connect Core 1.0 authentication
    request
    (section 3.1.2.1).

    The system must exist (404 otherwise), but initialise takes the authorize URL, the client id and the
    credential from the request, not from the system's auth scheme configs: an `oauth2` config's
    `additionalAuthorizeParams` are defaults for a user interface, which a caller passes in
    `additionalParams` if it wants them (as Versori's CLI and front end do).

    Send the user's browser to the returned `url`. The provider redirects it to `redirect_uri` with
    `code`
    and `state`: Versori's callback hands them to the page that opened the popup, a loopback
    `redirectUrl`
    hands them to the program listening there (Versori's CLI listens on
    `http://127.0.0.1:62168/oauth/callback`). The connection is then created from them
    (`create_connection`, with an `oauth2-code` credential).

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
        body (InitialiseOAuth2ConnectionRequest): What the provider's authorize URL is built from.
            Fields not listed here are refused (400), so that a
            misspelt field name cannot be silently ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InitialiseOAuth2ConnectionResponse
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
