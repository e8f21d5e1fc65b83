from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.connection_template import ConnectionTemplate
from ...models.error import Error
from ...models.link_system import LinkSystem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organisation_id: str,
    project_id: str,
    *,
    body: LinkSystem,
    prefer: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/o/{organisation_id}/projects/{project_id}/connection-templates".format(
            organisation_id=quote(str(organisation_id), safe=""),
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConnectionTemplate | Error:
    if response.status_code == 200:
        response_200 = ConnectionTemplate.from_dict(response.json())

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
) -> Response[ConnectionTemplate | Error]:
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
    body: LinkSystem,
    prefer: str | Unset = UNSET,
) -> Response[ConnectionTemplate | Error]:
    """Create a connection template

     Links a system into one environment of the project: the template is what the project's code names
    the
    system by (`name`), and what connections are made on. `systemId` must be a system of the
    organisation
    and `environmentId` an environment of the project (404 naming the field otherwise); `name` must be
    unique among the templates of that environment (409 `conflict` otherwise). A `dynamic` template's
    connections belong to end users, one each; a static one (the default) has connections shared by
    every
    run. The new template offers every auth scheme config of the system; `update_connection_template`
    narrows that down.

    The answer is the template with the status Versori's description gives, 200: its `id` is the
    system's,
    its `connectionTemplateId` its own.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        project_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first one
            0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        prefer (str | Unset):
        body (LinkSystem): A system to link into an environment of the project; see
            `create_connection_template`. Versori's
            description requires `environment`, which is no field; the field is `environmentId`,
            required here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectionTemplate | Error]
    """

    kwargs = _get_kwargs(
        organisation_id=organisation_id,
        project_id=project_id,
        body=body,
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
    body: LinkSystem,
    prefer: str | Unset = UNSET,
) -> ConnectionTemplate | Error | None:
    """Create a connection template

     Links a system into one environment of the project: the template is what the project's code names
    the
    system by (`name`), and what connections are made on. `systemId` must be a system of the
    organisation
    and `environmentId` an environment of the project (404 naming the field otherwise); `name` must be
    unique among the templates of that environment (409 `conflict` otherwise). A `dynamic` template's
    connections belong to end users, one each; a static one (the default) has connections shared by
    every
    run. The new template offers every auth scheme config of the system; `update_connection_template`
    narrows that down.

    The answer is the template with the status Versori's description gives, 200: its `id` is the
    system's,
    its `connectionTemplateId` its own.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        project_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first one
            0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        prefer (str | Unset):
        body (LinkSystem): A system to link into an environment of the project; see
            `create_connection_template`. Versori's
            description requires `environment`, which is no field; the field is `environmentId`,
            required here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectionTemplate | Error
    """

    return sync_detailed(
        organisation_id=organisation_id,
        project_id=project_id,
        client=client,
        body=body,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    organisation_id: str,
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: LinkSystem,
    prefer: str | Unset = UNSET,
) -> Response[ConnectionTemplate | Error]:
    """Create a connection template

     Links a system into one environment of the project: the template is what the project's code names
    the
    system by (`name`), and what connections are made on. `systemId` must be a system of the
    organisation
    and `environmentId` an environment of the project (404 naming the field otherwise); `name` must be
    unique among the templates of that environment (409 `conflict` otherwise). A `dynamic` template's
    connections belong to end users, one each; a static one (the default) has connections shared by
    every
    run. The new template offers every auth scheme config of the system; `update_connection_template`
    narrows that down.

    The answer is the template with the status Versori's description gives, 200: its `id` is the
    system's,
    its `connectionTemplateId` its own.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        project_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first one
            0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        prefer (str | Unset):
        body (LinkSystem): A system to link into an environment of the project; see
            `create_connection_template`. Versori's
            description requires `environment`, which is no field; the field is `environmentId`,
            required here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectionTemplate | Error]
    """

    kwargs = _get_kwargs(
        organisation_id=organisation_id,
        project_id=project_id,
        body=body,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organisation_id: str,
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: LinkSystem,
    prefer: str | Unset = UNSET,
) -> ConnectionTemplate | Error | None:
    """Create a connection template

     Links a system into one environment of the project: the template is what the project's code names
    the
    system by (`name`), and what connections are made on. `systemId` must be a system of the
    organisation
    and `environmentId` an environment of the project (404 naming the field otherwise); `name` must be
    unique among the templates of that environment (409 `conflict` otherwise). A `dynamic` template's
    connections belong to end users, one each; a static one (the default) has connections shared by
    every
    run. The new template offers every auth scheme config of the system; `update_connection_template`
    narrows that down.

    The answer is the template with the status Versori's description gives, 200: its `id` is the
    system's,
    its `connectionTemplateId` its own.

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        project_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first one
            0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        prefer (str | Unset):
        body (LinkSystem): A system to link into an environment of the project; see
            `create_connection_template`. Versori's
            description requires `environment`, which is no field; the field is `environmentId`,
            required here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectionTemplate | Error
    """

    return (
        await asyncio_detailed(
            organisation_id=organisation_id,
            project_id=project_id,
            client=client,
            body=body,
            prefer=prefer,
        )
    ).parsed
