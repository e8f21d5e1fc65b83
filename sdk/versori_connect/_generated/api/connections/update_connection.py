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
    connector_id: str,
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
        "url": "/o/{organisation_id}/connectors/{connector_id}/connections/{connection_id}".format(
            organisation_id=quote(str(organisation_id), safe=""),
            connector_id=quote(str(connector_id), safe=""),
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
    connection_id: str,
    *,
    client: AuthenticatedClient,
    body: ConnectionUpdate,
    prefer: str | Unset = UNSET,
) -> Response[Connection | Error]:
    """Update a connection

     Renames the connection, replaces its variables, and reorders its credentials or updates their auth
    scheme configs. The credentials themselves (their data) cannot be changed here.

    - `id` must be the `connection_id` of the path (400 `id_mismatch`, `fields` naming `id`).
    - `name` is the new name; a name another connection of the connector has answers 409 (`conflict`).
    - `variables`, when present, replace the connection's variables (`[]` deletes them all); when
    absent,
      the variables are kept.
    - `credentials`, when present, list the connection's credentials by `id` in their new order, each
      with its auth scheme config. Every id must be one of the connection's credentials (400 otherwise),
    and
      a config's `schemeType` may not change (400 `scheme_type_change`, `fields` naming the config); to
      change it, create a new connection. A list that is absent is kept as it is.

    The answer is the connection as stored afterwards, with a new `updatedAt`.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value).
        connector_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first
            one 0 to 7 (a larger first
            character would overflow the 128-bit value).
        connection_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first
            one 0 to 7 (a larger first
            character would overflow the 128-bit value).
        prefer (str | Unset):
        body (ConnectionUpdate): The connection as it should be: `id` (the path's), the name, and
            optionally the variables and the
            credentials' order and configs. Absent `variables` or `credentials` are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Connection | Error]
    """

    kwargs = _get_kwargs(
        organisation_id=organisation_id,
        connector_id=connector_id,
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
    connector_id: str,
    connection_id: str,
    *,
    client: AuthenticatedClient,
    body: ConnectionUpdate,
    prefer: str | Unset = UNSET,
) -> Connection | Error | None:
    """Update a connection

     Renames the connection, replaces its variables, and reorders its credentials or updates their auth
    scheme configs. The credentials themselves (their data) cannot be changed here.

    - `id` must be the `connection_id` of the path (400 `id_mismatch`, `fields` naming `id`).
    - `name` is the new name; a name another connection of the connector has answers 409 (`conflict`).
    - `variables`, when present, replace the connection's variables (`[]` deletes them all); when
    absent,
      the variables are kept.
    - `credentials`, when present, list the connection's credentials by `id` in their new order, each
      with its auth scheme config. Every id must be one of the connection's credentials (400 otherwise),
    and
      a config's `schemeType` may not change (400 `scheme_type_change`, `fields` naming the config); to
      change it, create a new connection. A list that is absent is kept as it is.

    The answer is the connection as stored afterwards, with a new `updatedAt`.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value).
        connector_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first
            one 0 to 7 (a larger first
            character would overflow the 128-bit value).
        connection_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first
            one 0 to 7 (a larger first
            character would overflow the 128-bit value).
        prefer (str | Unset):
        body (ConnectionUpdate): The connection as it should be: `id` (the path's), the name, and
            optionally the variables and the
            credentials' order and configs. Absent `variables` or `credentials` are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Connection | Error
    """

    return sync_detailed(
        organisation_id=organisation_id,
        connector_id=connector_id,
        connection_id=connection_id,
        client=client,
        body=body,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    organisation_id: str,
    connector_id: str,
    connection_id: str,
    *,
    client: AuthenticatedClient,
    body: ConnectionUpdate,
    prefer: str | Unset = UNSET,
) -> Response[Connection | Error]:
    """Update a connection

     Renames the connection, replaces its variables, and reorders its credentials or updates their auth
    scheme configs. The credentials themselves (their data) cannot be changed here.

    - `id` must be the `connection_id` of the path (400 `id_mismatch`, `fields` naming `id`).
    - `name` is the new name; a name another connection of the connector has answers 409 (`conflict`).
    - `variables`, when present, replace the connection's variables (`[]` deletes them all); when
    absent,
      the variables are kept.
    - `credentials`, when present, list the connection's credentials by `id` in their new order, each
      with its auth scheme config. Every id must be one of the connection's credentials (400 otherwise),
    and
      a config's `schemeType` may not change (400 `scheme_type_change`, `fields` naming the config); to
      change it, create a new connection. A list that is absent is kept as it is.

    The answer is the connection as stored afterwards, with a new `updatedAt`.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value).
        connector_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first
            one 0 to 7 (a larger first
            character would overflow the 128-bit value).
        connection_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first
            one 0 to 7 (a larger first
            character would overflow the 128-bit value).
        prefer (str | Unset):
        body (ConnectionUpdate): The connection as it should be: `id` (the path's), the name, and
            optionally the variables and the
            credentials' order and configs. Absent `variables` or `credentials` are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Connection | Error]
    """

    kwargs = _get_kwargs(
        organisation_id=organisation_id,
        connector_id=connector_id,
        connection_id=connection_id,
        body=body,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organisation_id: str,
    connector_id: str,
    connection_id: str,
    *,
    client: AuthenticatedClient,
    body: ConnectionUpdate,
    prefer: str | Unset = UNSET,
) -> Connection | Error | None:
    """Update a connection

     Renames the connection, replaces its variables, and reorders its credentials or updates their auth
    scheme configs. The credentials themselves (their data) cannot be changed here.

    - `id` must be the `connection_id` of the path (400 `id_mismatch`, `fields` naming `id`).
    - `name` is the new name; a name another connection of the connector has answers 409 (`conflict`).
    - `variables`, when present, replace the connection's variables (`[]` deletes them all); when
    absent,
      the variables are kept.
    - `credentials`, when present, list the connection's credentials by `id` in their new order, each
      with its auth scheme config. Every id must be one of the connection's credentials (400 otherwise),
    and
      a config's `schemeType` may not change (400 `scheme_type_change`, `fields` naming the config); to
      change it, create a new connection. A list that is absent is kept as it is.

    The answer is the connection as stored afterwards, with a new `updatedAt`.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value).
        connector_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first
            one 0 to 7 (a larger first
            character would overflow the 128-bit value).
        connection_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first
            one 0 to 7 (a larger first
            character would overflow the 128-bit value).
        prefer (str | Unset):
        body (ConnectionUpdate): The connection as it should be: `id` (the path's), the name, and
            optionally the variables and the
            credentials' order and configs. Absent `variables` or `credentials` are kept.

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
            connection_id=connection_id,
            client=client,
            body=body,
            prefer=prefer,
        )
    ).parsed
