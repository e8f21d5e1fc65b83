from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organisation_id: str,
    system_id: str,
    auth_scheme_config_id: str,
    *,
    prefer: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/o/{organisation_id}/systems/{system_id}/auth-scheme-configs/{auth_scheme_config_id}".format(
            organisation_id=quote(str(organisation_id), safe=""),
            system_id=quote(str(system_id), safe=""),
            auth_scheme_config_id=quote(str(auth_scheme_config_id), safe=""),
        ),
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
    system_id: str,
    auth_scheme_config_id: str,
    *,
    client: AuthenticatedClient,
    prefer: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Delete an auth scheme config of a system

     Removes the auth scheme config from the system; an unknown id answers 404. Connections created with
    it
    are kept, but their refreshable credentials (OAuth 2.0 tokens) can no longer be refreshed and stop
    working when they expire. Connection templates that listed it in `authSchemeConfigIds` no longer
    offer
    it.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        system_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first one
            0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        auth_scheme_config_id (str): The id of an auth scheme config, chosen by whoever writes the
            config and unique among the configs of its
            system. Versori's descriptions call it a ULID, but type it as text, and Versori's CLI
            sends the name the
            user gives (`systems add-auth-scheme --name`) as the id; so any id of letters, digits and
            `.`, `_`, `~`
            and `-` is taken (the characters a URL path carries as they are, RFC 3986 section 2.3), a
            ULID included.
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        organisation_id=organisation_id,
        system_id=system_id,
        auth_scheme_config_id=auth_scheme_config_id,
        prefer=prefer,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organisation_id: str,
    system_id: str,
    auth_scheme_config_id: str,
    *,
    client: AuthenticatedClient,
    prefer: str | Unset = UNSET,
) -> Any | Error | None:
    """Delete an auth scheme config of a system

     Removes the auth scheme config from the system; an unknown id answers 404. Connections created with
    it
    are kept, but their refreshable credentials (OAuth 2.0 tokens) can no longer be refreshed and stop
    working when they expire. Connection templates that listed it in `authSchemeConfigIds` no longer
    offer
    it.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        system_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first one
            0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        auth_scheme_config_id (str): The id of an auth scheme config, chosen by whoever writes the
            config and unique among the configs of its
            system. Versori's descriptions call it a ULID, but type it as text, and Versori's CLI
            sends the name the
            user gives (`systems add-auth-scheme --name`) as the id; so any id of letters, digits and
            `.`, `_`, `~`
            and `-` is taken (the characters a URL path carries as they are, RFC 3986 section 2.3), a
            ULID included.
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        organisation_id=organisation_id,
        system_id=system_id,
        auth_scheme_config_id=auth_scheme_config_id,
        client=client,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    organisation_id: str,
    system_id: str,
    auth_scheme_config_id: str,
    *,
    client: AuthenticatedClient,
    prefer: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Delete an auth scheme config of a system

     Removes the auth scheme config from the system; an unknown id answers 404. Connections created with
    it
    are kept, but their refreshable credentials (OAuth 2.0 tokens) can no longer be refreshed and stop
    working when they expire. Connection templates that listed it in `authSchemeConfigIds` no longer
    offer
    it.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        system_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first one
            0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        auth_scheme_config_id (str): The id of an auth scheme config, chosen by whoever writes the
            config and unique among the configs of its
            system. Versori's descriptions call it a ULID, but type it as text, and Versori's CLI
            sends the name the
            user gives (`systems add-auth-scheme --name`) as the id; so any id of letters, digits and
            `.`, `_`, `~`
            and `-` is taken (the characters a URL path carries as they are, RFC 3986 section 2.3), a
            ULID included.
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        organisation_id=organisation_id,
        system_id=system_id,
        auth_scheme_config_id=auth_scheme_config_id,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organisation_id: str,
    system_id: str,
    auth_scheme_config_id: str,
    *,
    client: AuthenticatedClient,
    prefer: str | Unset = UNSET,
) -> Any | Error | None:
    """Delete an auth scheme config of a system

     Removes the auth scheme config from the system; an unknown id answers 404. Connections created with
    it
    are kept, but their refreshable credentials (OAuth 2.0 tokens) can no longer be refreshed and stop
    working when they expire. Connection templates that listed it in `authSchemeConfigIds` no longer
    offer
    it.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        system_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first one
            0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        auth_scheme_config_id (str): The id of an auth scheme config, chosen by whoever writes the
            config and unique among the configs of its
            system. Versori's descriptions call it a ULID, but type it as text, and Versori's CLI
            sends the name the
            user gives (`systems add-auth-scheme --name`) as the id; so any id of letters, digits and
            `.`, `_`, `~`
            and `-` is taken (the characters a URL path carries as they are, RFC 3986 section 2.3), a
            ULID included.
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
            system_id=system_id,
            auth_scheme_config_id=auth_scheme_config_id,
            client=client,
            prefer=prefer,
        )
    ).parsed
