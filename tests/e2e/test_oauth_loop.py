"""The whole OAuth 2.0 loop over a real socket: initialise, the provider's redirect, the callback, the
connection; and every way it must be refused with nothing exchanged and nothing stored."""

import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from mock_server.settings import DEFAULT_CORS_ORIGINS
from tests.support.oauth_loop import (
    AUTH,
    SECOND_CONNECTOR_ID,
    callback_message,
    callback_page,
    connection_count,
    connector_path,
    create_connection,
    follow_to_callback,
    initialise,
    query_of,
)
from tests.support.server import SEEDED_CLIENT_ID, LiveServer, live_server

pytestmark = pytest.mark.e2e

AUTO_APPROVE = {"VERSORI_MOCK_AUTO_APPROVE": "true", "VERSORI_MOCK_DATABASE": ":memory:"}


@pytest.fixture
def server() -> Iterator[LiveServer]:
    with live_server(env=AUTO_APPROVE) as running:
        yield running


def test_the_loop_creates_a_connection_without_its_tokens(server: LiveServer) -> None:
    redirect = follow_to_callback(initialise(server.url))

    response = create_connection(server.url, redirect.message["code"], redirect.message["state"])

    assert response.status_code == 200, response.text
    connection = response.json()
    credential = connection["credentials"]["action"][0]["credential"]
    assert credential["type"] == "oauth2-token"
    assert credential["data"]["scopes"] == ["profile", "offline_access"]
    assert credential["data"]["accessToken"] == "[redacted]"
    for secret_field in ("refreshToken", "access_token", "refresh_token", "clientSecret"):
        assert secret_field not in response.text
    fetched = httpx.get(f"{server.url}{connector_path()}/connections/{connection['id']}", headers=AUTH)
    assert fetched.json() == connection
    assert connection_count(server.url) == 1


def test_a_replayed_state_is_refused_and_stores_nothing_more(server: LiveServer) -> None:
    redirect = follow_to_callback(initialise(server.url))
    code, state = redirect.message["code"], redirect.message["state"]
    assert create_connection(server.url, code, state).status_code == 200

    again = create_connection(server.url, code, state, name="Second try")

    assert again.status_code == 400
    assert again.json()["code"] == "invalid_state"
    assert connection_count(server.url) == 1


def test_a_second_redirect_with_the_same_state_is_refused(server: LiveServer) -> None:
    redirect = follow_to_callback(initialise(server.url))

    second = callback_message(httpx.get(redirect.callback_url).text)

    assert second["error"] == "invalid_state"
    assert "code" not in second


def test_a_state_made_for_another_connector_is_refused_and_stays_usable(server: LiveServer) -> None:
    redirect = follow_to_callback(initialise(server.url))
    code, state = redirect.message["code"], redirect.message["state"]

    elsewhere = create_connection(server.url, code, state, connector_id=SECOND_CONNECTOR_ID)

    assert elsewhere.status_code == 400
    assert elsewhere.json()["code"] == "invalid_state"
    assert connection_count(server.url, SECOND_CONNECTOR_ID) == 1  # the seed's connection in use, nothing more
    assert create_connection(server.url, code, state).status_code == 200


def test_an_unknown_or_tampered_state_is_refused(server: LiveServer) -> None:
    redirect = follow_to_callback(initialise(server.url))
    tampered = redirect.message["state"][:-1] + ("A" if redirect.message["state"][-1] != "A" else "B")

    response = create_connection(server.url, redirect.message["code"], tampered)

    assert response.status_code == 400
    assert response.json()["code"] == "invalid_state"
    assert connection_count(server.url) == 0


def test_a_denied_request_ends_the_state(server: LiveServer) -> None:
    authorize_url = initialise(server.url)
    state = query_of(authorize_url)["state"]
    # The provider's answer to "Deny", sent straight to the callback.
    denied = httpx.get(f"{server.url}/oauth2/callback", params={"error": "access_denied", "state": state})

    assert callback_message(denied.text)["error"] == "access_denied"
    refused = create_connection(server.url, "any-code", state)
    assert refused.json()["code"] == "invalid_state"
    assert connection_count(server.url) == 0


def test_the_callback_escapes_what_it_shows(server: LiveServer) -> None:
    hostile = "</script><script>alert(1)</script>"
    page = httpx.get(f"{server.url}/oauth2/callback", params={"error": hostile, "error_description": hostile})

    assert "<script>alert(1)" not in page.text
    assert callback_message(page.text)["error"] == hostile
    assert "'nonce-" in page.headers["Content-Security-Policy"]


def test_the_callback_answers_its_own_origin_and_the_default_cors_origins_only(server: LiveServer) -> None:
    page = httpx.get(f"{server.url}/oauth2/callback", params={"error": "access_denied"}).text

    assert callback_page(page)["origins"] == [server.url, *DEFAULT_CORS_ORIGINS]
    assert 'event.source.postMessage({type: "response", payload: {search: callback.search}}, event.origin)' in page


def test_the_callback_answers_with_its_own_query_then_with_an_error_of_its_own(server: LiveServer) -> None:
    callback_url = httpx.get(initialise(server.url)).headers["location"]
    state = query_of(callback_url)["state"]

    first = callback_page(httpx.get(callback_url).text)
    again = callback_page(httpx.get(callback_url).text)

    assert (first["state"], first["search"]) == (state, f"?{urlsplit(callback_url).query}")
    assert (again["state"], again["search"]) == (
        state,
        "?error=invalid_state&error_description=This+state+is+unknown%2C+expired+or+was+already+used%3B+start+again."
        f"&state={state}",
    )


def test_a_return_without_a_code_is_answered_with_an_error_and_ends_the_state(server: LiveServer) -> None:
    state = query_of(initialise(server.url))["state"]

    page = callback_page(httpx.get(f"{server.url}/oauth2/callback", params={"state": state}).text)

    assert page["search"] == f"?error=invalid_request&error_description=The+provider+sent+no+code.&state={state}"
    assert create_connection(server.url, "any-code", state).json()["code"] == "invalid_state"


def test_an_expired_state_is_refused_and_nothing_is_exchanged() -> None:
    # Without PKCE the test can redeem the code itself, as the server would have: with the seeded client's
    # secret and the server's callback as redirect_uri.
    env = {**AUTO_APPROVE, "VERSORI_MOCK_STATE_TTL_SECONDS": "1", "VERSORI_MOCK_PKCE": "false"}
    with live_server(env=env) as server:
        redirect = follow_to_callback(initialise(server.url))
        time.sleep(1.5)

        response = create_connection(server.url, redirect.message["code"], redirect.message["state"])

        assert response.status_code == 400
        assert response.json()["code"] == "invalid_state"
        assert connection_count(server.url) == 0
        # A code works once: had the server exchanged it, the provider would now answer invalid_grant.
        token = httpx.post(
            f"{server.url}/mock-provider/token",
            data={
                "grant_type": "authorization_code",
                "code": redirect.message["code"],
                "redirect_uri": f"{server.url}/oauth2/callback",
            },
            auth=(SEEDED_CLIENT_ID, "dev-client-secret-for-local-use-only"),
        )
        assert token.status_code == 200, token.text
        assert token.json()["token_type"] == "Bearer"


def test_restarting_the_server_keeps_the_connections(tmp_path: Path) -> None:
    env = {**AUTO_APPROVE, "VERSORI_MOCK_DATABASE": str(tmp_path / "connections.sqlite3")}
    with live_server(env=env) as server:
        redirect = follow_to_callback(initialise(server.url))
        created = create_connection(server.url, redirect.message["code"], redirect.message["state"]).json()

    with live_server(env=env) as restarted:
        fetched = httpx.get(f"{restarted.url}{connector_path()}/connections/{created['id']}", headers=AUTH)

    assert fetched.status_code == 200
    assert fetched.json() == created


def test_the_access_log_keeps_codes_and_states_out() -> None:
    output: list[str] = []
    with live_server(env=AUTO_APPROVE, output=output) as server:
        redirect = follow_to_callback(initialise(server.url))
        code, state = redirect.message["code"], redirect.message["state"]
        assert create_connection(server.url, code, state).status_code == 200
        deadline = time.monotonic() + 5
        while not any("/oauth2/callback" in line for line in output) and time.monotonic() < deadline:
            time.sleep(0.05)

    callback_lines = [line for line in output if "/oauth2/callback" in line]
    assert callback_lines
    assert all("code=[redacted]" in line and "state=[redacted]" in line for line in callback_lines)
    assert not any(code in line or state in line for line in output)
