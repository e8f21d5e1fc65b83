"""A connection of every auth scheme type Versori lists, as the contract's create JSON: the config, the credential
type that fits it, the data sent, and the data an answer shows (secrets redacted)."""

from typing import Any

from .examples import ORGANISATION_ID
from .server import SEEDED_CREDENTIAL_ID

REDACTED = "[redacted]"


def scheme_config(scheme_type: str, config_id: str = "01M6FK1111111111111111111A", **fields: Any) -> dict[str, Any]:
    return {"id": config_id, "description": f"{scheme_type} config", "schemeType": scheme_type, **fields}


def oauth2_config(grant: dict[str, Any]) -> dict[str, Any]:
    return scheme_config(
        "oauth2",
        authorizeUrl="https://as.example.org/authorize",
        tokenUrl="https://as.example.org/token",
        scopes=[{"name": "read", "description": "Read your data"}],
        defaultScopes=["read"],
        grant=grant,
    )


CLIENT_GRANT = {"credentialId": SEEDED_CREDENTIAL_ID, "organisationId": ORGANISATION_ID}
# scheme -> (config, credential type, data as sent, data as answered)
EVERY_SCHEME: dict[str, tuple[dict[str, Any], str, dict[str, Any], dict[str, Any]]] = {
    "none": (scheme_config("none"), "none", {}, {}),
    "api-key": (
        scheme_config("api-key", name="X-Api-Key", **{"in": "header"}),
        "string",
        {"value": "secret-api-key-value"},
        {"value": REDACTED},
    ),
    "basic-auth": (
        scheme_config("basic-auth"),
        "basic-auth",
        {"username": "ada", "password": "secret-basic-password"},
        {"username": "ada", "password": REDACTED},
    ),
    "oauth2-authorization_code": (
        oauth2_config({"grantType": "authorization_code", **CLIENT_GRANT}),
        "oauth2-token",
        {"scopes": ["read"], "accessToken": "secret-access-token", "refreshToken": "secret-refresh-token"},
        {"scopes": ["read"], "accessToken": REDACTED},
    ),
    "oauth2-client_credentials": (
        oauth2_config({"grantType": "client_credentials"}),
        "oauth2-client",
        {
            "clientId": "machine-client",
            "clientSecret": "secret-client-secret",
            "authorizeUrl": "",
            "tokenUrl": "https://as.example.org/token",
        },
        {
            "clientId": "machine-client",
            "clientSecret": REDACTED,
            "authorizeUrl": "",
            "tokenUrl": "https://as.example.org/token",
        },
    ),
    "oauth2-password": (
        oauth2_config({"grantType": "password", **CLIENT_GRANT}),
        "oauth2-password",
        {"username": "ada", "password": "secret-owner-password"},
        {"username": "ada", "password": REDACTED},
    ),
    "hmac": (
        scheme_config("hmac", name="X-Signature", algorithm="sha256", digestInputs=["body"], **{"in": "header"}),
        "binary",
        {"valueBase64": "c2VjcmV0LWhtYWMta2V5"},
        {"valueBase64": REDACTED},
    ),
    "certificate": (
        scheme_config("certificate"),
        "certificate",
        {"certificate": "-----BEGIN CERTIFICATE-----", "key": "secret-private-key", "ca": "-----BEGIN CA-----"},
        {"certificate": "-----BEGIN CERTIFICATE-----", "key": REDACTED, "ca": "-----BEGIN CA-----"},
    ),
}
SECRET_VALUES = [
    "secret-api-key-value",
    "secret-basic-password",
    "secret-access-token",
    "secret-refresh-token",
    "secret-client-secret",
    "secret-owner-password",
    "c2VjcmV0LWhtYWMta2V5",
    "secret-private-key",
]


def create_body(name: str, config: dict[str, Any], credential_type: str, data: dict[str, Any]) -> dict[str, Any]:
    credential = {"name": f"{name} credential", "type": credential_type, "data": data}
    return {
        "name": name,
        "credentials": {"action": [{"authSchemeConfig": config, "credential": credential}]},
        "variables": [{"name": "region", "value": "eu-west-1"}],
    }


# Which credential types an auth scheme config takes, as the contract's ConnectionCreate describes it: by
# schemeType, and for oauth2 by its grant's grantType, besides the types oauth2 takes under any grant.
CREDENTIAL_TYPES_OF_SCHEME: dict[str, frozenset[str]] = {
    "none": frozenset({"none"}),
    "api-key": frozenset({"string", "binary"}),
    "hmac": frozenset({"string", "binary"}),
    "basic-auth": frozenset({"basic-auth"}),
    "certificate": frozenset({"certificate"}),
}
CREDENTIAL_TYPES_OF_GRANT: dict[str, frozenset[str]] = {
    "authorization_code": frozenset({"oauth2-code"}),
    "password": frozenset({"oauth2-password"}),
    "client_credentials": frozenset({"oauth2-client"}),
}
OAUTH2_ANY_GRANT_TYPES = frozenset({"oauth2-token", "custom-function", "jwt-bearer"})


def credential_fits(config: dict[str, Any], credential_type: str) -> bool:
    """Whether a credential of ``credential_type`` may be used under the auth scheme ``config``."""
    if config["schemeType"] == "oauth2":
        return credential_type in OAUTH2_ANY_GRANT_TYPES | CREDENTIAL_TYPES_OF_GRANT[config["grant"]["grantType"]]
    return credential_type in CREDENTIAL_TYPES_OF_SCHEME[config["schemeType"]]
