from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.big_query_connector import BigQueryConnector
from ...models.error import Error
from ...models.http_connector import HttpConnector
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organisation_id: str,
    connector_id: str,
    *,
    prefer: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/o/{organisation_id}/connectors/{connector_id}".format(
            organisation_id=quote(str(organisation_id), safe=""),
            connector_id=quote(str(connector_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BigQueryConnector | HttpConnector | Error:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> BigQueryConnector | HttpConnector:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_connector_type_0 = HttpConnector.from_dict(data)

                return componentsschemas_connector_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_connector_type_1 = BigQueryConnector.from_dict(data)

            return componentsschemas_connector_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[BigQueryConnector | HttpConnector | Error]:
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
    prefer: str | Unset = UNSET,
) -> Response[BigQueryConnector | HttpConnector | Error]:
    """Get a connector

     One connector of the organisation, with its auth scheme configs (how a connection may authenticate),
    its
    connections (secrets left out) and its versions. An unknown connector answers 404.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value).
        connector_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first
            one 0 to 7 (a larger first
            character would overflow the 128-bit value).
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BigQueryConnector | HttpConnector | Error]
    """

    kwargs = _get_kwargs(
        organisation_id=organisation_id,
        connector_id=connector_id,
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
    prefer: str | Unset = UNSET,
) -> BigQueryConnector | HttpConnector | Error | None:
    """Get a connector

     One connector of the organisation, with its auth scheme configs (how a connection may authenticate),
    its
    connections (secrets left out) and its versions. An unknown connector answers 404.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value).
        connector_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first
            one 0 to 7 (a larger first
            character would overflow the 128-bit value).
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BigQueryConnector | HttpConnector | Error
    """

    return sync_detailed(
        organisation_id=organisation_id,
        connector_id=connector_id,
        client=client,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    organisation_id: str,
    connector_id: str,
    *,
    client: AuthenticatedClient,
    prefer: str | Unset = UNSET,
) -> Response[BigQueryConnector | HttpConnector | Error]:
    """Get a connector

     One connector of the organisation, with its auth scheme configs (how a connection may authenticate),
    its
    connections (secrets left out) and its versions. An unknown connector answers 404.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value).
        connector_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first
            one 0 to 7 (a larger first
            character would overflow the 128-bit value).
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BigQueryConnector | HttpConnector | Error]
    """

    kwargs = _get_kwargs(
        organisation_id=organisation_id,
        connector_id=connector_id,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organisation_id: str,
    connector_id: str,
    *,
    client: AuthenticatedClient,
    prefer: str | Unset = UNSET,
) -> BigQueryConnector | HttpConnector | Error | None:
    """Get a connector

     One connector of the organisation, with its auth scheme configs (how a connection may authenticate),
    its
    connections (secrets left out) and its versions. An unknown connector answers 404.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value).
        connector_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first
            one 0 to 7 (a larger first
            character would overflow the 128-bit value).
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BigQueryConnector | HttpConnector | Error
    """

    return (
        await asyncio_detailed(
            organisation_id=organisation_id,
            connector_id=connector_id,
            client=client,
            prefer=prefer,
        )
    ).parsed
