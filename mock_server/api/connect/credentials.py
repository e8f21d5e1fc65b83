"""Credentials of a connection, as pure rules: which credential type fits which auth scheme config, and what an
answer may show of a credential's data (the contract's ``Credential`` and ``ConnectionCreate`` descriptions)."""

from typing import Any

REDACTED = "[redacted]"
# Replaced by REDACTED in every answer.
SECRET_FIELDS = frozenset({"value", "valueBase64", "password", "clientSecret", "key", "accessToken"})
# Left out of every answer.
HIDDEN_FIELDS = frozenset({"refreshToken"})

_FITTING = {
    "none": frozenset({"none"}),
    "api-key": frozenset({"string", "binary"}),
    "hmac": frozenset({"string", "binary"}),
    "basic-auth": frozenset({"basic-auth"}),
    "certificate": frozenset({"certificate"}),
}
_OAUTH2_BY_GRANT = {
    "authorization_code": "oauth2-code",
    "password": "oauth2-password",
    "client_credentials": "oauth2-client",
}
# Fit an oauth2 config whatever its grant.
_OAUTH2_ANY_GRANT = frozenset({"oauth2-token", "custom-function", "jwt-bearer"})


def scheme_of(config: dict[str, Any]) -> str:
    """The config's scheme as a message names it: its ``schemeType``, with the grant for ``oauth2``."""
    if config["schemeType"] == "oauth2":
        return f"oauth2 ({config['grant']['grantType']})"
    return str(config["schemeType"])


def fits(config: dict[str, Any], credential_type: str) -> bool:
    """Whether a credential of ``credential_type`` may be used under the auth scheme ``config``."""
    if config["schemeType"] == "oauth2":
        return credential_type in _OAUTH2_ANY_GRANT or credential_type == _OAUTH2_BY_GRANT[config["grant"]["grantType"]]
    return credential_type in _FITTING[config["schemeType"]]


def redacted(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` as an answer shows it: secrets replaced, refresh tokens left out."""
    return {key: REDACTED if key in SECRET_FIELDS else value for key, value in data.items() if key not in HIDDEN_FIELDS}
