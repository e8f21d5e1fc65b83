from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.environment_system_page import EnvironmentSystemPage
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organisation_id: str,
    project_id: str,
    *,
    env_id: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    params: dict[str, Any] = {}

    params["env_id"] = env_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/o/{organisation_id}/projects/{project_id}/connection-templates".format(
            organisation_id=quote(str(organisation_id), safe=""),
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EnvironmentSystemPage | Error:
    if response.status_code == 200:
        response_200 = EnvironmentSystemPage.from_dict(response.json())

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
) -> Response[EnvironmentSystemPage | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organisation_id: str,
    project_id: str,
    *,
    client: AuthenticatedClient,
    env_id: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[EnvironmentSystemPage | Error]:
    """List the connection templates of a project

     The project's connection templates, each with the auth scheme configs it offers, in one page
    (Versori's
    description gives this list no cursors: `next` and `prev` are never set). `env_id` keeps the
    templates
    of that environment of the project; without it, every environment's are listed. An unknown project
    answers 404; an `env_id` that is not an environment of the project, an empty page.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        project_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first one
            0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        env_id (str | Unset): A ULID: 26 characters of Crockford's base32 in upper case, the first
            one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvironmentSystemPage | Error]
    """

    kwargs = _get_kwargs(
        organisation_id=organisation_id,
        project_id=project_id,
        env_id=env_id,
        prefer=prefer,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organisation_id: str,
    project_id: str,
    *,
    client: AuthenticatedClient,
    env_id: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> EnvironmentSystemPage | Error | None:
    """List the connection templates of a project

     The project's connection templates, each with the auth scheme configs it offers, in one page
    (Versori's
    description gives this list no cursors: `next` and `prev` are never set). `env_id` keeps the
    templates
    of that environment of the project; without it, every environment's are listed. An unknown project
    answers 404; an `env_id` that is not an environment of the project, an empty page.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        project_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first one
            0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        env_id (str | Unset): A ULID: 26 characters of Crockford's base32 in upper case, the first
            one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvironmentSystemPage | Error
    """

    return sync_detailed(
        organisation_id=organisation_id,
        project_id=project_id,
        client=client,
        env_id=env_id,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    organisation_id: str,
    project_id: str,
    *,
    client: AuthenticatedClient,
    env_id: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[EnvironmentSystemPage | Error]:
    """List the connection templates of a project

     The project's connection templates, each with the auth scheme configs it offers, in one page
    (Versori's
    description gives this list no cursors: `next` and `prev` are never set). `env_id` keeps the
    templates
    of that environment of the project; without it, every environment's are listed. An unknown project
    answers 404; an `env_id` that is not an environment of the project, an empty page.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        project_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first one
            0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        env_id (str | Unset): A ULID: 26 characters of Crockford's base32 in upper case, the first
            one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvironmentSystemPage | Error]
    """

    kwargs = _get_kwargs(
        organisation_id=organisation_id,
        project_id=project_id,
        env_id=env_id,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organisation_id: str,
    project_id: str,
    *,
    client: AuthenticatedClient,
    env_id: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> EnvironmentSystemPage | Error | None:
    """List the connection templates of a project

     The project's connection templates, each with the auth scheme configs it offers, in one page
    (Versori's
    description gives this list no cursors: `next` and `prev` are never set). `env_id` keeps the
    templates
    of that environment of the project; without it, every environment's are listed. An unknown project
    answers 404; an `env_id` that is not an environment of the project, an empty page.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        project_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first one
            0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        env_id (str | Unset): A ULID: 26 characters of Crockford's base32 in upper case, the first
            one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvironmentSystemPage | Error
    """

    return (
        await asyncio_detailed(
            organisation_id=organisation_id,
            project_id=project_id,
            client=client,
            env_id=env_id,
            prefer=prefer,
        )
    ).parsed
