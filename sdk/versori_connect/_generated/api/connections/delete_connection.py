from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organisation_id: str,
    connector_id: str,
    connection_id: str,
    *,
    force: bool | Unset = False,
    prefer: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    params: dict[str, Any] = {}

    params["force"] = force

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/o/{organisation_id}/connectors/{connector_id}/connections/{connection_id}".format(
            organisation_id=quote(str(organisation_id), safe=""),
            connector_id=quote(str(connector_id), safe=""),
            connection_id=quote(str(connection_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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

    if response.status_code == 412:
        response_412 = Error.from_dict(response.json())

        return response_412

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
) -> Response[Any | Error]:
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
    force: bool | Unset = False,
    prefer: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Delete a connection

     Deletes the connection and its credentials. A connection in use by another product (an integration
    that
    is running on it) is kept and answers 412 (`connection_in_use`), unless `force` is true; the
    reference
    server takes the connections in use from its seed. Deleting a connection that does not exist answers
    404.

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
        force (bool | Unset):  Default: False.
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        organisation_id=organisation_id,
        connector_id=connector_id,
        connection_id=connection_id,
        force=force,
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
    force: bool | Unset = False,
    prefer: str | Unset = UNSET,
) -> Any | Error | None:
    """Delete a connection

     Deletes the connection and its credentials. A connection in use by another product (an integration
    that
    is running on it) is kept and answers 412 (`connection_in_use`), unless `force` is true; the
    reference
    server takes the connections in use from its seed. Deleting a connection that does not exist answers
    404.

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
        force (bool | Unset):  Default: False.
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        organisation_id=organisation_id,
        connector_id=connector_id,
        connection_id=connection_id,
        client=client,
        force=force,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    organisation_id: str,
    connector_id: str,
    connection_id: str,
    *,
    client: AuthenticatedClient,
    force: bool | Unset = False,
    prefer: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Delete a connection

     Deletes the connection and its credentials. A connection in use by another product (an integration
    that
    is running on it) is kept and answers 412 (`connection_in_use`), unless `force` is true; the
    reference
    server takes the connections in use from its seed. Deleting a connection that does not exist answers
    404.

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
        force (bool | Unset):  Default: False.
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        organisation_id=organisation_id,
        connector_id=connector_id,
        connection_id=connection_id,
        force=force,
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
    force: bool | Unset = False,
    prefer: str | Unset = UNSET,
) -> Any | Error | None:
    """Delete a connection

     Deletes the connection and its credentials. A connection in use by another product (an integration
    that
    is running on it) is kept and answers 412 (`connection_in_use`), unless `force` is true; the
    reference
    server takes the connections in use from its seed. Deleting a connection that does not exist answers
    404.

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
        force (bool | Unset):  Default: False.
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            organisation_id=organisation_id,
            connector_id=connector_id,
            connection_id=connection_id,
            client=client,
            force=force,
            prefer=prefer,
        )
    ).parsed
