from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.connection import Connection
from ...models.connection_update import ConnectionUpdate
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organisation_id: str,
    connection_id: str,
    *,
    body: ConnectionUpdate,
    prefer: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/o/{organisation_id}/connections/{connection_id}".format(
            organisation_id=quote(str(organisation_id), safe=""),
            connection_id=quote(str(connection_id), safe=""),
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
    connection_id: str,
    *,
    client: AuthenticatedClient,
    body: ConnectionUpdate,
    prefer: str | Unset = UNSET,
) -> Response[Connection | Error]:
    """Update a connection

     Replaces the connection's name, base URL and credentials with the body's; the body has the shape a
    read
    answers, so a connection read, changed and sent back is an update.

    - `name` is the new name; a name another connection of the system has answers 409 (`conflict`).
    - `baseUrl` is the new base URL; an empty string keeps the stored one.
    - `credentials` lists every credential of the connection once, by the `id` of its entry, in the new
      order (400 naming the entry otherwise; credentials are added and removed by creating a new
      connection). Each entry's `credential.id` and `credential.organisationId` must be the ones the
      connection holds (400 naming the field otherwise). An entry's config may change, but not its
    `type`
      (400 `scheme_type_change`), and the credential's `type` must fit it as on create.
    - A credential's data replaces the stored data, except that a value sent as `[redacted]` keeps the
      stored secret, so an `oauth2-token` read back and sent unchanged is kept as it is. An
    `oauth2-code`
      credential reauthorises: it is checked and exchanged as on create (its state is single-use too),
    and
      the new tokens replace the stored ones.

    The answer is the connection as stored afterwards, with a new `updatedAt`.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        connection_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first
            one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        prefer (str | Unset):
        body (ConnectionUpdate): The connection as it should be; see `update_connection`. All
            three fields are required, as in Versori's
            description, so that a connection read and sent back is a valid update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Connection | Error]
    """

    kwargs = _get_kwargs(
        organisation_id=organisation_id,
        connection_id=connection_id,
        body=body,
        prefer=prefer,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organisation_id: str,
    connection_id: str,
    *,
    client: AuthenticatedClient,
    body: ConnectionUpdate,
    prefer: str | Unset = UNSET,
) -> Connection | Error | None:
    """Update a connection

     Replaces the connection's name, base URL and credentials with the body's; the body has the shape a
    read
    answers, so a connection read, changed and sent back is an update.

    - `name` is the new name; a name another connection of the system has answers 409 (`conflict`).
    - `baseUrl` is the new base URL; an empty string keeps the stored one.
    - `credentials` lists every credential of the connection once, by the `id` of its entry, in the new
      order (400 naming the entry otherwise; credentials are added and removed by creating a new
      connection). Each entry's `credential.id` and `credential.organisationId` must be the ones the
      connection holds (400 naming the field otherwise). An entry's config may change, but not its
    `type`
      (400 `scheme_type_change`), and the credential's `type` must fit it as on create.
    - A credential's data replaces the stored data, except that a value sent as `[redacted]` keeps the
      stored secret, so an `oauth2-token` read back and sent unchanged is kept as it is. An
    `oauth2-code`
      credential reauthorises: it is checked and exchanged as on create (its state is single-use too),
    and
      the new tokens replace the stored ones.

    The answer is the connection as stored afterwards, with a new `updatedAt`.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        connection_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first
            one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        prefer (str | Unset):
        body (ConnectionUpdate): The connection as it should be; see `update_connection`. All
            three fields are required, as in Versori's
            description, so that a connection read and sent back is a valid update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Connection | Error
    """

    return sync_detailed(
        organisation_id=organisation_id,
        connection_id=connection_id,
        client=client,
        body=body,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    organisation_id: str,
    connection_id: str,
    *,
    client: AuthenticatedClient,
    body: ConnectionUpdate,
    prefer: str | Unset = UNSET,
) -> Response[Connection | Error]:
    """Update a connection

     Replaces the connection's name, base URL and credentials with the body's; the body has the shape a
    read
    answers, so a connection read, changed and sent back is an update.

    - `name` is the new name; a name another connection of the system has answers 409 (`conflict`).
    - `baseUrl` is the new base URL; an empty string keeps the stored one.
    - `credentials` lists every credential of the connection once, by the `id` of its entry, in the new
      order (400 naming the entry otherwise; credentials are added and removed by creating a new
      connection). Each entry's `credential.id` and `credential.organisationId` must be the ones the
      connection holds (400 naming the field otherwise). An entry's config may change, but not its
    `type`
      (400 `scheme_type_change`), and the credential's `type` must fit it as on create.
    - A credential's data replaces the stored data, except that a value sent as `[redacted]` keeps the
      stored secret, so an `oauth2-token` read back and sent unchanged is kept as it is. An
    `oauth2-code`
      credential reauthorises: it is checked and exchanged as on create (its state is single-use too),
    and
      the new tokens replace the stored ones.

    The answer is the connection as stored afterwards, with a new `updatedAt`.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        connection_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first
            one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        prefer (str | Unset):
        body (ConnectionUpdate): The connection as it should be; see `update_connection`. All
            three fields are required, as in Versori's
            description, so that a connection read and sent back is a valid update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Connection | Error]
    """

    kwargs = _get_kwargs(
        organisation_id=organisation_id,
        connection_id=connection_id,
        body=body,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organisation_id: str,
    connection_id: str,
    *,
    client: AuthenticatedClient,
    body: ConnectionUpdate,
    prefer: str | Unset = UNSET,
) -> Connection | Error | None:
    """Update a connection

     Replaces the connection's name, base URL and credentials with the body's; the body has the shape a
    read
    answers, so a connection read, changed and sent back is an update.

    - `name` is the new name; a name another connection of the system has answers 409 (`conflict`).
    - `baseUrl` is the new base URL; an empty string keeps the stored one.
    - `credentials` lists every credential of the connection once, by the `id` of its entry, in the new
      order (400 naming the entry otherwise; credentials are added and removed by creating a new
      connection). Each entry's `credential.id` and `credential.organisationId` must be the ones the
      connection holds (400 naming the field otherwise). An entry's config may change, but not its
    `type`
      (400 `scheme_type_change`), and the credential's `type` must fit it as on create.
    - A credential's data replaces the stored data, except that a value sent as `[redacted]` keeps the
      stored secret, so an `oauth2-token` read back and sent unchanged is kept as it is. An
    `oauth2-code`
      credential reauthorises: it is checked and exchanged as on create (its state is single-use too),
    and
      the new tokens replace the stored ones.

    The answer is the connection as stored afterwards, with a new `updatedAt`.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        connection_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first
            one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        prefer (str | Unset):
        body (ConnectionUpdate): The connection as it should be; see `update_connection`. All
            three fields are required, as in Versori's
            description, so that a connection read and sent back is a valid update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Connection | Error
    """

    return (
        await asyncio_detailed(
            organisation_id=organisation_id,
            connection_id=connection_id,
            client=client,
            body=body,
            prefer=prefer,
        )
    ).parsed
