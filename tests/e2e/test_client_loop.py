"""The whole OAuth 2.0 loop through ``Client`` and ``AsyncClient`` against the reference server, and the
client's retries against failures the server is asked for with ``Prefer``."""

from collections.abc import Iterator

import httpx
import pytest

from tests.support.examples import CONNECTOR_ID, ORGANISATION_ID
from tests.support.fakes import record_retry_waits
from tests.support.oauth_loop import connection_body, follow_to_callback
from tests.support.server import DEV_API_KEY, SEEDED_CLIENT_ID, SEEDED_CREDENTIAL_ID, LiveServer, live_server
from versori_connect import AsyncClient, Client, CredentialParam, InternalServerError, RateLimitError, Unset

pytestmark = pytest.mark.e2e

CREDENTIAL: CredentialParam = {"id": SEEDED_CREDENTIAL_ID, "organisation_id": ORGANISATION_ID}


@pytest.fixture(scope="module")
def server() -> Iterator[LiveServer]:
    env = {
        "VERSORI_MOCK_DATABASE": ":memory:",
        "VERSORI_MOCK_AUTO_APPROVE": "true",
        "VERSORI_MOCK_ALLOW_PREFER": "true",
    }
    with live_server(env=env) as running:
        yield running


@pytest.fixture
def no_waiting(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    return record_retry_waits(monkeypatch)


def test_the_loop_through_the_client(server: LiveServer) -> None:
    with Client(api_key=DEV_API_KEY, base_url=server.url) as client:
        authorize = client.connections.initialise_oauth2(
            ORGANISATION_ID,
            CONNECTOR_ID,
            credential=CREDENTIAL,
            authorize_url=f"{server.url}/mock-provider/authorize",
            client_id=SEEDED_CLIENT_ID,
            scopes=["profile"],
        )
        redirect = follow_to_callback(authorize.url)
        body = connection_body(redirect.message["code"], redirect.message["state"], name="Through the client")
        created = client.connections.create(ORGANISATION_ID, CONNECTOR_ID, body)
        fetched = client.connections.get(ORGANISATION_ID, CONNECTOR_ID, created.id)
        page = client.connections.list(ORGANISATION_ID, CONNECTOR_ID, first=100)

    assert fetched.id == created.id
    assert fetched.name == "Through the client"
    assert not isinstance(page.items, Unset)
    assert created.id in [item.id for item in page.items]


@pytest.mark.asyncio
async def test_the_loop_through_the_async_client(server: LiveServer) -> None:
    async with AsyncClient(api_key=DEV_API_KEY, base_url=server.url) as client:
        authorize = await client.connections.initialise_oauth2(
            ORGANISATION_ID,
            CONNECTOR_ID,
            credential=CREDENTIAL,
            authorize_url=f"{server.url}/mock-provider/authorize",
            client_id=SEEDED_CLIENT_ID,
        )
        redirect = follow_to_callback(authorize.url)
        body = connection_body(redirect.message["code"], redirect.message["state"], name="Through the async client")
        created = await client.connections.create(ORGANISATION_ID, CONNECTOR_ID, body)
        fetched = await client.connections.get(ORGANISATION_ID, CONNECTOR_ID, created.id)

    assert fetched.name == "Through the async client"


@pytest.mark.parametrize(("prefer", "error"), [("code=503", InternalServerError), ("code=429", RateLimitError)])
def test_the_client_retries_a_chosen_failure_then_raises_it(
    server: LiveServer, no_waiting: list[float], prefer: str, error: type[Exception]
) -> None:
    attempts: list[httpx.Request] = []
    http = httpx.Client(headers={"Prefer": prefer}, event_hooks={"request": [attempts.append]})
    with (
        Client(api_key=DEV_API_KEY, base_url=server.url, http_client=http, max_retries=2) as client,
        pytest.raises(error),
    ):
        client.connections.list(ORGANISATION_ID, CONNECTOR_ID)
    http.close()

    assert len(attempts) == 3
    # The server's Retry-After: 1 sets each wait.
    assert no_waiting == [1.0, 1.0]
