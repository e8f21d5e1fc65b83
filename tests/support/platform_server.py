"""The Platform API v2 on a running server, for tests: its base path, the seed's items and bodies that use them."""

from typing import Any

import httpx
from oauthlib.oauth1 import Client as OAuth1Client

from versori_connect.testing._connection_body import platform_oauth1_connection, platform_oauth2_connection

from .examples import ORGANISATION_ID
from .oauth_loop import AUTH
from .server import SEEDED_CLIENT_ID, SEEDED_CREDENTIAL_ID

BASE = f"/api/v2/o/{ORGANISATION_ID}"
PROJECT_ID = "01M8GPEZ60038CKN6G40Y6WC4P"
ENVIRONMENT_ID = "01M8GPGSS0XV55XZ7AER1STX7D"
MOCK_SYSTEM_ID = "01M8GQ3B00MPRSYS0000000001"
MOCK_TEMPLATE_ID = "01M8GQ3B00MPRTMP0000000001"
MOCK_CONFIG_ID = "mock-provider-sign-in"
GOOGLE_SYSTEM_ID = "01M8GP3ZM0P2A6P0D1R4N3M887"
SHOPIFY_SYSTEM_ID = "01M8GP7MT06X6DFR8V3DXACN0D"
CALENDAR_TEMPLATE_ID = "01M8GPJMC026XPV7FEXTAXMM89"
SHOP_TEMPLATE_ID = "01M8GPMEZ0R1BCPCT49CJHK7B0"
ADA_EXTERNAL_ID = "cust-4f9a2b"
ADA_ID = "01M8GPP9J07E8YQSRRVWXQ9TFV"
ADAS_CALENDAR_ID = "01M8GPR450DZAGNNKYEART997S"
NIGHTLY_SYNC_ID = "01M8GPXKY012W7273HHAETNY8S"
PLACEHOLDER = "00000000000000000000000000"
OAUTH1_SYSTEM_ID = "01M8GQ3B00MPRSYS0000000002"
OAUTH1_TEMPLATE_ID = "01M8GQ3B00MPRTMP0000000002"
OAUTH1_CREDENTIAL_ID = "01M8GQ3B00MPRCRD0000000001"
# The built-in OAuth 1.0a provider's consumer, as the seed's consumer credential holds it.
OAUTH1_CONSUMER_KEY = "versori-dev-consumer"
OAUTH1_CONSUMER_SECRET = "dev-consumer-secret-for-local-use-only"


def platform_initialise(base_url: str, redirect_url: str | None = None, system_id: str = MOCK_SYSTEM_ID) -> str:
    """The authorize URL of the built-in provider's system (``redirect_url`` as its ``redirectUrl`` when given)."""
    body: dict[str, Any] = {
        "credential": {"id": SEEDED_CREDENTIAL_ID, "organisationId": ORGANISATION_ID},
        "authorizeUrl": f"{base_url}/mock-provider/authorize",
        "clientId": SEEDED_CLIENT_ID,
        "scopes": ["profile"],
    }
    if redirect_url is not None:
        body["redirectUrl"] = redirect_url
    response = httpx.post(f"{base_url}{BASE}/systems/{system_id}/oauth2/initialise", json=body, headers=AUTH)
    assert response.status_code == 200, response.text
    return str(response.json()["url"])


def approve_by_admin(base_url: str, authorize_url: str) -> str:
    """The admin API's Approve on the built-in provider's consent for ``authorize_url``: where the provider sends
    the browser (the redirect URI with ``code`` and ``state``)."""
    response = httpx.post(f"{base_url}/__admin/approve", json={"authorize_url": authorize_url})
    assert response.status_code == 200, response.text
    return str(response.json()["redirect_url"])


def mock_config(base_url: str) -> dict[str, Any]:
    """The seed's oauth2 config of the built-in provider's system, as a read answers it."""
    response = httpx.get(f"{base_url}{BASE}/systems/{MOCK_SYSTEM_ID}", headers=AUTH)
    assert response.status_code == 200, response.text
    config: dict[str, Any] = response.json()["authSchemeConfigs"][0]
    return config


def code_connection(
    base_url: str,
    code: str,
    state: str,
    name: str,
    redirect_url: str | None = None,
    config: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A create body on the built-in provider's (static) template completing the loop with ``code`` (``config``
    the template's config as a read answers it, else read from the server at ``base_url``)."""
    config = config if config is not None else mock_config(base_url)
    return platform_oauth2_connection(name, MOCK_TEMPLATE_ID, config, ORGANISATION_ID, code, state, redirect_url)


def signed_initiate(base_url: str, **overrides: Any) -> tuple[str, dict[str, str]]:
    """The URL and headers of a request for temporary credentials at the built-in OAuth 1.0a provider of
    ``base_url``, signed by oauthlib for the seed's consumer (HMAC-SHA256, a callback to the server's own), with
    ``overrides`` of oauthlib's ``Client`` arguments (``client_key`` among them)."""
    arguments = {
        "client_secret": OAUTH1_CONSUMER_SECRET,
        "callback_uri": f"{base_url}/oauth2/callback?state=s",
        "signature_method": "HMAC-SHA256",
        **overrides,
    }
    key = arguments.pop("client_key", OAUTH1_CONSUMER_KEY)
    uri, headers, _ = OAuth1Client(key, **arguments).sign(f"{base_url}/mock-provider/oauth1/initiate", "POST")
    return uri, headers


def oauth1_initialise(
    base_url: str, system_id: str = OAUTH1_SYSTEM_ID, credential_id: str = OAUTH1_CREDENTIAL_ID
) -> str:
    """The authorization URL of an OAuth 1.0a sign-in on ``system_id`` (default: the seed's OAuth 1.0 system)."""
    body = {"credential": {"id": credential_id, "organisationId": ORGANISATION_ID}}
    response = httpx.post(f"{base_url}{BASE}/systems/{system_id}/oauth1/initialise", json=body, headers=AUTH)
    assert response.status_code == 200, response.text
    return str(response.json()["url"])


def oauth1_connection(base_url: str, redirect: dict[str, str], name: str) -> dict[str, Any]:
    """A create body on the seed's OAuth 1.0 template completing the sign-in with what the provider's redirect
    brought back (``state``, ``oauth_token``, ``oauth_verifier``)."""
    response = httpx.get(f"{base_url}{BASE}/systems/{OAUTH1_SYSTEM_ID}", headers=AUTH)
    assert response.status_code == 200, response.text
    config = response.json()["authSchemeConfigs"][0]
    token, verifier = redirect["oauth_token"], redirect["oauth_verifier"]
    return platform_oauth1_connection(
        name, OAUTH1_TEMPLATE_ID, config, ORGANISATION_ID, redirect["state"], token, verifier
    )


def sign_in_connection(
    template_id: str, config: dict[str, Any], name: str, credential: dict[str, Any]
) -> dict[str, Any]:
    """A create body on ``template_id`` with one credential (its ``type`` and ``data``) under ``config``."""
    return {
        "connectionTemplateId": template_id,
        "connection": {
            "name": name,
            "credentials": [
                {
                    "id": PLACEHOLDER,
                    "authSchemeConfig": config,
                    "credential": {
                        "id": PLACEHOLDER,
                        "organisationId": ORGANISATION_ID,
                        "name": "Mock account",
                        **credential,
                    },
                }
            ],
        },
    }


def key_connection(name: str, template_id: str = SHOP_TEMPLATE_ID, external_id: str | None = None) -> dict[str, Any]:
    """A create body with an API key on the Shopify config (``template_id`` a template of the Shopify system)."""
    body: dict[str, Any] = {
        "connectionTemplateId": template_id,
        "connection": {
            "name": name,
            "credentials": [
                {
                    "id": PLACEHOLDER,
                    "authSchemeConfig": {
                        "type": "api-key",
                        "apiKey": {
                            "id": "01M8GP9FD0F61CNTG533YNWQQ3",
                            "description": "Admin API access token",
                            "name": "X-Shopify-Access-Token",
                            "in": "header",
                        },
                    },
                    "credential": {
                        "id": PLACEHOLDER,
                        "organisationId": ORGANISATION_ID,
                        "type": "string",
                        "data": {"string": {"value": f"secret of {name}"}},
                    },
                }
            ],
        },
    }
    if external_id is not None:
        body["externalId"] = external_id
    return body


ADDED_PROJECT, ADDED_ENVIRONMENT, ADDED_SYSTEM = (
    "01M9AD0000000000000000000A",
    "01M9AD0000000000000000000B",
    "01M9AD0000000000000000000C",
)
ADDED_TEMPLATE, ADDED_END_USER, ADDED_CONNECTION = (
    "01M9AD0000000000000000000D",
    "01M9AD0000000000000000000E",
    "01M9AD0000000000000000000F",
)
SHOP_KEY = {"id": "01M8GP9FD0F61CNTG533YNWQQ3", "description": "Key", "name": "X-Key", "in": "header"}


def added_platform_items() -> dict[str, Any]:
    """An admin API seed of one item of each Platform section, none in the built-in seed, each naming the others:
    a project, a system, a dynamic template linking them, an end user and its connection."""
    return {
        "projects": [
            {
                "id": ADDED_PROJECT,
                "organisation_id": ORGANISATION_ID,
                "name": "Added",
                "environments": [ADDED_ENVIRONMENT],
            }
        ],
        "systems": [
            {
                "id": ADDED_SYSTEM,
                "organisation_id": ORGANISATION_ID,
                "system": {
                    "name": "Added system",
                    "domain": "added.example",
                    "templateBaseUrl": "https://added.example",
                    "authSchemeConfigs": [{"type": "api-key", "apiKey": SHOP_KEY}],
                },
            }
        ],
        "connection_templates": [
            {
                "id": ADDED_TEMPLATE,
                "organisation_id": ORGANISATION_ID,
                "project_id": ADDED_PROJECT,
                "template": {
                    "systemId": ADDED_SYSTEM,
                    "name": "added",
                    "environmentId": ADDED_ENVIRONMENT,
                    "dynamic": True,
                },
            }
        ],
        "end_users": [
            {"id": ADDED_END_USER, "organisation_id": ORGANISATION_ID, "end_user": {"externalId": "cust-added"}}
        ],
        "platform_connections": [
            {
                "id": ADDED_CONNECTION,
                "organisation_id": ORGANISATION_ID,
                "connection": key_connection("Added connection", ADDED_TEMPLATE, "cust-added"),
            }
        ],
    }
