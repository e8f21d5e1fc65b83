from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.system_page import SystemPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organisation_id: str,
    *,
    first: int | Unset = 20,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    search: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    params: dict[str, Any] = {}

    params["first"] = first

    params["after"] = after

    params["before"] = before

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/o/{organisation_id}/systems".format(
            organisation_id=quote(str(organisation_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SystemPage:
    if response.status_code == 200:
        response_200 = SystemPage.from_dict(response.json())

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
) -> Response[Error | SystemPage]:
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
    search: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[Error | SystemPage]:
    """List the organisation's systems

     One page of the organisation's systems, the most recently created first (by id), each with its auth
    scheme configs. Pass a page's `next` as `after` for the following page, or its `prev` as `before`
    for the
    one before it; give at most one of the two (400 otherwise). A cursor that this server did not hand
    out
    for this list answers 400. `search` keeps the systems whose name or domain contains the given text,
    ignoring case (Versori's description does not say what it matches; this is the reference server's
    rule).

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        first (int | Unset):  Default: 20.
        after (str | Unset):
        before (str | Unset):
        search (str | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SystemPage]
    """

    kwargs = _get_kwargs(
        organisation_id=organisation_id,
        first=first,
        after=after,
        before=before,
        search=search,
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
    search: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Error | SystemPage | None:
    """List the organisation's systems

     One page of the organisation's systems, the most recently created first (by id), each with its auth
    scheme configs. Pass a page's `next` as `after` for the following page, or its `prev` as `before`
    for the
    one before it; give at most one of the two (400 otherwise). A cursor that this server did not hand
    out
    for this list answers 400. `search` keeps the systems whose name or domain contains the given text,
    ignoring case (Versori's description does not say what it matches; this is the reference server's
    rule).

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        first (int | Unset):  Default: 20.
        after (str | Unset):
        before (str | Unset):
        search (str | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SystemPage
    """

    return sync_detailed(
        organisation_id=organisation_id,
        client=client,
        first=first,
        after=after,
        before=before,
        search=search,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    organisation_id: str,
    *,
    client: AuthenticatedClient,
    first: int | Unset = 20,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    search: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[Error | SystemPage]:
    """List the organisation's systems

     One page of the organisation's systems, the most recently created first (by id), each with its auth
    scheme configs. Pass a page's `next` as `after` for the following page, or its `prev` as `before`
    for the
    one before it; give at most one of the two (400 otherwise). A cursor that this server did not hand
    out
    for this list answers 400. `search` keeps the systems whose name or domain contains the given text,
    ignoring case (Versori's description does not say what it matches; this is the reference server's
    rule).

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        first (int | Unset):  Default: 20.
        after (str | Unset):
        before (str | Unset):
        search (str | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SystemPage]
    """

    kwargs = _get_kwargs(
        organisation_id=organisation_id,
        first=first,
        after=after,
        before=before,
        search=search,
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
    search: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Error | SystemPage | None:
    """List the organisation's systems

     One page of the organisation's systems, the most recently created first (by id), each with its auth
    scheme configs. Pass a page's `next` as `after` for the following page, or its `prev` as `before`
    for the
    one before it; give at most one of the two (400 otherwise). A cursor that this server did not hand
    out
    for this list answers 400. `search` keeps the systems whose name or domain contains the given text,
    ignoring case (Versori's description does not say what it matches; this is the reference server's
    rule).

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        first (int | Unset):  Default: 20.
        after (str | Unset):
        before (str | Unset):
        search (str | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SystemPage
    """

    return (
        await asyncio_detailed(
            organisation_id=organisation_id,
            client=client,
            first=first,
            after=after,
            before=before,
            search=search,
            prefer=prefer,
        )
    ).parsed
