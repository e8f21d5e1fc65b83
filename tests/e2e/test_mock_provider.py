"""The built-in mock OAuth 2.0 provider, over a real socket: as strict as a real provider."""

from collections.abc import Iterator
from urllib.parse import urlencode

import httpx
import pytest

from tests.support.oauth_loop import (
    connection_count,
    create_connection,
    follow_to_callback,
    initialise,
    query_of,
)
from tests.support.server import SEEDED_CLIENT_ID, LiveServer, live_server

pytestmark = pytest.mark.e2e

SECRET = "dev-client-secret-for-local-use-only"
BASE_ENV = {"VERSORI_MOCK_DATABASE": ":memory:", "VERSORI_MOCK_AUTO_APPROVE": "true"}


@pytest.fixture(scope="module")
def without_pkce() -> Iterator[LiveServer]:
    """Initialise adds no PKCE here, so the test can exchange codes itself."""
    with live_server(env={**BASE_ENV, "VERSORI_MOCK_PKCE": "false"}) as server:
        yield server


@pytest.fixture(scope="module")
def with_pkce() -> Iterator[LiveServer]:
    with live_server(env=BASE_ENV) as server:
        yield server


def fresh_code(server: LiveServer) -> str:
    code: str = follow_to_callback(initialise(server.url)).message["code"]
    return code


def token(
    server: LiveServer, form: dict[str, str], auth: tuple[str, str] | None = (SEEDED_CLIENT_ID, SECRET)
) -> httpx.Response:
    return httpx.post(f"{server.url}/mock-provider/token", data=form, auth=auth)


def code_grant(server: LiveServer, code: str) -> dict[str, str]:
    return {"grant_type": "authorization_code", "code": code, "redirect_uri": f"{server.url}/oauth2/callback"}


def test_a_code_is_exchanged_once_and_refused_the_second_time(without_pkce: LiveServer) -> None:
    code = fresh_code(without_pkce)

    first = token(without_pkce, code_grant(without_pkce, code))
    second = token(without_pkce, code_grant(without_pkce, code))

    assert first.status_code == 200
    assert {"access_token", "refresh_token", "token_type", "expires_in"} <= set(first.json())
    assert first.headers["Cache-Control"] == "no-store"
    assert second.status_code == 400
    assert second.json()["error"] == "invalid_grant"


def test_client_authentication_in_the_form_works(without_pkce: LiveServer) -> None:
    form = {
        **code_grant(without_pkce, fresh_code(without_pkce)),
        "client_id": SEEDED_CLIENT_ID,
        "client_secret": SECRET,
    }

    assert token(without_pkce, form, auth=None).status_code == 200


def test_two_client_authentication_methods_at_once_are_refused(without_pkce: LiveServer) -> None:
    form = {
        **code_grant(without_pkce, fresh_code(without_pkce)),
        "client_id": SEEDED_CLIENT_ID,
        "client_secret": SECRET,
    }

    response = token(without_pkce, form)

    assert response.status_code == 400
    assert response.json()["error"] == "invalid_request"


def test_a_wrong_client_secret_is_401_invalid_client(without_pkce: LiveServer) -> None:
    response = token(without_pkce, code_grant(without_pkce, fresh_code(without_pkce)), auth=(SEEDED_CLIENT_ID, "nope"))

    assert response.status_code == 401
    assert response.json()["error"] == "invalid_client"
    assert response.headers["WWW-Authenticate"].startswith("Basic")


def test_a_redirect_uri_other_than_the_authorized_one_is_refused(without_pkce: LiveServer) -> None:
    form = {**code_grant(without_pkce, fresh_code(without_pkce)), "redirect_uri": "http://127.0.0.1:1/elsewhere"}

    assert token(without_pkce, form).json()["error"] == "invalid_grant"


def test_the_refresh_token_grant_rotates_the_refresh_token(without_pkce: LiveServer) -> None:
    tokens = token(without_pkce, code_grant(without_pkce, fresh_code(without_pkce))).json()
    refresh = {"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]}

    renewed = token(without_pkce, refresh)
    reused = token(without_pkce, refresh)

    assert renewed.status_code == 200
    assert renewed.json()["access_token"] != tokens["access_token"]
    assert reused.json()["error"] == "invalid_grant"


def test_an_unsupported_grant_type_is_refused(without_pkce: LiveServer) -> None:
    assert token(without_pkce, {"grant_type": "password"}).json()["error"] == "unsupported_grant_type"


def test_a_wrong_pkce_verifier_is_refused_and_nothing_is_exchanged_or_stored(with_pkce: LiveServer) -> None:
    redirect = follow_to_callback(initialise(with_pkce.url))
    before = connection_count(with_pkce.url)
    wrong = {**code_grant(with_pkce, redirect.message["code"]), "code_verifier": "w" * 43}

    refused = token(with_pkce, wrong)
    afterwards = create_connection(with_pkce.url, redirect.message["code"], redirect.message["state"])

    assert refused.status_code == 400
    assert refused.json()["error"] == "invalid_grant"
    assert "access_token" not in refused.text
    assert afterwards.status_code == 400
    assert afterwards.json()["code"] == "code_exchange_failed"
    assert connection_count(with_pkce.url) == before


def test_a_code_issued_with_pkce_needs_the_verifier(with_pkce: LiveServer) -> None:
    code = fresh_code(with_pkce)

    assert token(with_pkce, code_grant(with_pkce, code)).json()["error"] == "invalid_grant"


def test_an_unknown_client_is_shown_an_error_not_redirected(without_pkce: LiveServer) -> None:
    authorize_url = initialise(without_pkce.url).replace(f"client_id={SEEDED_CLIENT_ID}", "client_id=stranger")

    response = httpx.get(authorize_url)

    assert response.status_code == 400
    assert "Unknown client_id" in response.text


def test_an_unregistered_redirect_uri_is_shown_an_error_not_redirected(without_pkce: LiveServer) -> None:
    query = query_of(initialise(without_pkce.url))
    query["redirect_uri"] = "https://attacker.example/callback"

    response = httpx.get(f"{without_pkce.url}/mock-provider/authorize?{urlencode(query)}")

    assert response.status_code == 400
    assert "location" not in response.headers


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"response_type": "token"}, "unsupported_response_type"),
        ({"code_challenge": "c" * 43, "code_challenge_method": "plain"}, "invalid_request"),
    ],
)
def test_a_bad_request_is_redirected_back_with_its_error(
    without_pkce: LiveServer, change: dict[str, str], error: str
) -> None:
    query = {**query_of(initialise(without_pkce.url)), **change}

    response = httpx.get(f"{without_pkce.url}/mock-provider/authorize?{urlencode(query)}")

    assert response.status_code == 303
    assert query_of(response.headers["location"])["error"] == error


def test_without_auto_approve_the_person_chooses() -> None:
    with live_server(env={"VERSORI_MOCK_DATABASE": ":memory:"}) as server:
        authorize_url = initialise(server.url)
        consent = httpx.get(authorize_url)
        denied = httpx.post(
            f"{server.url}/mock-provider/authorize",
            data={**query_of(authorize_url), "decision": "deny"},
        )

    assert consent.status_code == 200
    assert "Approve" in consent.text
    assert "Deny" in consent.text
    assert denied.status_code == 303
    assert query_of(denied.headers["location"])["error"] == "access_denied"
