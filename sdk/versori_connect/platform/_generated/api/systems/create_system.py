from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.system import System
from ...models.system_create import SystemCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organisation_id: str,
    *,
    body: SystemCreate,
    prefer: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/o/{organisation_id}/systems".format(
            organisation_id=quote(str(organisation_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | System:
    if response.status_code == 201:
        response_201 = System.from_dict(response.json())

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
) -> Response[Error | System]:
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
    body: SystemCreate,
    prefer: str | Unset = UNSET,
) -> Response[Error | System]:
    """Create a system

     Creates a system of the organisation with its auth scheme configs, and answers it with the id the
    server
    gave it (201).

    Each config's `id` is chosen by the caller and must be unique among the system's configs (400 naming
    the
    second one otherwise). For an `oauth2` config whose `authorizationCode` or `password` grant gives
    `clientId` and `clientSecret` without `credentialId`, the server stores them as a new
    `oauth2-client`
    credential of the organisation and the answer names it in `credentialId` and `organisationId`;
    `clientSecret` never comes back. A grant that names a credential gives both `credentialId` and
    `organisationId`, and that credential must exist (404 `credential_not_found` otherwise); giving only
    one
    of the two answers 400. An `oauth1` config's consumer key and secret are kept the same way: without
    `credentialId` they become a new credential of the organisation, which `credentialId` then names;
    with
    `credentialId`, that credential of the organisation must exist (404 `credential_not_found`), and a
    `consumerSecret` of `[redacted]` keeps its secret while any other value makes a new credential.
    `consumerSecret` reads back as `[redacted]`.

    `labels` are stored with the system; Versori's description does not show them in answers, and
    neither
    does this one.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        prefer (str | Unset):
        body (SystemCreate): A new system; see `create_system`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | System]
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
    body: SystemCreate,
    prefer: str | Unset = UNSET,
) -> Error | System | None:
    """Create a system

     Creates a system of the organisation with its auth scheme configs, and answers it with the id the
    server
    gave it (201).

    Each config's `id` is chosen by the caller and must be unique among the system's configs (400 naming
    the
    second one otherwise). For an `oauth2` config whose `authorizationCode` or `password` grant gives
    `clientId` and `clientSecret` without `credentialId`, the server stores them as a new
    `oauth2-client`
    credential of the organisation and the answer names it in `credentialId` and `organisationId`;
    `clientSecret` never comes back. A grant that names a credential gives both `credentialId` and
    `organisationId`, and that credential must exist (404 `credential_not_found` otherwise); giving only
    one
    of the two answers 400. An `oauth1` config's consumer key and secret are kept the same way: without
    `credentialId` they become a new credential of the organisation, which `credentialId` then names;
    with
    `credentialId`, that credential of the organisation must exist (404 `credential_not_found`), and a
    `consumerSecret` of `[redacted]` keeps its secret while any other value makes a new credential.
    `consumerSecret` reads back as `[redacted]`.

    `labels` are stored with the system; Versori's description does not show them in answers, and
    neither
    does this one.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        prefer (str | Unset):
        body (SystemCreate): A new system; see `create_system`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | System
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
    body: SystemCreate,
    prefer: str | Unset = UNSET,
) -> Response[Error | System]:
    """Create a system

     Creates a system of the organisation with its auth scheme configs, and answers it with the id the
    server
    gave it (201).

    Each config's `id` is chosen by the caller and must be unique among the system's configs (400 naming
    the
    second one otherwise). For an `oauth2` config whose `authorizationCode` or `password` grant gives
    `clientId` and `clientSecret` without `credentialId`, the server stores them as a new
    `oauth2-client`
    credential of the organisation and the answer names it in `credentialId` and `organisationId`;
    `clientSecret` never comes back. A grant that names a credential gives both `credentialId` and
    `organisationId`, and that credential must exist (404 `credential_not_found` otherwise); giving only
    one
    of the two answers 400. An `oauth1` config's consumer key and secret are kept the same way: without
    `credentialId` they become a new credential of the organisation, which `credentialId` then names;
    with
    `credentialId`, that credential of the organisation must exist (404 `credential_not_found`), and a
    `consumerSecret` of `[redacted]` keeps its secret while any other value makes a new credential.
    `consumerSecret` reads back as `[redacted]`.

    `labels` are stored with the system; Versori's description does not show them in answers, and
    neither
    does this one.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        prefer (str | Unset):
        body (SystemCreate): A new system; see `create_system`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | System]
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
    body: SystemCreate,
    prefer: str | Unset = UNSET,
) -> Error | System | None:
    """Create a system

     Creates a system of the organisation with its auth scheme configs, and answers it with the id the
    server
    gave it (201).

    Each config's `id` is chosen by the caller and must be unique among the system's configs (400 naming
    the
    second one otherwise). For an `oauth2` config whose `authorizationCode` or `password` grant gives
    `clientId` and `clientSecret` without `credentialId`, the server stores them as a new
    `oauth2-client`
    credential of the organisation and the answer names it in `credentialId` and `organisationId`;
    `clientSecret` never comes back. A grant that names a credential gives both `credentialId` and
    `organisationId`, and that credential must exist (404 `credential_not_found` otherwise); giving only
    one
    of the two answers 400. An `oauth1` config's consumer key and secret are kept the same way: without
    `credentialId` they become a new credential of the organisation, which `credentialId` then names;
    with
    `credentialId`, that credential of the organisation must exist (404 `credential_not_found`), and a
    `consumerSecret` of `[redacted]` keeps its secret while any other value makes a new credential.
    `consumerSecret` reads back as `[redacted]`.

    `labels` are stored with the system; Versori's description does not show them in answers, and
    neither
    does this one.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        prefer (str | Unset):
        body (SystemCreate): A new system; see `create_system`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | System
    """

    return (
        await asyncio_detailed(
            organisation_id=organisation_id,
            client=client,
            body=body,
            prefer=prefer,
        )
    ).parsed
