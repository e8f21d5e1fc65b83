"""The OAuth 2.0 loop driven over HTTP, as a browser and a front end would, against a running server
whose built-in provider approves by itself (VERSORI_MOCK_AUTO_APPROVE=true)."""

import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, parse_qsl, urlsplit

import httpx

from versori_connect.testing._connection_body import oauth2_connection

from .examples import CONNECTOR_ID, ORGANISATION_ID
from .server import DEV_API_KEY, SEEDED_CLIENT_ID, SEEDED_CREDENTIAL_ID

AUTH = {"Authorization": f"Bearer {DEV_API_KEY}"}
SECOND_CONNECTOR_ID = "01M65M8SZC4R7K2D9X3V6B1N0Q"
IN_USE_CONNECTION_ID = "01M6FJ2R8WQ5T1V3X5Z7B9D1F3"  # the seed's, on the second connector: delete answers 412


@dataclass(frozen=True)
class Redirect:
    """What the callback page hands to the window that opened it (the parameters of its ``search``)."""

    message: dict[str, str]
    callback_url: str


def connector_path(connector_id: str = CONNECTOR_ID) -> str:
    return f"/o/{ORGANISATION_ID}/connectors/{connector_id}"


def initialise_response(base_url: str, connector_id: str = CONNECTOR_ID) -> httpx.Response:
    """The answer to an initialise for the seeded mock-provider credential."""
    return httpx.post(
        f"{base_url}{connector_path(connector_id)}/oauth2/initialise",
        json={
            "credential": {"id": SEEDED_CREDENTIAL_ID, "organisationId": ORGANISATION_ID},
            "authorizeUrl": f"{base_url}/mock-provider/authorize",
            "clientId": SEEDED_CLIENT_ID,
            "scopes": ["profile"],
        },
        headers=AUTH,
    )


def initialise(base_url: str, connector_id: str = CONNECTOR_ID) -> str:
    """The authorize URL for the seeded mock-provider credential."""
    response = initialise_response(base_url, connector_id)
    assert response.status_code == 200, response.text
    return str(response.json()["url"])


def follow_to_callback(authorize_url: str) -> Redirect:
    """Open the authorize URL and follow the provider's redirect to the callback page."""
    provider = httpx.get(authorize_url)
    assert provider.status_code == 303, provider.text
    callback_url = provider.headers["location"]
    return Redirect(callback_message(httpx.get(callback_url).text), callback_url)


def callback_page(page: str) -> dict[str, Any]:
    """What the callback page knows: the state a hello must carry, the ``search`` it answers with, the origins
    it answers."""
    match = re.search(r"^const callback = (.*);$", page, flags=re.MULTILINE)
    assert match, page
    data: dict[str, Any] = json.loads(match.group(1))
    return data


def callback_message(page: str) -> dict[str, str]:
    """The parameters of the ``search`` the callback page answers a hello with."""
    return dict(parse_qsl(callback_page(page)["search"].removeprefix("?"), keep_blank_values=True))


MOCK_PROVIDER_CONFIG_ID = "01M6FG5GT9QW3E8R2T6Y4V1X0P"
# The seed's oauth2 config of the built-in provider (the URLs' host does not matter to a create).
MOCK_PROVIDER_CONFIG: dict[str, Any] = {
    "id": MOCK_PROVIDER_CONFIG_ID,
    "description": "Mock provider sign-in",
    "schemeType": "oauth2",
    "authorizeUrl": "http://127.0.0.1/mock-provider/authorize",
    "tokenUrl": "http://127.0.0.1/mock-provider/token",
    "scopes": [{"name": "profile"}],
    "defaultScopes": ["profile"],
    "grant": {
        "grantType": "authorization_code",
        "credentialId": SEEDED_CREDENTIAL_ID,
        "organisationId": ORGANISATION_ID,
        "clientId": SEEDED_CLIENT_ID,
    },
}


def connection_body(code: str, state: str, name: str = "Ada's account") -> dict[str, Any]:
    """A create body completing the loop: the code and state, under the seeded mock provider's oauth2 config."""
    return oauth2_connection(name, MOCK_PROVIDER_CONFIG, code, state)


def create_connection(
    base_url: str, code: str, state: str, name: str = "Ada's account", **kwargs: str
) -> httpx.Response:
    connector_id = kwargs.get("connector_id", CONNECTOR_ID)
    return httpx.post(
        f"{base_url}{connector_path(connector_id)}/connections", json=connection_body(code, state, name), headers=AUTH
    )


def connection_count(base_url: str, connector_id: str = CONNECTOR_ID) -> int:
    response = httpx.get(f"{base_url}{connector_path(connector_id)}/connections", headers=AUTH)
    assert response.status_code == 200, response.text
    count: int = response.json()["totalCount"]
    return count


def query_of(url: str) -> dict[str, str]:
    return {key: values[0] for key, values in parse_qs(urlsplit(url).query).items()}
