"""The Platform API's OAuth 1.0a loop over real sockets, against the built-in OAuth 1.0a provider on one server:
initialise, the consent page or the admin API, the callback, and the create that exchanges the verifier; denial,
replay, a tampered verifier and a provider that fails; the provider's own refusals (RFC 5849 section 3.2); the
consumer secret kept in a credential; and the server's signature checked by oauthlib's server side."""

import copy
import http.server
import threading
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import httpx
import pytest
from oauthlib.oauth1 import Client, RequestValidator, SignatureOnlyEndpoint

from tests.support.examples import ORGANISATION_ID
from tests.support.oauth_loop import AUTH, callback_message, query_of
from tests.support.platform_server import (
    BASE,
    OAUTH1_CONSUMER_KEY,
    OAUTH1_CONSUMER_SECRET,
    OAUTH1_CREDENTIAL_ID,
    OAUTH1_SYSTEM_ID,
    OAUTH1_TEMPLATE_ID,
    approve_by_admin,
    code_connection,
    oauth1_connection,
    oauth1_initialise,
    platform_initialise,
    sign_in_connection,
    signed_initiate,
)
from tests.support.server import LiveServer, live_server

pytestmark = pytest.mark.e2e

STATE_FIELD = "connection.credentials[0].credential.data.oauth1.state"


@pytest.fixture(scope="module")
def server() -> Iterator[LiveServer]:
    with live_server("--validate-responses", env={"VERSORI_MOCK_DATABASE": ":memory:"}) as running:
        yield running


def create(server: LiveServer, body: dict[str, Any]) -> httpx.Response:
    return httpx.post(f"{server.url}{BASE}/connections", json=body, headers=AUTH)


def errors_of(response: httpx.Response) -> tuple[int, str, list[str]]:
    body = response.json()
    return response.status_code, body["code"], [item["field"] for item in body.get("fields", [])]


def admin(server: LiveServer, decision: str, authorize_url: str) -> dict[str, Any]:
    response = httpx.post(f"{server.url}/__admin/{decision}", json={"authorize_url": authorize_url})
    assert response.status_code == 200, response.text
    answer: dict[str, Any] = response.json()
    return answer


def approved(server: LiveServer) -> dict[str, str]:
    """A sign-in on the seed's system approved through the admin API: the callback's query."""
    return dict(parse_qsl(urlsplit(admin(server, "approve", oauth1_initialise(server.url))["redirect_url"]).query))


def test_the_banner_names_the_oauth1_system_and_its_consumer_credential(server: LiveServer) -> None:
    assert (server.banner["oauth1_system_id"], server.banner["oauth1_credential_id"]) == (
        OAUTH1_SYSTEM_ID,
        OAUTH1_CREDENTIAL_ID,
    )


def test_the_loop_through_the_consent_page_and_the_callback_makes_an_oauth1_token_connection(
    server: LiveServer,
) -> None:
    authorize_url = oauth1_initialise(server.url)
    assert authorize_url.startswith(f"{server.url}/mock-provider/oauth1/authorize?oauth_token=")
    page = httpx.get(authorize_url)
    assert page.status_code == 200
    assert OAUTH1_CONSUMER_KEY in page.text
    decided = httpx.post(
        authorize_url.split("?")[0], data={**query_of(authorize_url), "decision": "approve"}, follow_redirects=False
    )
    assert decided.status_code == 303
    message = callback_message(httpx.get(decided.headers["location"]).text)
    assert set(message) == {"state", "oauth_token", "oauth_verifier"}
    assert message["oauth_token"] == query_of(authorize_url)["oauth_token"]

    created = create(server, oauth1_connection(server.url, message, "OAuth 1.0a loop"))

    assert created.status_code == 201, created.text
    connection = created.json()
    credential = connection["credentials"][0]["credential"]
    assert credential["type"] == "oauth1-token"
    token = credential["data"]["oauth1Token"]
    assert token["tokenSecret"] == "[redacted]"
    assert len(token["token"]) == 30
    assert token["token"] != message["oauth_token"]
    assert connection["credentials"][0]["authSchemeConfig"]["oauth1"]["consumerSecret"] == "[redacted]"
    assert (connection["systemId"], connection["connectionTemplateId"]) == (OAUTH1_SYSTEM_ID, OAUTH1_TEMPLATE_ID)
    replayed = create(server, oauth1_connection(server.url, message, "OAuth 1.0a again"))
    assert errors_of(replayed) == (400, "invalid_state", [STATE_FIELD])


def test_deny_reaches_the_callback_as_access_denied_and_ends_the_state(server: LiveServer) -> None:
    authorize_url = oauth1_initialise(server.url)

    denied = admin(server, "deny", authorize_url)
    message = callback_message(httpx.get(denied["redirect_url"]).text)
    state = dict(parse_qsl(urlsplit(denied["redirect_url"]).query))["state"]
    again = httpx.post(f"{server.url}/__admin/approve", json={"authorize_url": authorize_url})

    assert (denied["error"], denied["oauth_verifier"], message["error"]) == ("access_denied", None, "access_denied")
    assert again.status_code == 400
    ended = create(
        server,
        oauth1_connection(
            server.url,
            {"state": state, "oauth_token": query_of(authorize_url)["oauth_token"], "oauth_verifier": "v"},
            "Denied",
        ),
    )
    assert errors_of(ended) == (400, "invalid_state", [STATE_FIELD])


def test_a_tampered_verifier_is_refused_by_the_provider_and_uses_the_state_up(server: LiveServer) -> None:
    redirect = approved(server)
    tampered = {
        **redirect,
        "oauth_verifier": redirect["oauth_verifier"][:-1] + ("A" if redirect["oauth_verifier"][-1] != "A" else "B"),
    }

    refused = create(server, oauth1_connection(server.url, tampered, "Tampered"))
    after = create(server, oauth1_connection(server.url, redirect, "After the tampered one"))

    assert errors_of(refused) == (400, "code_exchange_failed", [])
    assert errors_of(after) == (400, "invalid_state", [STATE_FIELD])


def test_another_token_than_the_states_is_invalid_state(server: LiveServer) -> None:
    redirect, other = approved(server), approved(server)

    mixed = create(server, oauth1_connection(server.url, {**redirect, "oauth_token": other["oauth_token"]}, "Mixed"))

    assert errors_of(mixed) == (400, "invalid_state", ["connection.credentials[0].credential.data.oauth1.oauthToken"])


def test_a_token_endpoint_that_fails_is_502_provider_unavailable(server: LiveServer) -> None:
    redirect = approved(server)
    planned = httpx.post(f"{server.url}/__admin/token-endpoint/fail", json={"status": 503, "times": 1})
    assert planned.status_code == 200, planned.text

    failed = create(server, oauth1_connection(server.url, redirect, "Provider down"))

    assert errors_of(failed) == (502, "provider_unavailable", [])


def test_a_token_auth_config_takes_an_oauth1_token_directly_and_never_shows_its_secret(server: LiveServer) -> None:
    config = {
        "type": "oauth1",
        "oauth1": {
            "id": "token-auth",
            "description": "Token-based authentication",
            "tokenAuth": True,
            "consumerKey": OAUTH1_CONSUMER_KEY,
            "consumerSecret": "[redacted]",
            "credentialId": OAUTH1_CREDENTIAL_ID,
            "signatureMethod": "sha256",
        },
    }
    token = {"type": "oauth1-token", "data": {"oauth1Token": {"token": "tok-1", "tokenSecret": "secret-1"}}}

    created = create(server, sign_in_connection(OAUTH1_TEMPLATE_ID, config, "Token auth", token))

    assert created.status_code == 201, created.text
    assert created.json()["credentials"][0]["credential"]["data"] == {
        "oauth1Token": {"token": "tok-1", "tokenSecret": "[redacted]"}
    }


# The consumer secret, kept in a credential


def _system(oauth1: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": "OAuth 1.0a app",
        "domain": "example.org",
        "templateBaseUrl": "https://example.org/api",
        "authSchemeConfigs": [{"type": "oauth1", "oauth1": oauth1}],
    }


def test_a_consumer_secret_becomes_a_credential_and_redacted_sent_back_keeps_it(server: LiveServer) -> None:
    oauth1 = {
        "id": "c1",
        "description": "Consumer",
        "consumerKey": "key-1",
        "consumerSecret": "s3cret",
        "signatureMethod": "sha1",
    }
    made = httpx.post(f"{server.url}{BASE}/systems", json=_system(oauth1), headers=AUTH)
    assert made.status_code == 201, made.text
    answered = made.json()["authSchemeConfigs"][0]["oauth1"]
    assert answered["consumerSecret"] == "[redacted]"
    system_id, credential_id = made.json()["id"], answered["credentialId"]

    kept = httpx.put(
        f"{server.url}{BASE}/systems/{system_id}/auth-scheme-configs/c1",
        json={"type": "oauth1", "oauth1": answered},
        headers=AUTH,
    )
    unnamed = httpx.post(
        f"{server.url}{BASE}/systems", json=_system({**oauth1, "consumerSecret": "[redacted]"}), headers=AUTH
    )

    assert kept.status_code == 201, kept.text
    assert kept.json()["oauth1"]["credentialId"] == credential_id
    assert errors_of(unnamed) == (400, "invalid_request", ["authSchemeConfigs[0].oauth1.consumerSecret"])


def test_a_system_may_keep_any_signature_method_but_initialise_refuses_one_it_cannot_sign_with(
    server: LiveServer,
) -> None:
    oauth1 = {
        "id": "c3",
        "description": "Plain text",
        "consumerKey": "key-3",
        "consumerSecret": "s3cret",
        "signatureMethod": "PLAINTEXT",
        "tempCredentialEndpoint": {"url": "https://provider.example/initiate"},
        "resourceOwnerAuthorizationEndpoint": {"url": "https://provider.example/authorize"},
        "tokenEndpoint": {"url": "https://provider.example/token"},
    }
    made = httpx.post(f"{server.url}{BASE}/systems", json=_system(oauth1), headers=AUTH)
    assert made.status_code == 201, made.text
    system_id, credential_id = made.json()["id"], made.json()["authSchemeConfigs"][0]["oauth1"]["credentialId"]

    refused = httpx.post(
        f"{server.url}{BASE}/systems/{system_id}/oauth1/initialise",
        json={"credential": {"id": credential_id, "organisationId": ORGANISATION_ID}},
        headers=AUTH,
    )

    assert made.json()["authSchemeConfigs"][0]["oauth1"]["signatureMethod"] == "PLAINTEXT"
    assert errors_of(refused) == (400, "invalid_request", ["credential.id"])
    assert "signs with sha1 or sha256 only" in refused.json()["message"]


class _TemporaryCredentialEndpoint:
    """A provider's temporary-credential endpoint on loopback that checks each request with oauthlib's server side
    (``SignatureOnlyEndpoint``) and keeps what it found."""

    def __init__(self, consumer_key: str, consumer_secret: str) -> None:
        checked: list[tuple[bool, dict[str, str]]] = []
        self.checked = checked

        class Validator(RequestValidator):
            enforce_ssl = False

            def check_client_key(self, client_key: str) -> bool:
                return True

            def validate_client_key(self, client_key: str, request: Any) -> bool:
                return client_key == consumer_key

            def get_client_secret(self, client_key: str, request: Any) -> str:
                return consumer_secret

            def validate_timestamp_and_nonce(self, *args: Any, **kwargs: Any) -> bool:
                return True

        endpoint = SignatureOnlyEndpoint(Validator())

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                url = f"http://{self.headers['Host']}{self.path}"
                valid, request = endpoint.validate_request(url, "POST", None, dict(self.headers))
                checked.append((valid, dict(request.oauth_params)))
                body = urlencode(
                    {"oauth_token": "t-1", "oauth_token_secret": "ts-1", "oauth_callback_confirmed": "true"}
                )
                self.send_response(200 if valid else 401)
                self.send_header("Content-Type", "application/x-www-form-urlencoded")
                self.end_headers()
                self.wfile.write(body.encode())

            def log_message(self, format: str, *args: Any) -> None:
                return

        self._server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/initiate"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.mark.parametrize(("method", "name"), [("sha1", "HMAC-SHA1"), ("sha256", "HMAC-SHA256")])
def test_initialise_signs_the_temporary_credential_request_as_oauthlibs_server_side_verifies(
    server: LiveServer, method: str, name: str
) -> None:
    endpoint = _TemporaryCredentialEndpoint("key-2", "consumer-secret-2")
    try:
        oauth1 = {
            "id": "c2",
            "description": "Checked",
            "consumerKey": "key-2",
            "consumerSecret": "consumer-secret-2",
            "signatureMethod": method,
            "tempCredentialEndpoint": {"url": endpoint.url},
            "resourceOwnerAuthorizationEndpoint": {"url": "https://provider.example/authorize"},
            "tokenEndpoint": {"url": "https://provider.example/token"},
        }
        made = httpx.post(f"{server.url}{BASE}/systems", json=_system(oauth1), headers=AUTH)
        assert made.status_code == 201, made.text
        credential_id = made.json()["authSchemeConfigs"][0]["oauth1"]["credentialId"]

        url = oauth1_initialise(server.url, made.json()["id"], credential_id)
    finally:
        endpoint.close()

    [(valid, params)] = endpoint.checked
    assert valid is True
    assert (params["oauth_signature_method"], params["oauth_consumer_key"]) == (name, "key-2")
    assert query_of(params["oauth_callback"]).keys() == {"state"}
    assert url == "https://provider.example/authorize?oauth_token=t-1"


# The provider's own refusals (RFC 5849 section 3.2)


def _signed(server: LiveServer, **overrides: Any) -> httpx.Response:
    uri, headers = signed_initiate(server.url, **overrides)
    return httpx.post(uri, headers=headers)


def test_the_provider_refuses_a_bad_signature_an_unknown_consumer_and_a_reused_nonce_with_401(
    server: LiveServer,
) -> None:
    # One timestamp for both: a nonce is single-use for its timestamp (RFC 5849 section 3.3), so a second that
    # ticks between the two requests would make the second a request of its own.
    timestamp = str(int(time.time()))
    good = _signed(server, signature_method="HMAC-SHA1", nonce="n" * 24, timestamp=timestamp)
    reused = _signed(server, signature_method="HMAC-SHA1", nonce="n" * 24, timestamp=timestamp)
    bad_signature = _signed(server, client_secret="not-the-secret")
    unknown = _signed(server, client_key="nobody")

    assert good.status_code == 200, good.text
    assert dict(parse_qsl(good.text))["oauth_callback_confirmed"] == "true"
    assert [response.status_code for response in (reused, bad_signature, unknown)] == [401, 401, 401]
    assert reused.headers["www-authenticate"] == 'OAuth realm="mock-provider"'


def test_the_provider_refuses_a_stale_timestamp_an_unsupported_method_and_a_foreign_callback_as_section_3_2_says(
    server: LiveServer,
) -> None:
    stale = _signed(server, timestamp=str(int(time.time()) - 3600))
    plaintext = _signed(server, signature_method="PLAINTEXT")
    foreign = _signed(server, callback_uri="https://elsewhere.example/callback")

    assert (stale.status_code, dict(parse_qsl(stale.text))["error"]) == (400, "invalid_request")
    assert (plaintext.status_code, dict(parse_qsl(plaintext.text))["error"]) == (400, "invalid_signature_method")
    assert foreign.status_code == 401


def test_the_token_endpoint_exchanges_a_verifier_once(server: LiveServer) -> None:
    uri, headers, _ = Client(
        OAUTH1_CONSUMER_KEY, client_secret=OAUTH1_CONSUMER_SECRET, callback_uri=f"{server.url}/oauth2/callback?state=s"
    ).sign(f"{server.url}/mock-provider/oauth1/initiate", "POST")
    temporary = dict(parse_qsl(httpx.post(uri, headers=headers).text))
    authorize_url = f"{server.url}/mock-provider/oauth1/authorize?oauth_token={temporary['oauth_token']}"
    verifier = admin(server, "approve", authorize_url)["oauth_verifier"]

    def exchange() -> httpx.Response:
        client = Client(
            OAUTH1_CONSUMER_KEY,
            client_secret=OAUTH1_CONSUMER_SECRET,
            resource_owner_key=temporary["oauth_token"],
            resource_owner_secret=temporary["oauth_token_secret"],
            verifier=verifier,
        )
        uri, headers, _ = client.sign(f"{server.url}/mock-provider/oauth1/token", "POST")
        return httpx.post(uri, headers=headers)

    first, second = exchange(), exchange()

    assert first.status_code == 200, first.text
    assert dict(parse_qsl(first.text)).keys() >= {"oauth_token", "oauth_token_secret"}
    assert second.status_code == 401


# One sign-in per connection


def _code_sign_in(server: LiveServer, name: str) -> dict[str, Any]:
    """A create body on the built-in provider's OAuth 2.0 template from a sign-in approved through the admin API."""
    redirect = dict(parse_qsl(urlsplit(approve_by_admin(server.url, platform_initialise(server.url))).query))
    return code_connection(server.url, redirect["code"], redirect["state"], name)


def _total(server: LiveServer) -> int:
    response = httpx.get(f"{server.url}{BASE}/connections", headers=AUTH)
    assert response.status_code == 200, response.text
    return int(response.json()["totalCount"])


def test_a_create_with_two_sign_ins_is_refused_stores_nothing_and_leaves_both_states_usable(server: LiveServer) -> None:
    oauth2, oauth1 = _code_sign_in(server, "OAuth 2.0 alone"), oauth1_connection(server.url, approved(server), "Alone")
    both = copy.deepcopy(oauth1)
    both["connection"]["credentials"].insert(0, oauth2["connection"]["credentials"][0])
    codes = copy.deepcopy(oauth2)
    codes["connection"]["credentials"].append(_code_sign_in(server, "Second code")["connection"]["credentials"][0])
    before = _total(server)

    mixed, doubled = create(server, both), create(server, codes)

    assert (errors_of(mixed), mixed.json()["fields"][0]["message"]) == (
        (400, "invalid_request", ["connection.credentials[1].credential.type"]),
        "A second sign-in.",
    )
    assert (errors_of(doubled), doubled.json()["fields"][0]["message"]) == (
        (400, "invalid_request", ["connection.credentials"]),
        "Holds 2 oauth2-code credentials.",
    )
    assert _total(server) == before
    # Refused before any state was looked at: each sign-in still makes its connection.
    assert [create(server, body).status_code for body in (oauth2, oauth1)] == [201, 201]
    assert _total(server) == before + 2
