from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.connection_template import ConnectionTemplate
from ...models.error import Error
from ...models.update_connection_template import UpdateConnectionTemplate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organisation_id: str,
    project_id: str,
    template_id: str,
    *,
    body: UpdateConnectionTemplate,
    prefer: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/o/{organisation_id}/projects/{project_id}/connection-templates/{template_id}".format(
            organisation_id=quote(str(organisation_id), safe=""),
            project_id=quote(str(project_id), safe=""),
            template_id=quote(str(template_id), safe=""),
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
    template_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateConnectionTemplate,
    prefer: str | Unset = UNSET,
) -> Response[ConnectionTemplate | Error]:
    """Update a connection template

     Changes the template's `name`, `dynamic` or `authSchemeConfigIds`: each field given replaces the
    stored
    one, each left out is kept. A `name` another template of the environment has answers 409
    (`conflict`).
    `dynamic` may change only while no connection is made on the template (409 `conflict` otherwise),
    since
    a connection is static or dynamic for good. `authSchemeConfigIds` chooses which of the system's auth
    scheme configs the template offers, in order (most templates offer one; several are applied in turn,
    as for mutual TLS); each must be a config of the system (400 naming it otherwise) and `[]` is
    refused
    (400).

    The answer is the template as stored afterwards (200).

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        project_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first one
            0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        template_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first
            one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        prefer (str | Unset):
        body (UpdateConnectionTemplate): What changes in a connection template; each field left
            out is kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectionTemplate | Error]
    """

    kwargs = _get_kwargs(
        organisation_id=organisation_id,
        project_id=project_id,
        template_id=template_id,
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
    template_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateConnectionTemplate,
    prefer: str | Unset = UNSET,
) -> ConnectionTemplate | Error | None:
    """Update a connection template

     Changes the template's `name`, `dynamic` or `authSchemeConfigIds`: each field given replaces the
    stored
    one, each left out is kept. A `name` another template of the environment has answers 409
    (`conflict`).
    `dynamic` may change only while no connection is made on the template (409 `conflict` otherwise),
    since
    a connection is static or dynamic for good. `authSchemeConfigIds` chooses which of the system's auth
    scheme configs the template offers, in order (most templates offer one; several are applied in turn,
    as for mutual TLS); each must be a config of the system (400 naming it otherwise) and `[]` is
    refused
    (400).

    The answer is the template as stored afterwards (200).

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        project_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first one
            0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        template_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first
            one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        prefer (str | Unset):
        body (UpdateConnectionTemplate): What changes in a connection template; each field left
            out is kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectionTemplate | Error
    """

    return sync_detailed(
        organisation_id=organisation_id,
        project_id=project_id,
        template_id=template_id,
        client=client,
        body=body,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    organisation_id: str,
    project_id: str,
    template_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateConnectionTemplate,
    prefer: str | Unset = UNSET,
) -> Response[ConnectionTemplate | Error]:
    """Update a connection template

     Changes the template's `name`, `dynamic` or `authSchemeConfigIds`: each field given replaces the
    stored
    one, each left out is kept. A `name` another template of the environment has answers 409
    (`conflict`).
    `dynamic` may change only while no connection is made on the template (409 `conflict` otherwise),
    since
    a connection is static or dynamic for good. `authSchemeConfigIds` chooses which of the system's auth
    scheme configs the template offers, in order (most templates offer one; several are applied in turn,
    as for mutual TLS); each must be a config of the system (400 naming it otherwise) and `[]` is
    refused
    (400).

    The answer is the template as stored afterwards (200).

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        project_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first one
            0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        template_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first
            one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        prefer (str | Unset):
        body (UpdateConnectionTemplate): What changes in a connection template; each field left
            out is kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectionTemplate | Error]
    """

    kwargs = _get_kwargs(
        organisation_id=organisation_id,
        project_id=project_id,
        template_id=template_id,
        body=body,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organisation_id: str,
    project_id: str,
    template_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateConnectionTemplate,
    prefer: str | Unset = UNSET,
) -> ConnectionTemplate | Error | None:
    """Update a connection template

     Changes the template's `name`, `dynamic` or `authSchemeConfigIds`: each field given replaces the
    stored
    one, each left out is kept. A `name` another template of the environment has answers 409
    (`conflict`).
    `dynamic` may change only while no connection is made on the template (409 `conflict` otherwise),
    since
    a connection is static or dynamic for good. `authSchemeConfigIds` chooses which of the system's auth
    scheme configs the template offers, in order (most templates offer one; several are applied in turn,
    as for mutual TLS); each must be a config of the system (400 naming it otherwise) and `[]` is
    refused
    (400).

    The answer is the template as stored afterwards (200).

    Args:
        organisation_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the
            first one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        project_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first one
            0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        template_id (str): A ULID: 26 characters of Crockford's base32 in upper case, the first
            one 0 to 7 (a larger first
            character would overflow the 128-bit value). Versori's descriptions write these as
            `format: ulid`.
        prefer (str | Unset):
        body (UpdateConnectionTemplate): What changes in a connection template; each field left
            out is kept.

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
            template_id=template_id,
            client=client,
            body=body,
            prefer=prefer,
        )
    ).parsed
