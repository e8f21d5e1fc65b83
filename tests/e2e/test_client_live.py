"""``Client`` and ``AsyncClient`` over real sockets: against the reference server and against Prism."""

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

from tests.support.client import call_arguments
from tests.support.examples import CONNECTOR_ID, ORGANISATION_ID, request_example, response_examples
from tests.support.paths import REPO_ROOT
from tests.support.processes import free_port
from tests.support.server import (
    DEV_API_KEY,
    OTHER_ORGANISATION_ID,
    SEEDED_CLIENT_ID,
    SEEDED_CREDENTIAL_ID,
    LiveServer,
)
from versori_connect import (
    APIConnectionError,
    APITimeoutError,
    AsyncClient,
    BadRequestError,
    Client,
    CredentialParam,
    InitialiseOAuth2ConnectionResponse,
)
from versori_connect._core.exceptions import error_class_for_status

pytestmark = pytest.mark.e2e

CREDENTIAL: CredentialParam = {"id": SEEDED_CREDENTIAL_ID, "organisation_id": ORGANISATION_ID}
AUTHORIZE_URL = "https://as.example.org/authorize"


@pytest.fixture
def silent_url() -> Iterator[str]:
    """A loopback port that takes connections and never answers."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"


@pytest.fixture
def client(default_server: LiveServer) -> Iterator[Client]:
    with Client(api_key=DEV_API_KEY, base_url=default_server.url) as client:
        yield client


def _arguments(**changes: Any) -> dict[str, Any]:
    return {"credential": CREDENTIAL, "authorize_url": AUTHORIZE_URL, "client_id": SEEDED_CLIENT_ID, **changes}


def _query(url: str) -> list[tuple[str, str]]:
    return parse_qsl(urlsplit(url).query)


def test_full_call_against_the_server(default_server: LiveServer, client: Client) -> None:
    result = client.connections.initialise_oauth2(
        ORGANISATION_ID,
        CONNECTOR_ID,
        **_arguments(
            scopes=["openid", "email"],
            prompt="consent select_account",
            additional_params={"resource": ["https://api.a", "https://api.b"], "login_hint": "Ada Lovelace"},
        ),
    )

    assert isinstance(result, InitialiseOAuth2ConnectionResponse)
    pairs = _query(result.url)
    params = dict(pairs)
    assert params["client_id"] == SEEDED_CLIENT_ID
    assert params["redirect_uri"] == f"{default_server.url}/oauth2/callback"
    assert params["scope"] == "openid email offline_access"
    assert params["prompt"] == "consent select_account"
    assert len(params["state"]) == 43
    # additional_params come last, in the order given, the list value repeating its name.
    assert pairs[-3:] == [("resource", "https://api.a"), ("resource", "https://api.b"), ("login_hint", "Ada Lovelace")]


def test_raw_response_from_the_server_carries_its_request_id(client: Client) -> None:
    raw = client.connections.with_raw_response.initialise_oauth2(ORGANISATION_ID, CONNECTOR_ID, **_arguments())

    assert raw.status_code == 200
    assert raw.request_id
    assert raw.parsed.url.startswith(AUTHORIZE_URL + "?")


def test_the_environment_configures_the_client(default_server: LiveServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VERSORI_API_KEY", DEV_API_KEY)
    monkeypatch.setenv("VERSORI_BASE_URL", default_server.url)

    with Client() as client:
        result = client.connections.initialise_oauth2(ORGANISATION_ID, CONNECTOR_ID, **_arguments())

    assert dict(_query(result.url))["client_id"] == SEEDED_CLIENT_ID


SERVER_ERRORS = [
    pytest.param({"client_id": "not-the-credentials"}, 400, "client_id_mismatch", id="400-client-id"),
    pytest.param({"additional_params": {"state": "mine"}}, 400, "conflicting_parameter", id="400-conflict"),
    pytest.param(
        {"credential": {"id": SEEDED_CREDENTIAL_ID, "organisation_id": OTHER_ORGANISATION_ID}},
        403,
        "credential_organisation_mismatch",
        id="403-other-organisation",
    ),
    pytest.param(
        {"credential": {"id": "01M6ZZZZZZZZZZZZZZZZZZZZZZ", "organisation_id": ORGANISATION_ID}},
        404,
        "credential_not_found",
        id="404-unknown-credential",
    ),
]


@pytest.mark.parametrize(("changes", "status", "code"), SERVER_ERRORS)
def test_server_errors_raise_the_class_the_status_table_names(
    client: Client, changes: dict[str, Any], status: int, code: str
) -> None:
    with pytest.raises(error_class_for_status(status)) as caught:
        client.connections.initialise_oauth2(ORGANISATION_ID, CONNECTOR_ID, **_arguments(**changes))

    assert type(caught.value) is error_class_for_status(status)
    assert (caught.value.status_code, caught.value.code) == (status, code)
    assert caught.value.request_id


def test_an_unknown_api_key_raises_the_401_class(default_server: LiveServer) -> None:
    with (
        Client(api_key="vk_unknown", base_url=default_server.url) as stranger,
        pytest.raises(error_class_for_status(401)) as caught,
    ):
        stranger.connections.initialise_oauth2(ORGANISATION_ID, CONNECTOR_ID, **_arguments())

    assert caught.value.code == "unauthorized"
    assert caught.value.response.headers["WWW-Authenticate"].startswith("Bearer")


def test_a_closed_port_raises_connection_error() -> None:
    closed = f"http://127.0.0.1:{free_port()}"
    with Client(api_key=DEV_API_KEY, base_url=closed, max_retries=0) as client, pytest.raises(APIConnectionError):
        client.connections.initialise_oauth2(ORGANISATION_ID, CONNECTOR_ID, **_arguments())


def test_a_server_that_never_answers_raises_timeout_error(silent_url: str) -> None:
    client = Client(api_key=DEV_API_KEY, base_url=silent_url, timeout=0.3, max_retries=0)
    with client, pytest.raises(APITimeoutError):
        client.connections.initialise_oauth2(ORGANISATION_ID, CONNECTOR_ID, **_arguments())


@pytest.mark.asyncio
async def test_async_timeout_per_call(silent_url: str) -> None:
    async with AsyncClient(api_key=DEV_API_KEY, base_url=silent_url, max_retries=0) as client:
        with pytest.raises(APITimeoutError):
            await client.connections.initialise_oauth2(ORGANISATION_ID, CONNECTOR_ID, **_arguments(), timeout=0.3)


@pytest.mark.asyncio
async def test_async_call_against_the_server(default_server: LiveServer) -> None:
    async with AsyncClient(api_key=DEV_API_KEY, base_url=default_server.url) as client:
        result = await client.connections.initialise_oauth2(
            ORGANISATION_ID, CONNECTOR_ID, **_arguments(scopes=["openid"], disable_offline_access=True)
        )
        raw = await client.connections.with_raw_response.initialise_oauth2(
            ORGANISATION_ID, CONNECTOR_ID, **_arguments()
        )

    assert dict(_query(result.url))["scope"] == "openid"
    assert raw.request_id


@pytest.mark.asyncio
@pytest.mark.parametrize(("changes", "status", "code"), SERVER_ERRORS)
async def test_async_server_errors_raise_the_class_the_status_table_names(
    default_server: LiveServer, changes: dict[str, Any], status: int, code: str
) -> None:
    async with AsyncClient(api_key=DEV_API_KEY, base_url=default_server.url) as client:
        with pytest.raises(error_class_for_status(status)) as caught:
            await client.connections.initialise_oauth2(ORGANISATION_ID, CONNECTOR_ID, **_arguments(**changes))

    assert caught.value.code == code


def test_the_typed_example_runs_against_the_server(default_server: LiveServer) -> None:
    run = subprocess.run(
        [sys.executable, REPO_ROOT / "examples" / "typed_usage.py"],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "VERSORI_API_KEY": DEV_API_KEY, "VERSORI_BASE_URL": default_server.url},
    )

    with Client(api_key=DEV_API_KEY, base_url=default_server.url) as client:
        connectors = client.connectors.list(ORGANISATION_ID)  # all of the seed's on one page
    assert connectors.total_count > 1
    assert not connectors.has_next_page()

    lines = run.stdout.splitlines()
    assert lines[0].startswith(AUTHORIZE_URL + "?")
    assert lines[1]
    assert lines[2].startswith("404 credential_not_found (request id ")
    assert lines[3] == ", ".join(connector.name for connector in connectors.connectors)
    assert lines[4].startswith(AUTHORIZE_URL + "?")


@pytest.mark.parametrize("name", ["google", "minimal"])
def test_prism_accepts_what_the_client_sends(prism_url: str, name: str) -> None:
    with Client(api_key="vk_test_prism", base_url=prism_url, max_retries=0) as client:
        raw = client.connections.with_raw_response.initialise_oauth2(
            ORGANISATION_ID, CONNECTOR_ID, **call_arguments(request_example(name))
        )

    assert "sl-violations" not in raw.headers, raw.headers.get("sl-violations")
    # Prism answers with the first 200 example whatever the body; both bodies must be accepted.
    assert raw.parsed.url == next(iter(response_examples("200").values()))["url"]


def test_prism_refusal_raises_bad_request(prism_url: str) -> None:
    client = Client(api_key="vk_test_prism", base_url=prism_url, max_retries=0)
    with client, pytest.raises(BadRequestError) as caught:
        client.connections.initialise_oauth2("not-a-ulid", CONNECTOR_ID, **_arguments())

    assert caught.value.response.headers["sl-violations"]


@pytest.mark.asyncio
async def test_async_prism(prism_url: str) -> None:
    async with AsyncClient(api_key="vk_test_prism", base_url=prism_url, max_retries=0) as client:
        raw = await client.connections.with_raw_response.initialise_oauth2(
            ORGANISATION_ID, CONNECTOR_ID, **call_arguments(request_example("google"))
        )

    assert "sl-violations" not in raw.headers
    assert raw.parsed.url == next(iter(response_examples("200").values()))["url"]
