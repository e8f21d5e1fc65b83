"""The reference server in-process: the contract's checks, authentication, data rules and the plumbing."""

import logging
import os
from collections.abc import AsyncIterator
from dataclasses import replace
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import pytest_asyncio
from starlette.applications import Starlette
from starlette.routing import Route

from mock_server.api.calls import CheckedRequest, Reply
from mock_server.api.endpoint import api_caller, operation_endpoint
from mock_server.api.services import Services
from mock_server.app import create_app
from mock_server.oauth.pkce import s256_challenge
from mock_server.oauth.state import StateRecord, StateStore
from mock_server.settings import Settings
from mock_server.stores.base import KeyValueStore, Value
from mock_server.stores.memory import MemoryKeyValueStore
from mock_server.stores.registry import open_stores
from tests.support.asgi import app_client
from tests.support.examples import CONNECTOR_ID, ORGANISATION_ID
from tests.support.fakes import FakeClock
from tests.support.paths import OPENAPI_PATH
from tests.support.server import (
    DEV_API_KEY,
    OTHER_API_KEY,
    OTHER_CREDENTIAL_ID,
    OTHER_ORGANISATION_ID,
    SEEDED_CLIENT_ID,
    SEEDED_CREDENTIAL_ID,
    initialise_body,
)
from tests.support.tokens import AUDIENCE, HS256_SECRET, ISSUER, signed, unsigned

pytestmark = pytest.mark.asyncio

PATH = f"/o/{ORGANISATION_ID}/connectors/{CONNECTOR_ID}/oauth2/initialise"
AUTH = {"Authorization": f"Bearer {DEV_API_KEY}"}
NOW = 1_800_000_000.0


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture
def state_values(clock: FakeClock) -> MemoryKeyValueStore:
    return MemoryKeyValueStore(max_entries=100, clock=clock)


@pytest.fixture
def states(state_values: MemoryKeyValueStore, clock: FakeClock) -> StateStore:
    return StateStore(state_values, clock)


@pytest.fixture
def settings() -> Settings:
    return Settings(
        validate_responses=True,
        database=":memory:",
        jwt_issuer=ISSUER,
        jwt_audience=AUDIENCE,
        jwt_hs256_secret=HS256_SECRET,
    )


@pytest_asyncio.fixture
async def client(
    settings: Settings, clock: FakeClock, state_values: MemoryKeyValueStore
) -> AsyncIterator[httpx.AsyncClient]:
    async with app_client(app_with_states(settings, clock, state_values)) as client:
        yield client


def app_with_states(settings: Settings, clock: FakeClock, state_values: KeyValueStore) -> Starlette:
    return create_app(settings, clock=clock, stores=replace(open_stores(settings, clock), states=state_values))


def assert_error(response: httpx.Response, status: int, code: str, field: str | None = None) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    error = response.json()
    assert error["code"] == code
    assert error["message"]
    if field is not None:
        assert field in [item["field"] for item in error["fields"]], error


async def test_valid_request_gets_an_authorize_url_with_the_added_parameters(client: httpx.AsyncClient) -> None:
    response = await client.post(PATH, json=initialise_body(scopes=["openid"]), headers=AUTH)

    assert response.status_code == 200, response.text
    query = parse_qs(urlsplit(response.json()["url"]).query)
    assert query["response_type"] == ["code"]
    assert query["client_id"] == [SEEDED_CLIENT_ID]
    assert query["redirect_uri"] == ["http://127.0.0.1:8000/oauth2/callback"]
    assert query["scope"] == ["openid offline_access"]
    assert query["prompt"] == ["login"]
    assert len(query["state"][0]) == 43


async def test_stored_state_record_matches_the_request(
    client: httpx.AsyncClient, states: StateStore, clock: FakeClock
) -> None:
    response = await client.post(PATH, json=initialise_body(scopes=["a", "a", "b"]), headers=AUTH)
    query = parse_qs(urlsplit(response.json()["url"]).query)
    state = query["state"][0]

    record = await states.get(state)
    assert record is not None
    assert record.code_verifier is not None
    assert query["code_challenge"] == [s256_challenge(record.code_verifier)]
    assert query["code_challenge_method"] == ["S256"]
    assert replace(record, code_verifier=None) == StateRecord(
        organisation_id=ORGANISATION_ID,
        made_for=f"connector:{CONNECTOR_ID}",
        credential_id=SEEDED_CREDENTIAL_ID,
        client_id=SEEDED_CLIENT_ID,
        authorize_url="https://as.example.org/authorize",
        redirect_uri="http://127.0.0.1:8000/oauth2/callback",
        scopes=("a", "b", "offline_access"),
        principal="api-key:dev key of Example Organisation",
        created_at=NOW,
        expires_at=NOW + 600,
    )
    clock.now += 600
    assert await states.get(state) is None


async def test_pkce_can_be_turned_off(
    settings: Settings, clock: FakeClock, state_values: MemoryKeyValueStore, states: StateStore
) -> None:
    async with app_client(app_with_states(replace(settings, pkce=False), clock, state_values)) as client:
        response = await client.post(PATH, json=initialise_body(), headers=AUTH)

    query = parse_qs(urlsplit(response.json()["url"]).query)
    assert "code_challenge" not in query
    record = await states.get(query["state"][0])
    assert record is not None
    assert record.code_verifier is None


async def test_a_refused_request_stores_no_state(client: httpx.AsyncClient, state_values: MemoryKeyValueStore) -> None:
    response = await client.post(PATH, json=initialise_body(additionalParams="state=mine"), headers=AUTH)

    assert_error(response, 400, "conflicting_parameter", "additionalParams")
    assert len(state_values) == 0


# Authentication


async def test_no_credentials_is_401_with_a_bearer_challenge(client: httpx.AsyncClient) -> None:
    response = await client.post(PATH, json=initialise_body())

    assert_error(response, 401, "unauthorized")
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


async def test_unknown_api_key_is_401(client: httpx.AsyncClient) -> None:
    response = await client.post(PATH, json=initialise_body(), headers={"Authorization": "Bearer vk_nobody"})

    assert_error(response, 401, "unauthorized")
    assert 'error="invalid_token"' in response.headers["WWW-Authenticate"]


async def test_api_key_in_the_cookie_is_accepted(client: httpx.AsyncClient) -> None:
    client.cookies.set("cookie", DEV_API_KEY)

    response = await client.post(PATH, json=initialise_body())

    assert response.status_code == 200, response.text


async def test_valid_jwt_is_accepted(client: httpx.AsyncClient) -> None:
    token = signed({"sub": "user-1", "iss": ISSUER, "aud": AUDIENCE, "exp": NOW + 300, "org_id": ORGANISATION_ID})

    response = await client.post(PATH, json=initialise_body(), headers={"Authorization": f"Bearer {token}"})

    assert response.status_code == 200, response.text


async def test_jwt_with_alg_none_is_401(client: httpx.AsyncClient) -> None:
    token = unsigned({"sub": "user-1", "iss": ISSUER, "aud": AUDIENCE, "exp": NOW + 300})

    response = await client.post(PATH, json=initialise_body(), headers={"Authorization": f"Bearer {token}"})

    assert_error(response, 401, "unauthorized")


async def test_expired_jwt_is_401(client: httpx.AsyncClient, clock: FakeClock) -> None:
    token = signed({"sub": "user-1", "iss": ISSUER, "aud": AUDIENCE, "exp": NOW + 300})
    clock.now += 3600

    response = await client.post(PATH, json=initialise_body(), headers={"Authorization": f"Bearer {token}"})

    assert_error(response, 401, "unauthorized")
    assert 'error="invalid_token"' in response.headers["WWW-Authenticate"]


async def test_api_key_of_another_organisation_is_403(client: httpx.AsyncClient) -> None:
    response = await client.post(PATH, json=initialise_body(), headers={"Authorization": f"Bearer {OTHER_API_KEY}"})

    assert_error(response, 403, "forbidden")


# Rules 24 and 25 of docs/authorize-url-rules.md: the stored data


async def test_rule_24_credential_organisation_other_than_the_path_is_403(client: httpx.AsyncClient) -> None:
    reference = {"id": SEEDED_CREDENTIAL_ID, "organisationId": OTHER_ORGANISATION_ID}

    response = await client.post(PATH, json=initialise_body(credential=reference), headers=AUTH)

    assert_error(response, 403, "credential_organisation_mismatch", "credential.organisationId")


async def test_rule_24_credential_owned_by_another_organisation_is_403(client: httpx.AsyncClient) -> None:
    reference = {"id": OTHER_CREDENTIAL_ID, "organisationId": ORGANISATION_ID}

    response = await client.post(
        PATH, json=initialise_body(credential=reference, clientId="other-dev-client"), headers=AUTH
    )

    assert_error(response, 403, "credential_organisation_mismatch", "credential.id")


async def test_rule_25_unknown_connector_is_404(client: httpx.AsyncClient) -> None:
    path = f"/o/{ORGANISATION_ID}/connectors/01M6ZZZZZZZZZZZZZZZZZZZZZZ/oauth2/initialise"

    response = await client.post(path, json=initialise_body(), headers=AUTH)

    assert_error(response, 404, "connector_not_found")


async def test_rule_25_unknown_credential_is_404(client: httpx.AsyncClient) -> None:
    reference = {"id": "01M6ZZZZZZZZZZZZZZZZZZZZZZ", "organisationId": ORGANISATION_ID}

    response = await client.post(PATH, json=initialise_body(credential=reference), headers=AUTH)

    assert_error(response, 404, "credential_not_found", "credential.id")


async def test_rule_25_client_id_not_the_credentials_is_400(client: httpx.AsyncClient) -> None:
    response = await client.post(PATH, json=initialise_body(clientId="someone-else"), headers=AUTH)

    assert_error(response, 400, "client_id_mismatch", "clientId")


async def test_url_rules_answer_400_naming_code_and_field(client: httpx.AsyncClient) -> None:
    response = await client.post(PATH, json=initialise_body(authorizeUrl="javascript:alert(1)"), headers=AUTH)

    assert_error(response, 400, "invalid_request", "authorizeUrl")


# The contract, checked before the handler


async def test_malformed_json_is_400(client: httpx.AsyncClient) -> None:
    response = await client.post(PATH, content=b'{"credential": ', headers={**AUTH, "Content-Type": "application/json"})

    assert_error(response, 400, "invalid_json")


async def test_duplicate_json_keys_are_400(client: httpx.AsyncClient) -> None:
    raw = b'{"clientId": "a", "clientId": "b"}'

    response = await client.post(PATH, content=raw, headers={**AUTH, "Content-Type": "application/json"})

    assert_error(response, 400, "invalid_json")


async def test_body_of_one_mebibyte_is_413(client: httpx.AsyncClient) -> None:
    raw = b'{"clientId": "' + b"a" * (1 << 20) + b'"}'

    response = await client.post(PATH, content=raw, headers={**AUTH, "Content-Type": "application/json"})

    assert_error(response, 413, "payload_too_large")


async def test_body_over_the_limit_without_content_length_is_413(client: httpx.AsyncClient) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(80):
            yield b" " * 1024

    response = await client.post(PATH, content=chunks(), headers={**AUTH, "Content-Type": "application/json"})

    assert_error(response, 413, "payload_too_large")


@pytest.mark.parametrize(
    "content_type", ["text/plain", "application/x-www-form-urlencoded", "application/json; charset=latin-1", ""]
)
async def test_body_not_sent_as_json_is_415(client: httpx.AsyncClient, content_type: str) -> None:
    response = await client.post(PATH, content=b"{}", headers={**AUTH, "Content-Type": content_type})

    assert_error(response, 415, "unsupported_media_type")


async def test_body_breaking_the_schema_is_400_naming_each_field(client: httpx.AsyncClient) -> None:
    response = await client.post(
        PATH, json={"credential": {"id": "nope"}, "authorizeUrl": 7, "extra": True}, headers=AUTH
    )

    assert_error(response, 400, "invalid_request")
    fields = {item["field"] for item in response.json()["fields"]}
    assert fields >= {"credential.id", "credential.organisationId", "authorizeUrl", "clientId", "extra"}


async def test_body_that_is_not_an_object_is_400(client: httpx.AsyncClient) -> None:
    response = await client.post(PATH, json=["a"], headers=AUTH)

    assert_error(response, 400, "invalid_request", "body")


async def test_path_id_that_is_not_a_ulid_is_400(client: httpx.AsyncClient) -> None:
    path = f"/o/{ORGANISATION_ID.lower()}/connectors/{CONNECTOR_ID}/oauth2/initialise"

    response = await client.post(path, json=initialise_body(), headers=AUTH)

    assert_error(response, 400, "invalid_request", "organisation_id")


# Plumbing


async def test_unknown_path_is_404_error_json(client: httpx.AsyncClient) -> None:
    assert_error(await client.get("/nothing/here"), 404, "not_found")


async def test_wrong_method_is_405_with_allow(client: httpx.AsyncClient) -> None:
    response = await client.get(PATH, headers=AUTH)

    assert_error(response, 405, "method_not_allowed")
    assert response.headers["Allow"] == "POST"


@pytest.mark.parametrize(
    "path", [f"/o/{ORGANISATION_ID}/connectors", f"/o/{ORGANISATION_ID}/connectors/{CONNECTOR_ID}/connections"]
)
async def test_head_answers_as_get_does(client: httpx.AsyncClient, path: str) -> None:
    # HTTP (RFC 9110 §9.3.2) asks HEAD of every GET; on a path that also takes POST (connections) too. The
    # HTTP server leaves the body out (tests/e2e/test_connections_live.py).
    got = await client.get(path, headers=AUTH)
    head = await client.head(path, headers=AUTH)

    assert got.status_code == 200
    assert head.status_code == 200
    assert head.headers["Content-Length"] == got.headers["Content-Length"]
    assert head.headers["Content-Type"] == "application/json"


async def test_every_answer_carries_a_request_id(client: httpx.AsyncClient) -> None:
    mine = await client.post(PATH, json=initialise_body(), headers={**AUTH, "X-Request-Id": "trace-42"})
    unsafe = await client.post(PATH, json=initialise_body(), headers={**AUTH, "X-Request-Id": "a b\tc"})

    assert mine.headers["X-Request-Id"] == "trace-42"
    assert len(unsafe.headers["X-Request-Id"]) == 32


async def test_cors_preflight_from_a_local_dev_origin_is_allowed(client: httpx.AsyncClient) -> None:
    response = await client.options(
        PATH,
        headers={
            "Origin": "http://localhost:5173",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization,content-type",
        },
    )

    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == "http://localhost:5173"
    assert "POST" in response.headers["Access-Control-Allow-Methods"]


async def test_cors_refuses_an_origin_not_configured(client: httpx.AsyncClient) -> None:
    response = await client.post(PATH, json=initialise_body(), headers={**AUTH, "Origin": "https://evil.example"})

    assert "Access-Control-Allow-Origin" not in response.headers


async def test_cors_origins_come_from_settings(clock: FakeClock) -> None:
    app = create_app(Settings(cors_origins=("https://app.example.org",), database=":memory:"), clock=clock)
    async with app_client(app) as client:
        response = await client.post(
            PATH, json=initialise_body(), headers={**AUTH, "Origin": "https://app.example.org"}
        )

    assert response.headers["Access-Control-Allow-Origin"] == "https://app.example.org"


async def test_healthz(client: httpx.AsyncClient) -> None:
    response = await client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "worker": os.getpid()}


async def test_the_contract_is_served(client: httpx.AsyncClient) -> None:
    response = await client.get("/openapi.yaml")

    assert response.status_code == 200
    assert response.text == OPENAPI_PATH.read_text(encoding="utf-8")


class _BrokenStore(MemoryKeyValueStore):
    async def put(self, key: str, value: Value, expires_at: float) -> None:
        raise RuntimeError("disk on fire")


async def test_unexpected_failure_is_a_logged_500_with_a_request_id_and_no_traceback(
    settings: Settings, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    app = app_with_states(settings, clock, _BrokenStore(10, clock))
    async with app_client(app, raise_app_exceptions=False) as client:
        with caplog.at_level(logging.ERROR, logger="mock_server"):
            response = await client.post(PATH, json=initialise_body(), headers=AUTH)

    assert_error(response, 500, "internal_error")
    request_id = response.headers["X-Request-Id"]
    assert request_id in response.json()["details"]
    assert "disk on fire" not in response.text
    assert "Traceback" not in response.text
    assert any(request_id in record.getMessage() for record in caplog.records)


async def _answer_off_contract(request: CheckedRequest, services: Services) -> Reply:
    return Reply(200, {"uri": "https://as.example.org/authorize"})


def _app_with_off_contract_handler(settings: Settings) -> Starlette:
    app = create_app(settings)
    services: Services = app.state.services
    operation = services.contract.operations["initialise_oauth2_connection"]
    route = Route(
        operation.path,
        operation_endpoint(operation, _answer_off_contract, services, caller=api_caller, controlled=True),
        methods=["POST"],
    )
    app.router.routes.insert(0, route)
    return app


async def test_with_response_validation_an_off_contract_answer_fails_loudly() -> None:
    app = _app_with_off_contract_handler(Settings(validate_responses=True, database=":memory:"))
    async with app_client(app, raise_app_exceptions=False) as client:
        response = await client.post(PATH, json=initialise_body(), headers=AUTH)

    assert_error(response, 500, "internal_error")


async def test_without_response_validation_the_answer_goes_out_unchecked() -> None:
    async with app_client(
        _app_with_off_contract_handler(Settings(validate_responses=False, database=":memory:"))
    ) as client:
        response = await client.post(PATH, json=initialise_body(), headers=AUTH)

    assert response.status_code == 200
    assert response.json() == {"uri": "https://as.example.org/authorize"}


# Chosen failures (Prefer)


@pytest.mark.parametrize(
    ("prefer", "status", "code"), [("code=429", 429, "rate_limited"), ("code=503", 503, "service_unavailable")]
)
async def test_prefer_code_answers_the_documented_error_with_retry_after(
    settings: Settings, clock: FakeClock, prefer: str, status: int, code: str
) -> None:
    async with app_client(create_app(replace(settings, allow_prefer=True), clock=clock)) as client:
        response = await client.post(PATH, json=initialise_body(), headers={**AUTH, "Prefer": prefer})

    assert_error(response, status, code)
    assert response.headers["Retry-After"] == "1"


async def test_prefer_code_for_a_status_the_operation_does_not_document_is_ignored(
    settings: Settings, clock: FakeClock
) -> None:
    async with app_client(create_app(replace(settings, allow_prefer=True), clock=clock)) as client:
        response = await client.post(PATH, json=initialise_body(), headers={**AUTH, "Prefer": "code=418"})

    assert response.status_code == 200


async def test_prefer_delay_waits_before_answering(
    settings: Settings, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    waits: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr("mock_server.api.preferences.asyncio.sleep", fake_sleep)
    async with app_client(create_app(replace(settings, allow_prefer=True), clock=clock)) as client:
        response = await client.post(PATH, json=initialise_body(), headers={**AUTH, "Prefer": "delay=20000"})

    assert response.status_code == 200
    assert waits == [10.0]


async def test_prefer_is_ignored_unless_the_setting_allows_it(client: httpx.AsyncClient) -> None:
    response = await client.post(PATH, json=initialise_body(), headers={**AUTH, "Prefer": "code=503"})

    assert response.status_code == 200


async def test_prefer_cannot_skip_authentication(settings: Settings, clock: FakeClock) -> None:
    async with app_client(create_app(replace(settings, allow_prefer=True), clock=clock)) as client:
        response = await client.post(PATH, json=initialise_body(), headers={"Prefer": "code=503"})

    assert_error(response, 401, "unauthorized")


async def test_prefer_cannot_hide_a_request_off_the_contract(settings: Settings, clock: FakeClock) -> None:
    async with app_client(create_app(replace(settings, allow_prefer=True), clock=clock)) as client:
        response = await client.post(PATH, json={"clientId": "x"}, headers={**AUTH, "Prefer": "code=503"})

    assert_error(response, 400, "invalid_request", "credential")
