"""The contract's ``oneOf`` schemas as unions of the generated models, with the one parser each.

A union is told apart by its discriminator (``schemeType``, ``grantType``, ``type`` or ``protocol``), never by
trying shapes, so that two variants of the same shape (``basic-auth`` and ``oauth2-password`` data) stay apart.
"""

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, TypeAlias, cast

from ._core.models import by_discriminator
from ._generated.models import (
    AuthSchemeConfigApiKey,
    AuthSchemeConfigBasicAuth,
    AuthSchemeConfigCertificate,
    AuthSchemeConfigHmac,
    AuthSchemeConfigNone,
    AuthSchemeConfigOAuth2,
    BigQueryConnector,
    CredentialBasicAuth,
    CredentialBinary,
    CredentialCertificate,
    CredentialNone,
    CredentialOAuth2Client,
    CredentialOAuth2Code,
    CredentialOAuth2Password,
    CredentialOAuth2Token,
    CredentialOpaque,
    CredentialString,
    CredentialUnmatched,
    HttpConnector,
    OAuth2GrantAuthorizationCode,
    OAuth2GrantClientCredentials,
    OAuth2GrantPassword,
)

AuthSchemeConfig: TypeAlias = (
    AuthSchemeConfigNone
    | AuthSchemeConfigApiKey
    | AuthSchemeConfigBasicAuth
    | AuthSchemeConfigOAuth2
    | AuthSchemeConfigHmac
    | AuthSchemeConfigCertificate
)
"""How a connector authenticates, one class per ``schemeType``."""

OAuth2Grant: TypeAlias = OAuth2GrantAuthorizationCode | OAuth2GrantClientCredentials | OAuth2GrantPassword
"""The grant of an ``oauth2`` config, one class per ``grantType``."""

Credential: TypeAlias = (
    CredentialNone
    | CredentialString
    | CredentialBinary
    | CredentialBasicAuth
    | CredentialOAuth2Client
    | CredentialOAuth2Code
    | CredentialOAuth2Password
    | CredentialOAuth2Token
    | CredentialCertificate
    | CredentialOpaque
    | CredentialUnmatched
)
"""A stored credential, one class per ``type`` (``custom-function`` and ``jwt-bearer`` share ``CredentialOpaque``);
``CredentialUnmatched`` when its ``data`` does not have the shape its ``type`` calls for."""

Connector: TypeAlias = HttpConnector | BigQueryConnector
"""A connector, one class per ``protocol``."""

AUTH_SCHEME_CONFIG_CLASSES: Mapping[str, type[AuthSchemeConfig]] = MappingProxyType(
    {
        "none": AuthSchemeConfigNone,
        "api-key": AuthSchemeConfigApiKey,
        "basic-auth": AuthSchemeConfigBasicAuth,
        "oauth2": AuthSchemeConfigOAuth2,
        "hmac": AuthSchemeConfigHmac,
        "certificate": AuthSchemeConfigCertificate,
    }
)
CONNECTOR_CLASSES: Mapping[str, type[Connector]] = MappingProxyType(
    {"http": HttpConnector, "bigquery": BigQueryConnector}
)


def parse_auth_scheme_config(data: Mapping[str, Any]) -> AuthSchemeConfig:
    """The config class its ``schemeType`` names; ``KeyError`` for a missing or unknown one."""
    return cast(AuthSchemeConfig, by_discriminator(AUTH_SCHEME_CONFIG_CLASSES, "schemeType", data))


def parse_connector(data: Mapping[str, Any]) -> Connector:
    """The connector class its ``protocol`` names; ``KeyError`` for a missing or unknown one."""
    return cast(Connector, by_discriminator(CONNECTOR_CLASSES, "protocol", data))
