"""Prism in proxy mode with ``--errors`` in front of the reference server: a third-party validator checks every
request the SDK sends and every answer the server gives, and turns any violation into an error."""

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.support.examples import CONNECTOR_ID, ORGANISATION_ID
from tests.support.processes import free_port, running
from tests.support.server import (
    DEV_API_KEY,
    OTHER_ORGANISATION_ID,
    SEEDED_CREDENTIAL_ID,
    LiveServer,
    initialise_body,
)
from versori_connect import (
    AuthenticatedClient,
    Error,
    InitialiseOAuth2ConnectionRequest,
    InitialiseOAuth2ConnectionResponse,
    initialise_oauth2_connection,
)

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def proxy_url(default_server: LiveServer) -> Iterator[str]:
    command = [
        "npx",
        "--no",
        "--",
        "prism",
        "proxy",
        "openapi.yaml",
        default_server.url,
        "--errors",
        "--host",
        "127.0.0.1",
        "--port",
        str(free_port()),
    ]
    with running(command, ready=r"Prism is listening on (http://\S+)") as match:
        yield match.group(1)


def body(**changes: Any) -> InitialiseOAuth2ConnectionRequest:
    return InitialiseOAuth2ConnectionRequest.from_dict(initialise_body(**changes))


CALLS = [
    pytest.param(DEV_API_KEY, {}, 200, id="minimal"),
    pytest.param(
        DEV_API_KEY,
        {
            "scopes": ["openid", "email"],
            "disableOfflineAccess": True,
            "prompt": "consent+select_account",
            "additionalParams": "login_hint=ada%40example.org",
        },
        200,
        id="full",
    ),
    pytest.param(DEV_API_KEY, {"additionalParams": "state=mine"}, 400, id="conflicting-parameter"),
    pytest.param(DEV_API_KEY, {"clientId": "someone-else"}, 400, id="client-id-mismatch"),
    pytest.param("vk_unknown", {}, 401, id="unknown-key"),
    pytest.param(
        DEV_API_KEY,
        {"credential": {"id": SEEDED_CREDENTIAL_ID, "organisationId": OTHER_ORGANISATION_ID}},
        403,
        id="other-organisation",
    ),
    pytest.param(
        DEV_API_KEY,
        {"credential": {"id": "01M6ZZZZZZZZZZZZZZZZZZZZZZ", "organisationId": ORGANISATION_ID}},
        404,
        id="unknown-credential",
    ),
]


@pytest.mark.parametrize(("token", "changes", "status"), CALLS)
def test_sdk_calls_pass_through_prism_without_violations(
    proxy_url: str, token: str, changes: dict[str, Any], status: int
) -> None:
    with AuthenticatedClient(base_url=proxy_url, token=token) as client:
        result = initialise_oauth2_connection.sync_detailed(
            ORGANISATION_ID, CONNECTOR_ID, client=client, body=body(**changes)
        )

    violations = json.loads(result.headers.get("sl-violations", "[]"))
    assert violations == []
    assert result.status_code == status
    expected = InitialiseOAuth2ConnectionResponse if status == 200 else Error
    assert isinstance(result.parsed, expected)


def test_prism_reports_a_request_that_breaks_the_contract(proxy_url: str) -> None:
    # The proxy must be able to fail, or the test above proves nothing. Prism answers this one itself with
    # problem+json (violations in its body), not the contract's Error, so it is read here with httpx.
    response = httpx.post(
        f"{proxy_url}/o/not-a-ulid/connectors/{CONNECTOR_ID}/oauth2/initialise",
        json=body().to_dict(),
        headers={"Authorization": f"Bearer {DEV_API_KEY}"},
        timeout=10,
    )

    assert response.status_code == 422
    violations = response.json()["validation"]
    assert violations
    assert all(violation["location"] == ["path", "organisation_id"] for violation in violations), violations
