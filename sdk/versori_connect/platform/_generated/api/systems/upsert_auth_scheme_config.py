from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.auth_scheme_api_key import AuthSchemeApiKey
from ...models.auth_scheme_basic_auth import AuthSchemeBasicAuth
from ...models.auth_scheme_certificate import AuthSchemeCertificate
from ...models.auth_scheme_hmac import AuthSchemeHmac
from ...models.auth_scheme_jwt_bearer import AuthSchemeJwtBearer
from ...models.auth_scheme_none import AuthSchemeNone
from ...models.auth_scheme_oauth1 import AuthSchemeOAuth1
from ...models.auth_scheme_oauth2 import AuthSchemeOAuth2
from ...models.auth_scheme_secret import AuthSchemeSecret
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organisation_id: str,
    system_id: str,
    auth_scheme_config_id: str,
    *,
    body: AuthSchemeApiKey
    | AuthSchemeBasicAuth
    | AuthSchemeCertificate
    | AuthSchemeHmac
    | AuthSchemeJwtBearer
    | AuthSchemeNone
    | AuthSchemeOAuth1
    | AuthSchemeOAuth2
    | AuthSchemeSecret,
    prefer: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/o/{organisation_id}/systems/{system_id}/auth-scheme-configs/{auth_scheme_config_id}".format(
            organisation_id=quote(str(organisation_id), safe=""),
            system_id=quote(str(system_id), safe=""),
            auth_scheme_config_id=quote(str(auth_scheme_config_id), safe=""),
        ),
    }

    if (
        isinstance(body, AuthSchemeNone)
        or isinstance(body, AuthSchemeApiKey)
        or isinstance(body, AuthSchemeBasicAuth)
        or isinstance(body, AuthSchemeOAuth2)
        or isinstance(body, AuthSchemeHmac)
        or isinstance(body, AuthSchemeJwtBearer)
        or isinstance(body, AuthSchemeCertificate)
        or isinstance(body, AuthSchemeOAuth1)
    ):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AuthSchemeApiKey
    | AuthSchemeBasicAuth
    | AuthSchemeCertificate
    | AuthSchemeHmac
    | AuthSchemeJwtBearer
    | AuthSchemeNone
    | AuthSchemeOAuth1
    | AuthSchemeOAuth2
    | AuthSchemeSecret
    | Error
):
    if response.status_code == 201:

        def _parse_response_201(
            data: object,
        ) -> (
            AuthSchemeApiKey
            | AuthSchemeBasicAuth
            | AuthSchemeCertificate
            | AuthSchemeHmac
            | AuthSchemeJwtBearer
            | AuthSchemeNone
            | AuthSchemeOAuth1
            | AuthSchemeOAuth2
            | AuthSchemeSecret
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_auth_scheme_config_type_0 = AuthSchemeNone.from_dict(
                    data
                )

                return componentsschemas_auth_scheme_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_auth_scheme_config_type_1 = (
                    AuthSchemeApiKey.from_dict(data)
                )

                return componentsschemas_auth_scheme_config_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_auth_scheme_config_type_2 = (
                    AuthSchemeBasicAuth.from_dict(data)
                )

                return componentsschemas_auth_scheme_config_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_auth_scheme_config_type_3 = (
                    AuthSchemeOAuth2.from_dict(data)
                )

                return componentsschemas_auth_scheme_config_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_auth_scheme_config_type_4 = AuthSchemeHmac.from_dict(
                    data
                )

                return componentsschemas_auth_scheme_config_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_auth_scheme_config_type_5 = (
                    AuthSchemeJwtBearer.from_dict(data)
                )

                return componentsschemas_auth_scheme_config_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_auth_scheme_config_type_6 = (
                    AuthSchemeCertificate.from_dict(data)
                )

                return componentsschemas_auth_scheme_config_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_auth_scheme_config_type_7 = (
                    AuthSchemeOAuth1.from_dict(data)
                )

                return componentsschemas_auth_scheme_config_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_auth_scheme_config_type_8 = AuthSchemeSecret.from_dict(
                data
            )

            return componentsschemas_auth_scheme_config_type_8

        response_201 = _parse_response_201(response.json())

        return response_201

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
) -> Response[
    AuthSchemeApiKey
    | AuthSchemeBasicAuth
    | AuthSchemeCertificate
    | AuthSchemeHmac
    | AuthSchemeJwtBearer
    | AuthSchemeNone
    | AuthSchemeOAuth1
    | AuthSchemeOAuth2
    | AuthSchemeSecret
    | Error
]:
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
    body: AuthSchemeApiKey
    | AuthSchemeBasicAuth
    | AuthSchemeCertificate
    | AuthSchemeHmac
    | AuthSchemeJwtBearer
    | AuthSchemeNone
    | AuthSchemeOAuth1
    | AuthSchemeOAuth2
    | AuthSchemeSecret,
    prefer: str | Unset = UNSET,
) -> Response[
    AuthSchemeApiKey
    | AuthSchemeBasicAuth
    | AuthSchemeCertificate
    | AuthSchemeHmac
    | AuthSchemeJwtBearer
    | AuthSchemeNone
    | AuthSchemeOAuth1
    | AuthSchemeOAuth2
    | AuthSchemeSecret
    | Error
]:
    """Add or replace an auth scheme config of a system

     Adds the auth scheme config to the system, or replaces the system's config of this id. The id is the
    caller's choice and unique among the system's configs. A config with a keyed object gives its `id`
    there
    too, and it must be the path's `auth_scheme_config_id` (400 `id_mismatch` otherwise); a `jwt-bearer`
    or
    `secret` config, which is `type` alone, is named by the path only. Replacing a config may not change
    its
    `type` (400 `scheme_type_change`): delete it and add a new one instead. `validationMessages` is
    ignored
    when sent.

    Credentials are kept as `create_system` says: an `oauth2` grant's `clientId` and `clientSecret`
    without
    `credentialId` become a new `oauth2-client` credential, which the answer names; a grant naming a
    credential must name one that exists (404 `credential_not_found`). `clientSecret` never comes back,
    and
    an `oauth1` config's `consumerSecret` reads back as `[redacted]`; sending `[redacted]` back keeps
    the
    stored secret. Connections made earlier keep the config they were created with.

    The answer is the config as stored, with the status Versori's description gives, 201, whether it was
    added or replaced.

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
        body (AuthSchemeApiKey | AuthSchemeBasicAuth | AuthSchemeCertificate | AuthSchemeHmac |
            AuthSchemeJwtBearer | AuthSchemeNone | AuthSchemeOAuth1 | AuthSchemeOAuth2 |
            AuthSchemeSecret): How a system authenticates to the provider: `type` names the scheme and
            the one key that holds its
            details (`none`, `apiKey`, `basicAuth`, `oauth2`, `hmac`, `certificate`, `oauth1`); that
            key is
            required and no other is taken, so `{"type": "oauth2", "apiKey": {...}}` answers 400
            naming `oauth2` (missing)
            and `apiKey` (not a field). `jwt-bearer` and `secret` carry `type` alone. This is
            configuration only:
            the secret is the credential used under it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthSchemeApiKey | AuthSchemeBasicAuth | AuthSchemeCertificate | AuthSchemeHmac | AuthSchemeJwtBearer | AuthSchemeNone | AuthSchemeOAuth1 | AuthSchemeOAuth2 | AuthSchemeSecret | Error]
    """

    kwargs = _get_kwargs(
        organisation_id=organisation_id,
        system_id=system_id,
        auth_scheme_config_id=auth_scheme_config_id,
        body=body,
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
    body: AuthSchemeApiKey
    | AuthSchemeBasicAuth
    | AuthSchemeCertificate
    | AuthSchemeHmac
    | AuthSchemeJwtBearer
    | AuthSchemeNone
    | AuthSchemeOAuth1
    | AuthSchemeOAuth2
    | AuthSchemeSecret,
    prefer: str | Unset = UNSET,
) -> (
    AuthSchemeApiKey
    | AuthSchemeBasicAuth
    | AuthSchemeCertificate
    | AuthSchemeHmac
    | AuthSchemeJwtBearer
    | AuthSchemeNone
    | AuthSchemeOAuth1
    | AuthSchemeOAuth2
    | AuthSchemeSecret
    | Error
    | None
):
    """Add or replace an auth scheme config of a system

     Adds the auth scheme config to the system, or replaces the system's config of this id. The id is the
    caller's choice and unique among the system's configs. A config with a keyed object gives its `id`
    there
    too, and it must be the path's `auth_scheme_config_id` (400 `id_mismatch` otherwise); a `jwt-bearer`
    or
    `secret` config, which is `type` alone, is named by the path only. Replacing a config may not change
    its
    `type` (400 `scheme_type_change`): delete it and add a new one instead. `validationMessages` is
    ignored
    when sent.

    Credentials are kept as `create_system` says: an `oauth2` grant's `clientId` and `clientSecret`
    without
    `credentialId` become a new `oauth2-client` credential, which the answer names; a grant naming a
    credential must name one that exists (404 `credential_not_found`). `clientSecret` never comes back,
    and
    an `oauth1` config's `consumerSecret` reads back as `[redacted]`; sending `[redacted]` back keeps
    the
    stored secret. Connections made earlier keep the config they were created with.

    The answer is the config as stored, with the status Versori's description gives, 201, whether it was
    added or replaced.

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
        body (AuthSchemeApiKey | AuthSchemeBasicAuth | AuthSchemeCertificate | AuthSchemeHmac |
            AuthSchemeJwtBearer | AuthSchemeNone | AuthSchemeOAuth1 | AuthSchemeOAuth2 |
            AuthSchemeSecret): How a system authenticates to the provider: `type` names the scheme and
            the one key that holds its
            details (`none`, `apiKey`, `basicAuth`, `oauth2`, `hmac`, `certificate`, `oauth1`); that
            key is
            required and no other is taken, so `{"type": "oauth2", "apiKey": {...}}` answers 400
            naming `oauth2` (missing)
            and `apiKey` (not a field). `jwt-bearer` and `secret` carry `type` alone. This is
            configuration only:
            the secret is the credential used under it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthSchemeApiKey | AuthSchemeBasicAuth | AuthSchemeCertificate | AuthSchemeHmac | AuthSchemeJwtBearer | AuthSchemeNone | AuthSchemeOAuth1 | AuthSchemeOAuth2 | AuthSchemeSecret | Error
    """

    return sync_detailed(
        organisation_id=organisation_id,
        system_id=system_id,
        auth_scheme_config_id=auth_scheme_config_id,
        client=client,
        body=body,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    organisation_id: str,
    system_id: str,
    auth_scheme_config_id: str,
    *,
    client: AuthenticatedClient,
    body: AuthSchemeApiKey
    | AuthSchemeBasicAuth
    | AuthSchemeCertificate
    | AuthSchemeHmac
    | AuthSchemeJwtBearer
    | AuthSchemeNone
    | AuthSchemeOAuth1
    | AuthSchemeOAuth2
    | AuthSchemeSecret,
    prefer: str | Unset = UNSET,
) -> Response[
    AuthSchemeApiKey
    | AuthSchemeBasicAuth
    | AuthSchemeCertificate
    | AuthSchemeHmac
    | AuthSchemeJwtBearer
    | AuthSchemeNone
    | AuthSchemeOAuth1
    | AuthSchemeOAuth2
    | AuthSchemeSecret
    | Error
]:
    """Add or replace an auth scheme config of a system

     Adds the auth scheme config to the system, or replaces the system's config of this id. The id is the
    caller's choice and unique among the system's configs. A config with a keyed object gives its `id`
    there
    too, and it must be the path's `auth_scheme_config_id` (400 `id_mismatch` otherwise); a `jwt-bearer`
    or
    `secret` config, which is `type` alone, is named by the path only. Replacing a config may not change
    its
    `type` (400 `scheme_type_change`): delete it and add a new one instead. `validationMessages` is
    ignored
    when sent.

    Credentials are kept as `create_system` says: an `oauth2` grant's `clientId` and `clientSecret`
    without
    `credentialId` become a new `oauth2-client` credential, which the answer names; a grant naming a
    credential must name one that exists (404 `credential_not_found`). `clientSecret` never comes back,
    and
    an `oauth1` config's `consumerSecret` reads back as `[redacted]`; sending `[redacted]` back keeps
    the
    stored secret. Connections made earlier keep the config they were created with.

    The answer is the config as stored, with the status Versori's description gives, 201, whether it was
    added or replaced.

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
        body (AuthSchemeApiKey | AuthSchemeBasicAuth | AuthSchemeCertificate | AuthSchemeHmac |
            AuthSchemeJwtBearer | AuthSchemeNone | AuthSchemeOAuth1 | AuthSchemeOAuth2 |
            AuthSchemeSecret): How a system authenticates to the provider: `type` names the scheme and
            the one key that holds its
            details (`none`, `apiKey`, `basicAuth`, `oauth2`, `hmac`, `certificate`, `oauth1`); that
            key is
            required and no other is taken, so `{"type": "oauth2", "apiKey": {...}}` answers 400
            naming `oauth2` (missing)
            and `apiKey` (not a field). `jwt-bearer` and `secret` carry `type` alone. This is
            configuration only:
            the secret is the credential used under it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthSchemeApiKey | AuthSchemeBasicAuth | AuthSchemeCertificate | AuthSchemeHmac | AuthSchemeJwtBearer | AuthSchemeNone | AuthSchemeOAuth1 | AuthSchemeOAuth2 | AuthSchemeSecret | Error]
    """

    kwargs = _get_kwargs(
        organisation_id=organisation_id,
        system_id=system_id,
        auth_scheme_config_id=auth_scheme_config_id,
        body=body,
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
    body: AuthSchemeApiKey
    | AuthSchemeBasicAuth
    | AuthSchemeCertificate
    | AuthSchemeHmac
    | AuthSchemeJwtBearer
    | AuthSchemeNone
    | AuthSchemeOAuth1
    | AuthSchemeOAuth2
    | AuthSchemeSecret,
    prefer: str | Unset = UNSET,
) -> (
    AuthSchemeApiKey
    | AuthSchemeBasicAuth
    | AuthSchemeCertificate
    | AuthSchemeHmac
    | AuthSchemeJwtBearer
    | AuthSchemeNone
    | AuthSchemeOAuth1
    | AuthSchemeOAuth2
    | AuthSchemeSecret
    | Error
    | None
):
    """Add or replace an auth scheme config of a system

     Adds the auth scheme config to the system, or replaces the system's config of this id. The id is the
    caller's choice and unique among the system's configs. A config with a keyed object gives its `id`
    there
    too, and it must be the path's `auth_scheme_config_id` (400 `id_mismatch` otherwise); a `jwt-bearer`
    or
    `secret` config, which is `type` alone, is named by the path only. Replacing a config may not change
    its
    `type` (400 `scheme_type_change`): delete it and add a new one instead. `validationMessages` is
    ignored
    when sent.

    Credentials are kept as `create_system` says: an `oauth2` grant's `clientId` and `clientSecret`
    without
    `credentialId` become a new `oauth2-client` credential, which the answer names; a grant naming a
    credential must name one that exists (404 `credential_not_found`). `clientSecret` never comes back,
    and
    an `oauth1` config's `consumerSecret` reads back as `[redacted]`; sending `[redacted]` back keeps
    the
    stored secret. Connections made earlier keep the config they were created with.

    The answer is the config as stored, with the status Versori's description gives, 201, whether it was
    added or replaced.

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
        body (AuthSchemeApiKey | AuthSchemeBasicAuth | AuthSchemeCertificate | AuthSchemeHmac |
            AuthSchemeJwtBearer | AuthSchemeNone | AuthSchemeOAuth1 | AuthSchemeOAuth2 |
            AuthSchemeSecret): How a system authenticates to the provider: `type` names the scheme and
            the one key that holds its
            details (`none`, `apiKey`, `basicAuth`, `oauth2`, `hmac`, `certificate`, `oauth1`); that
            key is
            required and no other is taken, so `{"type": "oauth2", "apiKey": {...}}` answers 400
            naming `oauth2` (missing)
            and `apiKey` (not a field). `jwt-bearer` and `secret` carry `type` alone. This is
            configuration only:
            the secret is the credential used under it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthSchemeApiKey | AuthSchemeBasicAuth | AuthSchemeCertificate | AuthSchemeHmac | AuthSchemeJwtBearer | AuthSchemeNone | AuthSchemeOAuth1 | AuthSchemeOAuth2 | AuthSchemeSecret | Error
    """

    return (
        await asyncio_detailed(
            organisation_id=organisation_id,
            system_id=system_id,
            auth_scheme_config_id=auth_scheme_config_id,
            client=client,
            body=body,
            prefer=prefer,
        )
    ).parsed
