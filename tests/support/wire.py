"""Wire JSON of the connection and connector resources for the SDK's unit tests: one auth scheme config per
``schemeType`` (and per ``grantType``), one credential per ``type``, all valid against openapi.yaml."""

import copy
from typing import Any

from .examples import CONNECTOR_ID, ORGANISATION_ID

CONNECTION_ID = "01M6FG5GT9A8PYJVBGZW4RBR2P"
CONFIG_ID = "01M6FG5GT9QW3E8R2T6Y4V1X0P"
CREDENTIAL_ID = "01M6FG5GTA2S4D6F8G0H1J3K5M"
CLIENT_CREDENTIAL_ID = "01M685ETG43A32W69JE3TGMGF2"
CREATED_AT = "2026-11-28T09:30:00Z"
CONNECTIONS_PATH = f"/o/{ORGANISATION_ID}/connectors/{CONNECTOR_ID}/connections"
CONNECTOR_PATH = f"/o/{ORGANISATION_ID}/connectors/{CONNECTOR_ID}"

_OAUTH2_ENDPOINTS = {
    "authorizeUrl": "https://accounts.google.com/o/oauth2/v2/auth",
    "tokenUrl": "https://oauth2.googleapis.com/token",
    "scopes": [{"name": "openid"}, {"name": "email", "description": "See your email address"}],
    "defaultScopes": ["openid"],
}
_CLIENT = {"credentialId": CLIENT_CREDENTIAL_ID, "organisationId": ORGANISATION_ID, "clientId": "versori-dev-client"}

GRANTS: dict[str, dict[str, Any]] = {
    "authorization_code": {"grantType": "authorization_code", **_CLIENT},
    "client_credentials": {"grantType": "client_credentials"},
    "password": {"grantType": "password", **_CLIENT},
}

# One config per schemeType; "oauth2" with each grant under its own key.
AUTH_SCHEME_CONFIGS: dict[str, dict[str, Any]] = {
    "none": {"schemeType": "none"},
    "api-key": {"schemeType": "api-key", "name": "X-Api-Key", "in": "header"},
    "basic-auth": {"schemeType": "basic-auth"},
    **{
        f"oauth2/{grant}": {"schemeType": "oauth2", **_OAUTH2_ENDPOINTS, "grant": body}
        for grant, body in GRANTS.items()
    },
    "hmac": {
        "schemeType": "hmac",
        "name": "X-Signature",
        "in": "query",
        "algorithm": "sha512",
        "digestInputs": ["url"],
    },
    "certificate": {"schemeType": "certificate"},
}

_PEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----"
# Each credential type's data as an answer carries it (secrets redacted).
CREDENTIAL_DATA: dict[str, dict[str, Any]] = {
    "none": {},
    "string": {"value": "[redacted]"},
    "binary": {"valueBase64": "[redacted]"},
    "basic-auth": {"username": "ada", "password": "[redacted]"},
    "oauth2-client": {
        "clientId": "versori-dev-client",
        "clientSecret": "[redacted]",
        "authorizeUrl": "",
        "tokenUrl": "https://oauth2.googleapis.com/token",
    },
    "oauth2-code": {"code": "4/0AVG7fiQm3c9YfK1nPz2Lr8sT5uWx", "state": "Sop6no9knIvAz_r3jYdSqU3EbZF7X2E5E5Wfdyx0awk"},
    "oauth2-password": {"username": "ada", "password": "[redacted]"},
    "oauth2-token": {"scopes": ["openid"], "accessToken": "[redacted]"},
    "custom-function": {"script": "sign"},
    "certificate": {"certificate": _PEM, "key": "[redacted]", "ca": _PEM},
    "jwt-bearer": {"issuer": "versori"},
}


def auth_scheme_config(key: str) -> dict[str, Any]:
    """The config ``key`` of ``AUTH_SCHEME_CONFIGS`` with its id and description."""
    return {"id": CONFIG_ID, "description": f"The {key} config", **copy.deepcopy(AUTH_SCHEME_CONFIGS[key])}


def credential(credential_type: str) -> dict[str, Any]:
    """A stored credential of ``credential_type`` as an answer shows it."""
    return {
        "id": CREDENTIAL_ID,
        "organisationId": ORGANISATION_ID,
        "name": f"A {credential_type} credential",
        "type": credential_type,
        "data": copy.deepcopy(CREDENTIAL_DATA[credential_type]),
    }


def connection(config_key: str = "oauth2/authorization_code", credential_type: str = "oauth2-token") -> dict[str, Any]:
    """A connection whose one action credential is ``credential_type`` under the config ``config_key``."""
    return {
        "id": CONNECTION_ID,
        "name": "Ada's calendar",
        "credentials": {
            "action": [
                {
                    "id": CONFIG_ID,
                    "authSchemeConfig": auth_scheme_config(config_key),
                    "credential": credential(credential_type),
                }
            ]
        },
        "variables": [{"name": "region", "value": "eu-west-1"}],
        "createdAt": CREATED_AT,
        "updatedAt": CREATED_AT,
    }


def summary(connection_id: str) -> dict[str, Any]:
    return {
        "id": connection_id,
        "name": f"Connection {connection_id}",
        "createdAt": CREATED_AT,
        "updatedAt": CREATED_AT,
    }


def connector(protocol: str = "http", config_keys: tuple[str, ...] = ("oauth2/authorization_code",)) -> dict[str, Any]:
    """A connector of ``protocol`` with one auth scheme config per key (ids made distinct)."""
    configs = [
        {**auth_scheme_config(key), "id": f"01M6FG5GT9QW3E8R2T6Y4V1X{index:02d}"}
        for index, key in enumerate(config_keys)
    ]
    variant = (
        {"baseUrl": "https://www.googleapis.com/calendar/v3"} if protocol == "http" else {"datasetId": "prod.events"}
    )
    return {
        "id": CONNECTOR_ID,
        "organisationId": ORGANISATION_ID,
        "name": "Google Calendar",
        "public": False,
        "protocol": protocol,
        **variant,
        "authSchemeConfigs": configs,
        "connections": [],
        "versions": [],
        "createdAt": CREATED_AT,
        "updatedAt": CREATED_AT,
    }
