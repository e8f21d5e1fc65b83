"""The Platform contract's ``oneOf`` schemas as unions of the generated models, one class per type, with the
parsers the client needs.

Each variant of a union has its own ``type`` (a ``const``), which its generated class checks, so a union nested in
a model (a grant in a config, a credential in a connection) is read as the class its ``type`` names. An answer that
is itself a union (the auth scheme config ``upsert`` answers) is read by ``type`` here, never by trying shapes.
"""

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, TypeAlias, cast

from .._core.models import by_discriminator
from ._generated.models import (
    AuthSchemeApiKey,
    AuthSchemeBasicAuth,
    AuthSchemeCertificate,
    AuthSchemeHmac,
    AuthSchemeJwtBearer,
    AuthSchemeNone,
    AuthSchemeOAuth1,
    AuthSchemeOAuth2,
    AuthSchemeSecret,
    CredentialBasicAuth,
    CredentialBinary,
    CredentialCertificate,
    CredentialNone,
    CredentialOAuth1,
    CredentialOAuth1Token,
    CredentialOAuth2Client,
    CredentialOAuth2Code,
    CredentialOAuth2Password,
    CredentialOAuth2Token,
    CredentialString,
    OAuth2GrantAuthorizationCode,
    OAuth2GrantClientCredentials,
    OAuth2GrantPassword,
)

AuthSchemeConfig: TypeAlias = (
    AuthSchemeNone
    | AuthSchemeApiKey
    | AuthSchemeBasicAuth
    | AuthSchemeOAuth2
    | AuthSchemeHmac
    | AuthSchemeJwtBearer
    | AuthSchemeCertificate
    | AuthSchemeOAuth1
    | AuthSchemeSecret
)
"""How a system authenticates, one class per ``type``; its details are under the key the type names
(``config.oauth2``, ``config.api_key``, ...), except for ``jwt-bearer`` and ``secret``, which have none."""

OAuth2Grant: TypeAlias = OAuth2GrantAuthorizationCode | OAuth2GrantClientCredentials | OAuth2GrantPassword
"""The grant of an ``oauth2`` config, one class per ``type`` (``grant.authorization_code``, ...)."""

Credential: TypeAlias = (
    CredentialNone
    | CredentialString
    | CredentialBinary
    | CredentialBasicAuth
    | CredentialOAuth2Client
    | CredentialOAuth2Code
    | CredentialOAuth2Password
    | CredentialOAuth2Token
    | CredentialOAuth1
    | CredentialOAuth1Token
    | CredentialCertificate
)
"""A credential, one class per ``type``; its ``data`` holds the details under the key the type names
(``credential.data.oauth2_token``, ...)."""

AUTH_SCHEME_CONFIG_CLASSES: Mapping[str, type[AuthSchemeConfig]] = MappingProxyType(
    {
        "none": AuthSchemeNone,
        "api-key": AuthSchemeApiKey,
        "basic-auth": AuthSchemeBasicAuth,
        "oauth2": AuthSchemeOAuth2,
        "hmac": AuthSchemeHmac,
        "jwt-bearer": AuthSchemeJwtBearer,
        "certificate": AuthSchemeCertificate,
        "oauth1": AuthSchemeOAuth1,
        "secret": AuthSchemeSecret,
    }
)
OAUTH2_GRANT_CLASSES: Mapping[str, type[OAuth2Grant]] = MappingProxyType(
    {
        "authorizationCode": OAuth2GrantAuthorizationCode,
        "clientCredentials": OAuth2GrantClientCredentials,
        "password": OAuth2GrantPassword,
    }
)
CREDENTIAL_CLASSES: Mapping[str, type[Credential]] = MappingProxyType(
    {
        "none": CredentialNone,
        "string": CredentialString,
        "binary": CredentialBinary,
        "basic-auth": CredentialBasicAuth,
        "oauth2-client": CredentialOAuth2Client,
        "oauth2-code": CredentialOAuth2Code,
        "oauth2-password": CredentialOAuth2Password,
        "oauth2-token": CredentialOAuth2Token,
        "oauth1": CredentialOAuth1,
        "oauth1-token": CredentialOAuth1Token,
        "certificate": CredentialCertificate,
    }
)


def parse_auth_scheme_config(data: Mapping[str, Any]) -> AuthSchemeConfig:
    """The config class its ``type`` names; ``KeyError`` for a missing or unknown one."""
    return cast(AuthSchemeConfig, by_discriminator(AUTH_SCHEME_CONFIG_CLASSES, "type", data))
