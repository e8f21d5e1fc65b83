"""Security over a real socket: every operation of the contract refuses missing, malformed, unknown, expired,
wrongly signed and unsigned credentials, and keys of another organisation; and no secret ever shows in an
answer or in a line the server logs.

The operations come from openapi.yaml, so an operation added to the contract is covered here at once.
"""

import base64
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.support.examples import ORGANISATION_ID
from tests.support.oauth_loop import callback_message, connection_body, connector_path, query_of
from tests.support.operations import Operation, call, secured_operations
from tests.support.seeds import default_seed, seed_file
from tests.support.server import (
    DEV_API_KEY,
    OTHER_API_KEY,
    OTHER_ORGANISATION_ID,
    SEEDED_CLIENT_ID,
    SEEDED_CREDENTIAL_ID,
    LiveServer,
    live_server,
)
from tests.support.token_endpoint import token_endpoint
from tests.support.tokens import AUDIENCE, HS256_SECRET, ISSUER, signed, unsigned

pytestmark = pytest.mark.e2e

JWT_ENV = {
    "VERSORI_MOCK_JWT_ISSUER": ISSUER,
    "VERSORI_MOCK_JWT_AUDIENCE": AUDIENCE,
    "VERSORI_MOCK_JWT_HS256_SECRET": HS256_SECRET,
}
OTHER_CONNECTOR_ID = "01M6CZ0CG4B8S4YD1W1W5R0X7N"
WRONG_SECRET = "not-the-servers-secret-but-32-bytes-long"
LATER = 4_000_000_000
CLAIMS = {"sub": "someone@example.org", "iss": ISSUER, "aud": AUDIENCE, "org_id": ORGANISATION_ID}


OPERATIONS = [pytest.param(operation, id=operation.operation_id) for operation in secured_operations()]


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def basic(user: str, password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


def assert_error(response: httpx.Response, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].split(";")[0] == "application/json"
    assert response.headers.get("x-request-id")
    error = response.json()
    assert error["code"] == code, error
    assert isinstance(error["message"], str), error
    assert error["message"].strip(), error


@pytest.fixture(scope="module")
def server() -> Iterator[LiveServer]:
    with live_server(env={**JWT_ENV, "VERSORI_MOCK_DATABASE": ":memory:"}) as running:
        yield running


def test_the_operations_come_from_the_contract() -> None:
    found = {operation.operation_id for operation in secured_operations()}

    assert found >= {
        "initialise_oauth2_connection",
        "create_connector_connection",
        "list_connector_connections",
        "get_connection",
    }


# --- Who may call -----------------------------------------------------------------------------------------------


def bad_credentials() -> list[Any]:
    return [
        pytest.param({}, id="missing"),
        pytest.param({"Authorization": ""}, id="empty-header"),
        pytest.param(basic(SEEDED_CLIENT_ID, "dev-client-secret-for-local-use-only"), id="basic"),
        pytest.param({"Authorization": "Bearer"}, id="bearer-alone"),
        pytest.param({"Authorization": f"Bearer {DEV_API_KEY} {DEV_API_KEY}"}, id="two-tokens"),
        pytest.param({"Authorization": f"Token {DEV_API_KEY}"}, id="other-scheme"),
        pytest.param(bearer("vk_unknown_0123456789abcdef"), id="unknown-api-key"),
        pytest.param({"Cookie": "cookie=vk_unknown_0123456789abcdef"}, id="unknown-api-key-in-cookie"),
        pytest.param(bearer(signed({**CLAIMS, "exp": 1_000_000_000})), id="expired-jwt"),
        pytest.param(bearer(signed({**CLAIMS, "exp": LATER}, secret=WRONG_SECRET)), id="jwt-wrong-secret"),
        pytest.param(bearer(unsigned({**CLAIMS, "exp": LATER})), id="jwt-alg-none"),
        pytest.param(bearer(signed({**CLAIMS, "exp": LATER, "aud": "another-api"})), id="jwt-other-audience"),
        pytest.param(
            bearer(signed({**CLAIMS, "exp": LATER, "iss": "https://idp.evil.example/"})), id="jwt-other-issuer"
        ),
    ]


@pytest.mark.parametrize("headers", bad_credentials())
@pytest.mark.parametrize("operation", OPERATIONS)
def test_every_operation_refuses_bad_credentials(
    server: LiveServer, operation: Operation, headers: dict[str, str]
) -> None:
    response = call(operation, server.url, headers)

    assert_error(response, 401, "unauthorized")
    assert response.headers["www-authenticate"].startswith("Bearer")


def organisation_a_credentials() -> list[Any]:
    return [
        pytest.param(bearer(DEV_API_KEY), id="api-key"),
        pytest.param({"Cookie": f"cookie={DEV_API_KEY}"}, id="api-key-in-cookie"),
        pytest.param(bearer(signed({**CLAIMS, "exp": LATER})), id="jwt-of-organisation-a"),
    ]


@pytest.mark.parametrize("headers", organisation_a_credentials())
@pytest.mark.parametrize("operation", OPERATIONS)
def test_credentials_of_one_organisation_cannot_act_for_another(
    server: LiveServer, operation: Operation, headers: dict[str, str]
) -> None:
    response = call(
        operation, server.url, headers, organisation_id=OTHER_ORGANISATION_ID, connector_id=OTHER_CONNECTOR_ID
    )

    assert_error(response, 403, "forbidden")


# What each operation answers organisation B's own key for the request above: the contract's examples name
# organisation A's credential and no state or connection of B, so each gets past who calls and stops at what.
PAST_THE_CHECK = {
    "initialise_oauth2_connection": (403, "credential_organisation_mismatch"),
    # The example's grant names organisation A's credential: refused before the state is looked at.
    "create_connector_connection": (403, "credential_organisation_mismatch"),
    "get_connection": (404, "connection_not_found"),
    "update_connection": (404, "connection_not_found"),
    "delete_connection": (404, "connection_not_found"),
    # The example's grant names organisation A's credential.
    "upsert_auth_scheme_config": (403, "credential_organisation_mismatch"),
}
# The operations that read what B owns answer with it: B's connector (its seeded config, no connections).
READS_OF_B: dict[str, Callable[[Any], bool]] = {
    "list_connector_connections": lambda body: body == {"totalCount": 0, "items": []},
    "list_connectors": lambda body: (
        (body["totalCount"], [item["id"] for item in body["connectors"]]) == (1, [OTHER_CONNECTOR_ID])
    ),
    "get_connector": lambda body: (body["id"], body["organisationId"]) == (OTHER_CONNECTOR_ID, OTHER_ORGANISATION_ID),
    "delete_auth_scheme_config": lambda body: body["id"] == OTHER_CONNECTOR_ID and body["authSchemeConfigs"] == [],
}


@pytest.mark.parametrize("operation", OPERATIONS)
def test_the_other_organisations_own_key_gets_past_the_check(server: LiveServer, operation: Operation) -> None:
    """The control of the test above: the same request, sent with B's own key, gets its known answer."""
    response = call(
        operation,
        server.url,
        bearer(OTHER_API_KEY),
        organisation_id=OTHER_ORGANISATION_ID,
        connector_id=OTHER_CONNECTOR_ID,
    )

    if operation.operation_id in READS_OF_B:
        assert response.status_code == 200, response.text
        assert READS_OF_B[operation.operation_id](response.json()), response.text
    else:
        assert operation.operation_id in PAST_THE_CHECK, f"add the known answer of {operation.operation_id}"
        assert_error(response, *PAST_THE_CHECK[operation.operation_id])


# --- Secrets never show -----------------------------------------------------------------------------------------

STUB_CREDENTIAL_ID = "01M6E0STVBPR0V1DER0000000A"
STUB_CLIENT_ID = "stub-provider-client"
STUB_CLIENT_SECRET = "stub-client-secret-that-must-never-show"
STUB_ACCESS_TOKEN = "stub-access-token-that-must-never-show"
STUB_REFRESH_TOKEN = "stub-refresh-token-that-must-never-show"


STUB_TOKENS = {
    "access_token": STUB_ACCESS_TOKEN,
    "refresh_token": STUB_REFRESH_TOKEN,
    "token_type": "Bearer",
    "expires_in": 3600,
    "scope": "profile offline_access",
}


def seed_with_stub(directory: Path, token_url: str) -> Path:
    """The built-in seed plus one credential of organisation A whose token endpoint is the stub."""
    stub_credential = {
        "id": STUB_CREDENTIAL_ID,
        "organisation_id": ORGANISATION_ID,
        "name": "Stub provider client",
        "client_id": STUB_CLIENT_ID,
        "client_secret": STUB_CLIENT_SECRET,
        "token_url": token_url,
    }
    return seed_file(directory, credentials=[stub_credential])


@dataclass
class Traffic:
    """Every Authorization header a client sent and every answer it got, as text."""

    authorizations: list[str]
    answers: list[str]

    def client(self, base_url: str) -> httpx.Client:
        return httpx.Client(
            base_url=base_url, timeout=10, event_hooks={"request": [self._request], "response": [self._response]}
        )

    def _request(self, request: httpx.Request) -> None:
        self.authorizations += request.headers.get_list("authorization")

    def _response(self, response: httpx.Response) -> None:
        response.read()
        headers = "\n".join(f"{name}: {value}" for name, value in response.headers.multi_items())
        self.answers.append(f"{response.status_code} {response.url}\n{headers}\n\n{response.text}")


def initialise_body(
    credential_id: str = SEEDED_CREDENTIAL_ID,
    client_id: str = SEEDED_CLIENT_ID,
    authorize_url: str = "https://as.example.org/authorize",
    **more: Any,
) -> dict[str, Any]:
    credential = {"id": credential_id, "organisationId": ORGANISATION_ID}
    return {"credential": credential, "authorizeUrl": authorize_url, "clientId": client_id, **more}


def run_the_oauth_loop(client: httpx.Client, base_url: str) -> None:
    """The whole loop with the built-in provider, as tests/support/oauth_loop.py runs it, through ``client``."""
    auth = bearer(DEV_API_KEY)
    body = initialise_body(authorize_url=f"{base_url}/mock-provider/authorize", scopes=["profile"])
    initialised = client.post(f"{connector_path()}/oauth2/initialise", json=body, headers=auth)
    provider = client.get(initialised.json()["url"])
    assert provider.status_code == 303, provider.text
    message = callback_message(client.get(provider.headers["location"]).text)
    created = client.post(
        f"{connector_path()}/connections", json=connection_body(message["code"], message["state"]), headers=auth
    )
    assert created.status_code == 200, created.text
    assert client.get(f"{connector_path()}/connections/{created.json()['id']}", headers=auth).status_code == 200
    assert client.get(f"{connector_path()}/connections", headers=auth).status_code == 200


def connect_through_the_stub(client: httpx.Client) -> None:
    """A connection whose code the server exchanges at the stub, so that the tokens it stores are known."""
    auth = bearer(DEV_API_KEY)
    body = initialise_body(STUB_CREDENTIAL_ID, STUB_CLIENT_ID)
    state = query_of(client.post(f"{connector_path()}/oauth2/initialise", json=body, headers=auth).json()["url"])
    connection = connection_body("stub-code", state["state"], name="Through the stub")
    grant = connection["credentials"]["action"][0]["authSchemeConfig"]["grant"]
    grant.update(credentialId=STUB_CREDENTIAL_ID, clientId=STUB_CLIENT_ID)
    created = client.post(f"{connector_path()}/connections", json=connection, headers=auth)
    assert created.status_code == 200, created.text
    assert client.get(f"{connector_path()}/connections/{created.json()['id']}", headers=auth).status_code == 200


def send_failing_requests(client: httpx.Client, jwts: list[str]) -> None:
    """Requests refused for their credentials or their content, each carrying a secret somewhere."""
    path = f"{connector_path()}/oauth2/initialise"
    refused = [
        bearer("vk_unknown_0123456789abcdef"),
        bearer(DEV_API_KEY + "x"),
        basic(SEEDED_CLIENT_ID, "dev-client-secret-for-local-use-only"),
        {"Cookie": f"cookie={OTHER_API_KEY}"},
        *(bearer(token) for token in jwts),
    ]
    for headers in refused:
        response = client.post(path, json=initialise_body(), headers=headers)
        assert response.status_code in (200, 401, 403), response.text
    other = f"/o/{OTHER_ORGANISATION_ID}/connectors/{OTHER_CONNECTOR_ID}/connections"
    assert client.get(other, headers=bearer(DEV_API_KEY)).status_code == 403
    # A client secret put where it does not belong is refused by its name, its value not repeated.
    misplaced = initialise_body(additionalParams="client_secret=dev-client-secret-for-local-use-only")
    assert client.post(path, json=misplaced, headers=bearer(DEV_API_KEY)).status_code == 400
    # A code the provider refuses: the server sent the client secret to the provider, and says only that it failed.
    state = query_of(client.post(path, json=initialise_body(), headers=bearer(DEV_API_KEY)).json()["url"])["state"]
    failed = client.post(
        f"{connector_path()}/connections",
        json=connection_body("bogus-code", state, "Bogus code"),
        headers=bearer(DEV_API_KEY),
    )
    assert failed.json()["code"] == "code_exchange_failed", failed.text


def after_the_banner(lines: list[str]) -> list[str]:
    """The server's output after its start-up banner (which ends with the ``contract:`` line)."""
    end = next(index for index, line in enumerate(lines) if line.startswith("contract: "))
    return lines[end + 1 :]


def test_no_secret_shows_in_any_answer_or_log_line(tmp_path: Path) -> None:
    jwts = [
        signed({**CLAIMS, "exp": LATER}),
        signed({**CLAIMS, "exp": 1_000_000_000}),
        signed({**CLAIMS, "exp": LATER}, secret=WRONG_SECRET),
        unsigned({**CLAIMS, "exp": LATER}),
    ]
    env = {
        **JWT_ENV,
        "VERSORI_MOCK_DATABASE": ":memory:",
        "VERSORI_MOCK_AUTO_APPROVE": "true",
        "PYTHONUNBUFFERED": "1",
    }
    output: list[str] = []
    traffic = Traffic([], [])
    with token_endpoint(200, STUB_TOKENS) as stub:
        seed = seed_with_stub(tmp_path, stub.url)
        with (
            live_server("--log-level", "debug", "--seed", seed, env=env, output=output) as server,
            traffic.client(server.url) as client,
        ):
            run_the_oauth_loop(client, server.url)
            connect_through_the_stub(client)
            send_failing_requests(client, jwts)
    # The server did send the stub's client secret, so the stub's tokens did reach it.
    assert stub.authorizations == [basic(STUB_CLIENT_ID, STUB_CLIENT_SECRET)["Authorization"]]

    seed_data = default_seed()
    secrets = {
        **{f"client secret of {c['client_id']}": c["client_secret"] for c in seed_data["credentials"]},
        **{f"API key {key['name']}": key["key"] for key in seed_data["api_keys"]},
        "stub client secret": STUB_CLIENT_SECRET,
        "JWT secret": HS256_SECRET,
        **{f"JWT #{index}": token for index, token in enumerate(jwts)},
        "access token": STUB_ACCESS_TOKEN,
        "refresh token": STUB_REFRESH_TOKEN,
        **{f"Authorization header #{i}": value for i, value in enumerate(traffic.authorizations + stub.authorizations)},
        **{f"Basic credentials #{i}": value.split(" ", 1)[1] for i, value in enumerate(stub.authorizations)},
    }
    # The start-up banner prints the dev API key on purpose: the README shows it, so that a new user can copy
    # it into a first call. Those lines (up to and including `contract:`) are left out of the log check, and
    # only those: every line after them is checked.
    banner = output[: len(output) - len(after_the_banner(output))]
    assert any(DEV_API_KEY in line for line in banner)
    logged = after_the_banner(output)
    assert any('"POST /o/' in line for line in logged), "the server's access log was not captured"
    assert len(traffic.answers) > 15

    leaks = [
        f"{name} in {where}"
        for name, secret in secrets.items()
        for where, texts in (("an answer", traffic.answers), ("the log", logged))
        if any(secret in text for text in texts)
    ]
    assert leaks == []
