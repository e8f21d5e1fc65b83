"""Credentials of a connection, as pure rules: which credential type fits which auth scheme config (the contract's
``Credential`` and ``ConnectionCreate`` descriptions). What an answer shows of their data is ``core.redaction``'s."""

from typing import Any

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
