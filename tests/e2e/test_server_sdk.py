"""The generated SDK against ``python -m mock_server`` over a real loopback socket."""

import subprocess
import sys
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest

from tests.support.examples import CONNECTOR_ID, ORGANISATION_ID
from tests.support.platform_server import MOCK_SYSTEM_ID
from tests.support.readme import readme_python_example
from tests.support.server import (
    DEV_API_KEY,
    OTHER_ORGANISATION_ID,
    SEEDED_CLIENT_ID,
    SEEDED_CREDENTIAL_ID,
    LiveServer,
    initialise_body,
    live_server,
)
from tests.support.tokens import AUDIENCE, HS256_SECRET, ISSUER, signed, unsigned
from versori_connect import (
    AuthenticatedClient,
    Error,
    InitialiseOAuth2ConnectionRequest,
    InitialiseOAuth2ConnectionResponse,
    initialise_oauth2_connection,
)

pytestmark = pytest.mark.e2e

JWT_ENV = {
    "VERSORI_MOCK_JWT_ISSUER": ISSUER,
    "VERSORI_MOCK_JWT_AUDIENCE": AUDIENCE,
    "VERSORI_MOCK_JWT_HS256_SECRET": HS256_SECRET,
    "VERSORI_MOCK_VALIDATE_RESPONSES": "true",
}


@pytest.fixture(scope="module")
def server() -> Iterator[LiveServer]:
    with live_server(env=JWT_ENV) as running:
        yield running


@pytest.fixture
def client(server: LiveServer) -> Iterator[AuthenticatedClient]:
    with AuthenticatedClient(base_url=server.url, token=DEV_API_KEY) as client:
        yield client


def request_body(**changes: Any) -> InitialiseOAuth2ConnectionRequest:
    return InitialiseOAuth2ConnectionRequest.from_dict(initialise_body(**changes))


def test_banner_gives_what_a_first_call_needs(server: LiveServer) -> None:
    assert server.banner["organisation_id"] == ORGANISATION_ID
    assert server.banner["connector_id"] == CONNECTOR_ID
    assert server.banner["credential_id"] == SEEDED_CREDENTIAL_ID
    assert server.banner["client_id"] == SEEDED_CLIENT_ID
    assert server.banner["api_key"] == DEV_API_KEY


def test_full_call_returns_exactly_the_parameters_the_rules_give(
    server: LiveServer, client: AuthenticatedClient
) -> None:
    body = request_body(
        authorizeUrl="https://as.example.org/authorize?tenant=acme",
        scopes=["openid", "email", "openid", "read,activity:read_all"],
        prompt="consent+select_account",
        additionalParams="?access_type=offline&resource=https%3A%2F%2Fapi.a&resource=https%3A%2F%2Fapi.b",
    )

    result = initialise_oauth2_connection.sync(ORGANISATION_ID, CONNECTOR_ID, client=client, body=body)

    assert isinstance(result, InitialiseOAuth2ConnectionResponse)
    url = urlsplit(result.url)
    assert (url.scheme, url.netloc, url.path) == ("https", "as.example.org", "/authorize")
    pairs = parse_qsl(url.query)
    state = dict(pairs)["state"]
    assert len(state) == 43
    assert len(dict(pairs)["code_challenge"]) == 43
    assert pairs == [
        ("tenant", "acme"),
        ("response_type", "code"),
        ("client_id", SEEDED_CLIENT_ID),
        ("redirect_uri", f"{server.url}/oauth2/callback"),
        ("scope", "openid email read,activity:read_all offline_access"),
        ("state", state),
        ("prompt", "consent select_account"),
        ("code_challenge", dict(pairs)["code_challenge"]),
        ("code_challenge_method", "S256"),
        ("access_type", "offline"),
        ("resource", "https://api.a"),
        ("resource", "https://api.b"),
    ]
    assert "scope=openid%20email%20read%2Cactivity%3Aread_all%20offline_access" in url.query


@pytest.mark.parametrize(
    ("changes", "status", "code"),
    [
        pytest.param({"additionalParams": "prompt=consent"}, 400, "conflicting_parameter", id="conflict"),
        pytest.param({"clientId": "not-the-credentials"}, 400, "client_id_mismatch", id="client-id"),
        pytest.param(
            {"credential": {"id": SEEDED_CREDENTIAL_ID, "organisationId": OTHER_ORGANISATION_ID}},
            403,
            "credential_organisation_mismatch",
            id="other-organisation",
        ),
        pytest.param(
            {"credential": {"id": "01M6ZZZZZZZZZZZZZZZZZZZZZZ", "organisationId": ORGANISATION_ID}},
            404,
            "credential_not_found",
            id="unknown-credential",
        ),
    ],
)
def test_error_cases_come_back_as_the_documented_error(
    client: AuthenticatedClient, changes: dict[str, Any], status: int, code: str
) -> None:
    result = initialise_oauth2_connection.sync_detailed(
        ORGANISATION_ID, CONNECTOR_ID, client=client, body=request_body(**changes)
    )

    assert result.status_code == status
    assert isinstance(result.parsed, Error)
    assert result.parsed.code == code


def test_unknown_api_key_comes_back_as_401(server: LiveServer) -> None:
    with AuthenticatedClient(base_url=server.url, token="vk_unknown") as stranger:
        result = initialise_oauth2_connection.sync_detailed(
            ORGANISATION_ID, CONNECTOR_ID, client=stranger, body=request_body()
        )

    assert result.status_code == 401
    assert isinstance(result.parsed, Error)
    assert result.headers["WWW-Authenticate"].startswith("Bearer")


def test_readme_example_prints_a_working_authorize_url_from_each_api(server: LiveServer) -> None:
    example = readme_python_example()
    assert "http://127.0.0.1:8000" in example
    run = subprocess.run(
        [sys.executable, "-c", example.replace("http://127.0.0.1:8000", server.url)],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    )

    connect_v1, platform = run.stdout.splitlines()
    for url in (connect_v1, platform):
        query = dict(parse_qsl(urlsplit(url).query))
        assert url.startswith(f"{server.url}/mock-provider/authorize?")
        assert (query["client_id"], query["scope"]) == (SEEDED_CLIENT_ID, "openid email offline_access")
        assert len(query["state"]) == 43
    calls = httpx.get(f"{server.url}/__admin/journal").json()["entries"][-2:]
    assert [(call["operation_id"], call["path"]) for call in calls] == [
        (
            "initialise_oauth2_connection",
            {"organisation_id": ORGANISATION_ID, "connector_id": CONNECTOR_ID},
        ),
        (
            "platform.initialise_oauth2_connection",
            {"organisation_id": ORGANISATION_ID, "system_id": MOCK_SYSTEM_ID},
        ),
    ]


def _hostile_requests() -> list[Any]:
    json_type = {"Content-Type": "application/json"}
    token_claims = {"sub": "someone", "iss": ISSUER, "aud": AUDIENCE}
    expired = signed({**token_claims, "exp": 1_000_000_000})
    forged = unsigned({**token_claims, "exp": 4_000_000_000})
    return [
        pytest.param(b'{"credential": {', json_type, None, 400, "invalid_json", id="malformed-json"),
        pytest.param(b'{"a": "' + b"x" * (1 << 20) + b'"}', json_type, None, 413, "payload_too_large", id="1-MiB"),
        pytest.param(b"{}", {"Content-Type": "text/plain"}, None, 415, "unsupported_media_type", id="text-plain"),
        pytest.param(b"{}", json_type, forged, 401, "unauthorized", id="alg-none-jwt"),
        pytest.param(b"{}", json_type, expired, 401, "unauthorized", id="expired-jwt"),
    ]


@pytest.mark.parametrize(("content", "headers", "token", "status", "code"), _hostile_requests())
def test_bad_request_gets_its_error_and_the_server_keeps_serving(
    server: LiveServer,
    client: AuthenticatedClient,
    content: bytes,
    headers: dict[str, str],
    token: str | None,
    status: int,
    code: str,
) -> None:
    path = f"/o/{ORGANISATION_ID}/connectors/{CONNECTOR_ID}/oauth2/initialise"
    authorization = {"Authorization": f"Bearer {token or DEV_API_KEY}"}

    response = httpx.post(server.url + path, content=content, headers={**headers, **authorization}, timeout=10)

    assert response.status_code == status
    assert response.json()["code"] == code
    after = initialise_oauth2_connection.sync(ORGANISATION_ID, CONNECTOR_ID, client=client, body=request_body())
    assert isinstance(after, InitialiseOAuth2ConnectionResponse)


def test_a_valid_jwt_is_accepted_over_the_socket(server: LiveServer) -> None:
    token = signed({"sub": "someone", "iss": ISSUER, "aud": AUDIENCE, "exp": 4_000_000_000})
    with AuthenticatedClient(base_url=server.url, token=token) as bearer:
        result = initialise_oauth2_connection.sync(ORGANISATION_ID, CONNECTOR_ID, client=bearer, body=request_body())

    assert isinstance(result, InitialiseOAuth2ConnectionResponse)
