"""scripts/mock serves the contract with Prism, and the generated SDK works against it.

Prism runs with ``--errors`` (set by scripts/mock), so it also refuses any request of ours that the contract
does not allow: the valid calls below prove the SDK's requests are ones the contract accepts.
"""

import json
from collections.abc import Iterator
from typing import Any

import pytest

from tests.support.examples import CONNECTOR_ID, ORGANISATION_ID, request_example, response_examples
from versori_connect import (
    AuthenticatedClient,
    Error,
    InitialiseOAuth2ConnectionRequest,
    InitialiseOAuth2ConnectionResponse,
    initialise_oauth2_connection,
)

pytestmark = pytest.mark.e2e


@pytest.fixture
def client(prism_url: str) -> Iterator[AuthenticatedClient]:
    with AuthenticatedClient(base_url=prism_url, token="vk_test_prism") as client:
        yield client


class _BodyWithoutClientId:
    """Stands in for a request model whose required ``clientId`` got lost, as an older caller might send."""

    def to_dict(self) -> dict[str, Any]:
        body = request_example("minimal")
        del body["clientId"]
        return body


@pytest.mark.parametrize("name", ["google", "minimal"])
def test_valid_request_gets_the_example_url(client: AuthenticatedClient, name: str) -> None:
    body = InitialiseOAuth2ConnectionRequest.from_dict(request_example(name))

    result = initialise_oauth2_connection.sync_detailed(ORGANISATION_ID, CONNECTOR_ID, client=client, body=body)

    assert "sl-violations" not in result.headers, result.headers.get("sl-violations")
    assert result.status_code == 200
    assert isinstance(result.parsed, InitialiseOAuth2ConnectionResponse)
    # Prism answers with the first 200 example whatever the body; both bodies must be accepted.
    assert result.parsed.url == next(iter(response_examples("200").values()))["url"]


def test_missing_client_id_is_refused_and_surfaces_as_an_error(client: AuthenticatedClient) -> None:
    result = initialise_oauth2_connection.sync_detailed(
        ORGANISATION_ID,
        CONNECTOR_ID,
        client=client,
        body=_BodyWithoutClientId(),  # type: ignore[arg-type]
    )

    assert result.status_code == 400
    assert isinstance(result.parsed, Error)
    assert result.parsed.code
    violations = json.loads(result.headers["sl-violations"])
    assert any("clientId" in violation["message"] for violation in violations)


def test_non_ulid_path_id_is_refused_and_surfaces_as_an_error(client: AuthenticatedClient) -> None:
    body = InitialiseOAuth2ConnectionRequest.from_dict(request_example("minimal"))

    result = initialise_oauth2_connection.sync_detailed("not-a-ulid", CONNECTOR_ID, client=client, body=body)

    assert result.status_code == 400
    assert isinstance(result.parsed, Error)
    violations = json.loads(result.headers["sl-violations"])
    assert {tuple(violation["location"]) for violation in violations} == {("request", "path", "organisation_id")}


def test_request_without_credentials_is_refused(prism_url: str) -> None:
    body = InitialiseOAuth2ConnectionRequest.from_dict(request_example("minimal"))
    with AuthenticatedClient(base_url=prism_url, token="") as anonymous:
        anonymous.get_httpx_client().headers.pop("Authorization", None)
        result = initialise_oauth2_connection.sync_detailed(ORGANISATION_ID, CONNECTOR_ID, client=anonymous, body=body)

    assert result.status_code == 401
    assert isinstance(result.parsed, Error)
    assert result.headers["WWW-Authenticate"].startswith("Bearer")
