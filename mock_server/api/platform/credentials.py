"""The Platform API's keyed shapes as pure rules: which key of an auth scheme config and of a credential's ``data``
each type names, which credential type fits which config (``create_connection``'s description), and a credential's
data as an answer shows it (``core.redaction``'s Platform policy)."""

from typing import Any

from ...core.redaction import PLATFORM_ANSWERS, redacted_data

# The key of a config's details by its type; jwt-bearer and secret are ``type`` alone.
CONFIG_KEYS = {
    "none": "none",
    "api-key": "apiKey",
    "basic-auth": "basicAuth",
    "oauth2": "oauth2",
    "hmac": "hmac",
    "certificate": "certificate",
    "oauth1": "oauth1",
}
# The key of a credential's data by its type.
DATA_KEYS = {
    "none": "none",
    "string": "string",
    "binary": "binary",
    "basic-auth": "basicAuth",
    "oauth2-client": "oauth2Client",
    "oauth2-code": "oauth2Code",
    "oauth2-password": "oauth2Password",
    "oauth2-token": "oauth2Token",
    "oauth1": "oauth1",
    "oauth1-token": "oauth1Token",
    "certificate": "certificate",
}
_KEY_VALUES = frozenset({"string", "binary"})
_FITTING = {
    "none": frozenset({"none"}),
    "api-key": _KEY_VALUES,
    "hmac": _KEY_VALUES,
    "jwt-bearer": _KEY_VALUES,
    "secret": _KEY_VALUES,
    "basic-auth": frozenset({"basic-auth"}),
    "certificate": frozenset({"certificate"}),
}
_OAUTH2_BY_GRANT = {
    "authorizationCode": "oauth2-code",
    "password": "oauth2-password",
    "clientCredentials": "oauth2-client",
}


def details(config: dict[str, Any]) -> dict[str, Any] | None:
    """The config's keyed object (its id, description and details); None for jwt-bearer and secret."""
    key = CONFIG_KEYS.get(config["type"])
    return None if key is None else dict(config[key])


def config_id(config: dict[str, Any]) -> str | None:
    found = details(config)
    return None if found is None else str(found["id"])


def scheme_of(config: dict[str, Any]) -> str:
    """The config's scheme as a message names it: its ``type``, with the grant for ``oauth2``."""
    if config["type"] == "oauth2":
        return f"oauth2 ({config['oauth2']['grant']['type']})"
    return str(config["type"])


def fits(config: dict[str, Any], credential_type: str) -> bool:
    """Whether a credential of ``credential_type`` may be used under the auth scheme ``config``."""
    scheme = config["type"]
    if scheme == "oauth2":
        return credential_type in ("oauth2-token", _OAUTH2_BY_GRANT[config["oauth2"]["grant"]["type"]])
    if scheme == "oauth1":
        return credential_type == "oauth1" or (credential_type == "oauth1-token" and config["oauth1"].get("tokenAuth"))
    return credential_type in _FITTING[scheme]


def answered_data(credential_type: str, data: dict[str, Any]) -> dict[str, Any]:
    """A stored credential's ``data`` (its keyed object's fields) as an answer shows it, under its type's key."""
    return {DATA_KEYS[credential_type]: redacted_data(data, PLATFORM_ANSWERS)}
