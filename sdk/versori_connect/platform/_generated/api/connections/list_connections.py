from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.connection_page import ConnectionPage
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organisation_id: str,
    *,
    first: int | Unset = 20,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    system_id: str | Unset = UNSET,
    end_user_id: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    params: dict[str, Any] = {}

    params["first"] = first

    params["after"] = after

    params["before"] = before

    params["system_id"] = system_id

    params["end_user_id"] = end_user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/o/{organisation_id}/connections".format(
            organisation_id=quote(str(organisation_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConnectionPage | Error:
    if response.status_code == 200:
        response_200 = ConnectionPage.from_dict(response.json())

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
) -> Response[ConnectionPage | Error]:
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
    first: int | Unset = 20,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    system_id: str | Unset = UNSET,
    end_user_id: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[ConnectionPage | Error]:
    """List the organisation's connections

     One page of the organisation's connections, static and dynamic, the most recently updated first
    (ties
    broken by id), their secrets left out. Paging works as for systems: `next` as `after`, `prev` as
    `before`, at most one of the two. `system_id` keeps the connections made on templates of that
    system,
    and `end_user_id` the dynamic connections of that end user; a filter that matches nothing gives an
    empty page, not 404.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        first (int | Unset):  Default: 20.
        after (str | Unset):
        before (str | Unset):
        system_id (str | Unset): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        end_user_id (str | Unset): How the organisation's own product knows an end user: any text
            without control characters, and without
            `/`, since it travels in a URL path (`/users/{user_id}`).
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectionPage | Error]
    """

    kwargs = _get_kwargs(
        organisation_id=organisation_id,
        first=first,
        after=after,
        before=before,
        system_id=system_id,
        end_user_id=end_user_id,
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
    first: int | Unset = 20,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    system_id: str | Unset = UNSET,
    end_user_id: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> ConnectionPage | Error | None:
    """List the organisation's connections

     One page of the organisation's connections, static and dynamic, the most recently updated first
    (ties
    broken by id), their secrets left out. Paging works as for systems: `next` as `after`, `prev` as
    `before`, at most one of the two. `system_id` keeps the connections made on templates of that
    system,
    and `end_user_id` the dynamic connections of that end user; a filter that matches nothing gives an
    empty page, not 404.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        first (int | Unset):  Default: 20.
        after (str | Unset):
        before (str | Unset):
        system_id (str | Unset): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        end_user_id (str | Unset): How the organisation's own product knows an end user: any text
            without control characters, and without
            `/`, since it travels in a URL path (`/users/{user_id}`).
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectionPage | Error
    """

    return sync_detailed(
        organisation_id=organisation_id,
        client=client,
        first=first,
        after=after,
        before=before,
        system_id=system_id,
        end_user_id=end_user_id,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    organisation_id: str,
    *,
    client: AuthenticatedClient,
    first: int | Unset = 20,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    system_id: str | Unset = UNSET,
    end_user_id: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[ConnectionPage | Error]:
    """List the organisation's connections

     One page of the organisation's connections, static and dynamic, the most recently updated first
    (ties
    broken by id), their secrets left out. Paging works as for systems: `next` as `after`, `prev` as
    `before`, at most one of the two. `system_id` keeps the connections made on templates of that
    system,
    and `end_user_id` the dynamic connections of that end user; a filter that matches nothing gives an
    empty page, not 404.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        first (int | Unset):  Default: 20.
        after (str | Unset):
        before (str | Unset):
        system_id (str | Unset): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        end_user_id (str | Unset): How the organisation's own product knows an end user: any text
            without control characters, and without
            `/`, since it travels in a URL path (`/users/{user_id}`).
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectionPage | Error]
    """

    kwargs = _get_kwargs(
        organisation_id=organisation_id,
        first=first,
        after=after,
        before=before,
        system_id=system_id,
        end_user_id=end_user_id,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organisation_id: str,
    *,
    client: AuthenticatedClient,
    first: int | Unset = 20,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    system_id: str | Unset = UNSET,
    end_user_id: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> ConnectionPage | Error | None:
    """List the organisation's connections

     One page of the organisation's connections, static and dynamic, the most recently updated first
    (ties
    broken by id), their secrets left out. Paging works as for systems: `next` as `after`, `prev` as
    `before`, at most one of the two. `system_id` keeps the connections made on templates of that
    system,
    and `end_user_id` the dynamic connections of that end user; a filter that matches nothing gives an
    empty page, not 404.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        first (int | Unset):  Default: 20.
        after (str | Unset):
        before (str | Unset):
        system_id (str | Unset): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        end_user_id (str | Unset): How the organisation's own product knows an end user: any text
            without control characters, and without
            `/`, since it travels in a URL path (`/users/{user_id}`).
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectionPage | Error
    """

    return (
        await asyncio_detailed(
            organisation_id=organisation_id,
            client=client,
            first=first,
            after=after,
            before=before,
            system_id=system_id,
            end_user_id=end_user_id,
            prefer=prefer,
        )
    ).parsed
