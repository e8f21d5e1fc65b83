"""The connection and connector operations in-process: the exchange of an oauth2-code at the client credential's
own token URL with the config's token parameters, and the seed's documents checked against the contract."""

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import pytest_asyncio
import yaml

from mock_server.app import create_app
from mock_server.seed.loading import SeedError
from mock_server.settings import Settings
from tests.support.asgi import BASE_URL, app_client
from tests.support.examples import CONNECTOR_ID, ORGANISATION_ID
from tests.support.fakes import FakeClock
from tests.support.oauth_loop import connection_body
from tests.support.seeds import default_seed
from tests.support.server import DEV_API_KEY, initialise_body

AUTH = {"Authorization": f"Bearer {DEV_API_KEY}"}
CONNECTOR = f"/o/{ORGANISATION_ID}/connectors/{CONNECTOR_ID}"


@pytest.fixture
def token_requests() -> list[httpx.Request]:
    return []


@pytest_asyncio.fixture
async def client(token_requests: list[httpx.Request]) -> AsyncIterator[httpx.AsyncClient]:
    def token_endpoint(request: httpx.Request) -> httpx.Response:
        token_requests.append(request)
        return httpx.Response(200, json={"access_token": "at", "refresh_token": "rt", "scope": "profile"})

    app = create_app(
        Settings(validate_responses=True, database=":memory:"),
        clock=FakeClock(1_800_000_000.0),
        http_transport=httpx.MockTransport(token_endpoint),
    )
    async with app_client(app) as client:
        yield client


@pytest.mark.asyncio
async def test_the_code_is_exchanged_at_the_credentials_token_url_with_the_configs_token_params(
    client: httpx.AsyncClient, token_requests: list[httpx.Request]
) -> None:
    initialised = await client.post(f"{CONNECTOR}/oauth2/initialise", json=initialise_body(), headers=AUTH)
    state = parse_qs(urlsplit(initialised.json()["url"]).query)["state"][0]
    body = connection_body("the-code", state)
    config = body["credentials"]["action"][0]["authSchemeConfig"]
    config.update(tokenUrl="https://elsewhere.example/token", additionalTokenParams="audience=api&grant_type=evil")

    created = await client.post(f"{CONNECTOR}/connections", json=body, headers=AUTH)

    assert created.status_code == 200, created.text
    assert [str(request.url) for request in token_requests] == [f"{BASE_URL}/mock-provider/token"]
    form = parse_qs(token_requests[0].content.decode())
    assert (form["audience"], form["grant_type"], form["code"]) == (["api"], ["authorization_code"], ["the-code"])
    data = created.json()["credentials"]["action"][0]["credential"]["data"]
    assert data == {"scopes": ["profile"], "accessToken": "[redacted]"}


@pytest.mark.asyncio
async def test_two_code_credentials_are_refused(client: httpx.AsyncClient) -> None:
    body = connection_body("code", "state")
    body["credentials"]["trigger"] = body["credentials"]["action"]

    response = await client.post(f"{CONNECTOR}/connections", json=body, headers=AUTH)

    assert response.status_code == 400, response.text
    assert response.json()["fields"] == [{"field": "credentials", "message": "Holds 2 oauth2-code credentials."}]


@pytest.mark.asyncio
async def test_a_body_off_its_schemes_branch_names_the_field_inside_it(client: httpx.AsyncClient) -> None:
    config = {"id": "01M6FK0000000000000000000A", "description": "d", "schemeType": "api-key", "in": "header"}

    response = await client.put(f"{CONNECTOR}/auth-scheme-configs/{config['id']}", json=config, headers=AUTH)

    assert response.status_code == 400, response.text
    assert [item["field"] for item in response.json()["fields"]] == ["name"]


def _seed_with(tmp_path: Path, **sections: Any) -> Path:
    seed = {**default_seed(), **sections}
    path = tmp_path / "seed.yaml"
    path.write_text(yaml.safe_dump(seed), encoding="utf-8")
    return path


def test_a_seed_config_the_contract_refuses_stops_the_server(tmp_path: Path) -> None:
    bad = {"connector_id": CONNECTOR_ID, "config": {"id": "01M6FK0000000000000000000A", "schemeType": "none"}}

    with pytest.raises(SeedError) as refused:
        create_app(Settings(seed=_seed_with(tmp_path, auth_scheme_configs=[bad]), database=":memory:"))

    assert refused.value.field == "auth_scheme_configs[0].config"
    assert "description is required" in refused.value.message


def test_a_seed_connection_with_a_code_credential_stops_the_server(tmp_path: Path) -> None:
    connection = json.loads(json.dumps(default_seed()["connections"][0]))
    connection["connection"] = connection_body("code", "state")

    with pytest.raises(SeedError) as refused:
        create_app(Settings(seed=_seed_with(tmp_path, connections=[connection]), database=":memory:"))

    assert refused.value.field == "connections[0].connection.credentials.action[0].credential.type"


def test_a_seed_connection_of_an_unknown_connector_stops_the_server(tmp_path: Path) -> None:
    connection = {**default_seed()["connections"][0], "connector_id": "01M6FK9999999999999999999Z"}

    with pytest.raises(SeedError) as refused:
        create_app(Settings(seed=_seed_with(tmp_path, connections=[connection]), database=":memory:"))

    assert refused.value.field == "connections[0].connector_id"


@pytest.mark.asyncio
@pytest.mark.parametrize("scheme_type", [["none"], {"a": 1}, 7, "unknown"])
async def test_a_discriminator_that_names_no_branch_is_400(client: httpx.AsyncClient, scheme_type: Any) -> None:
    config = {"id": "01M6FK0000000000000000000A", "description": "d", "schemeType": scheme_type}

    response = await client.put(f"{CONNECTOR}/auth-scheme-configs/{config['id']}", json=config, headers=AUTH)

    assert response.status_code == 400, response.text
    assert response.json()["code"] == "invalid_request"
