"""The Platform API v2 over real sockets, on one server (memory backend) checking its own answers against
platform-openapi.yaml: every operation, the OAuth 2.0 loop through the consent page and the callback, and with a
loopback redirectUrl received by a listener of the test's own, and the rules each operation states."""

import http.server
import threading
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from tests.support.examples import ORGANISATION_ID
from tests.support.oauth_loop import AUTH, callback_message, initialise, query_of
from tests.support.platform_server import (
    ADA_EXTERNAL_ID,
    ADA_ID,
    ADAS_CALENDAR_ID,
    BASE,
    CALENDAR_TEMPLATE_ID,
    ENVIRONMENT_ID,
    GOOGLE_SYSTEM_ID,
    MOCK_CONFIG_ID,
    MOCK_SYSTEM_ID,
    NIGHTLY_SYNC_ID,
    PROJECT_ID,
    SHOP_TEMPLATE_ID,
    SHOPIFY_SYSTEM_ID,
    approve_by_admin,
    code_connection,
    key_connection,
    platform_initialise,
)
from tests.support.server import LiveServer, live_server

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def server() -> Iterator[LiveServer]:
    with live_server("--validate-responses", env={"VERSORI_MOCK_DATABASE": ":memory:"}) as running:
        yield running


def api(server: LiveServer, method: str, path: str, json: Any = None, **params: str) -> httpx.Response:
    return httpx.request(method, f"{server.url}{BASE}{path}", json=json, params=params or None, headers=AUTH)


def errors_of(response: httpx.Response) -> tuple[int, str, list[str]]:
    body = response.json()
    return response.status_code, body["code"], [item["field"] for item in body.get("fields", [])]


class Listener:
    """A loopback HTTP listener standing for a native app (Versori's CLI): it keeps the query of each request."""

    def __init__(self) -> None:
        received: list[str] = []
        self.received = received

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                received.append(self.path)
                self.send_response(200)
                self.end_headers()
                self.wfile.write(b"You can close this window.")

            def log_message(self, format: str, *args: Any) -> None:
                return

        self._server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/oauth/callback"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> "Listener":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


def approve_on_consent_page(authorize_url: str) -> str:
    """The consent page shown, then its Approve button pressed: where the provider sends the browser."""
    page = httpx.get(authorize_url)
    assert page.status_code == 200, page.text
    assert "Approve" in page.text
    form = {key: values[0] for key, values in parse_qs(urlsplit(authorize_url).query).items()}
    decided = httpx.post(authorize_url.split("?")[0], data={**form, "decision": "approve"})
    assert decided.status_code == 303, decided.text
    return str(decided.headers["location"])


def test_the_banner_names_the_project_its_environment_and_the_built_in_providers_system(server: LiveServer) -> None:
    assert server.banner["project_id"] == PROJECT_ID
    assert server.banner["environment_id"] == ENVIRONMENT_ID
    assert server.banner["system_id"] == MOCK_SYSTEM_ID


def test_both_contracts_are_served_and_connect_v1_answers_at_its_base_path_too(server: LiveServer) -> None:
    assert httpx.get(f"{server.url}/api/v2/openapi.yaml").text.startswith(
        "openapi: 3.1.0\ninfo:\n  title: Versori Platform"
    )
    assert "Platform" not in httpx.get(f"{server.url}/openapi.yaml").text.split("\n")[2]
    prefixed = initialise(f"{server.url}/api/connect/v1")
    assert query_of(prefixed)["redirect_uri"] == f"{server.url}/oauth2/callback"


def test_the_loop_through_the_consent_page_and_the_callback_makes_an_oauth2_token_connection(
    server: LiveServer,
) -> None:
    authorize_url = platform_initialise(server.url)
    assert query_of(authorize_url)["redirect_uri"] == f"{server.url}/oauth2/callback"
    callback = approve_on_consent_page(authorize_url)
    message = callback_message(httpx.get(callback).text)

    created = api(
        server, "POST", "/connections", code_connection(server.url, message["code"], message["state"], "Loop")
    )

    assert created.status_code == 201, created.text
    connection = created.json()
    credential = connection["credentials"][0]["credential"]
    assert credential["type"] == "oauth2-token"
    token = credential["data"]["oauth2Token"]
    assert (token["accessToken"], token["refreshToken"], token["scopes"]) == (
        "[redacted]",
        "[redacted]",
        ["profile", "offline_access"],
    )
    assert (connection["systemId"], connection["connectionTemplateId"]) == (
        MOCK_SYSTEM_ID,
        "01M8GQ3B00MPRTMP0000000001",
    )
    assert api(server, "GET", f"/connections/{connection['id']}").json() == connection
    journal = httpx.get(f"{server.url}/__admin/journal", params={"operation": "platform.create_connection"}).json()
    assert [entry["status"] for entry in journal["entries"]][-1] == 201
    replayed = api(
        server, "POST", "/connections", code_connection(server.url, message["code"], message["state"], "Again")
    )
    assert errors_of(replayed) == (400, "invalid_state", ["connection.credentials[0].credential.data.oauth2Code.state"])


def test_a_loopback_redirect_url_is_the_redirect_uri_and_the_code_must_name_it_again(server: LiveServer) -> None:
    with Listener() as listener:
        authorize_url = platform_initialise(server.url, redirect_url=listener.url)
        assert query_of(authorize_url)["redirect_uri"] == listener.url
        redirect = approve_by_admin(server.url, authorize_url)
        assert httpx.get(redirect).status_code == 200
    (received,) = listener.received
    sent = query_of(received)
    assert received.startswith("/oauth/callback?")
    code, state = sent["code"], sent["state"]

    without = api(server, "POST", "/connections", code_connection(server.url, code, state, "CLI"))
    other = api(server, "POST", "/connections", code_connection(server.url, code, state, "CLI", "http://127.0.0.1:1/x"))
    made = api(server, "POST", "/connections", code_connection(server.url, code, state, "CLI", listener.url))

    field = "connection.credentials[0].credential.data.oauth2Code.redirectUrl"
    assert errors_of(without) == (400, "invalid_request", [field])
    assert errors_of(other) == (400, "invalid_request", [field])
    assert made.status_code == 201, made.text


@pytest.mark.parametrize(
    "redirect_url",
    ["https://app.example.org/callback", "http://example.org/cb", "http://user@127.0.0.1:9/cb", "http://[::1]:9/a#b"],
)
def test_a_redirect_url_neither_loopback_nor_the_callback_is_400_naming_it(
    server: LiveServer, redirect_url: str
) -> None:
    response = httpx.post(
        f"{server.url}{BASE}/systems/{MOCK_SYSTEM_ID}/oauth2/initialise",
        json={
            "credential": {"id": "01M6ARSFC30TQ8AMXN1Z8ZGT1F", "organisationId": ORGANISATION_ID},
            "authorizeUrl": f"{server.url}/mock-provider/authorize",
            "clientId": "versori-dev-client",
            "redirectUrl": redirect_url,
        },
        headers=AUTH,
    )
    assert errors_of(response) == (400, "invalid_request", ["redirectUrl"])


def test_loopback_hosts_on_any_port_and_the_servers_callback_are_allowed(server: LiveServer) -> None:
    for redirect_url in ("http://localhost:1/a?b=c", "http://[::1]:65535/", "http://127.0.0.2:62168/oauth/callback"):
        assert query_of(platform_initialise(server.url, redirect_url))["redirect_uri"] == redirect_url
    callback = f"{server.url}/oauth2/callback"
    assert query_of(platform_initialise(server.url, callback))["redirect_uri"] == callback


def test_a_connect_v1_state_does_not_complete_a_platform_connection(server: LiveServer) -> None:
    message = callback_message(httpx.get(approve_by_admin(server.url, initialise(server.url))).text)
    response = api(server, "POST", "/connections", code_connection(server.url, message["code"], message["state"], "v1"))
    assert errors_of(response)[:2] == (400, "invalid_state")


def test_initialise_on_an_unknown_system_is_404(server: LiveServer) -> None:
    response = httpx.post(
        f"{server.url}{BASE}/systems/01M8GQ3B00MPRSYS0000000009/oauth2/initialise",
        json={
            "credential": {"id": "01M6ARSFC30TQ8AMXN1Z8ZGT1F", "organisationId": ORGANISATION_ID},
            "authorizeUrl": "https://as.example.org/a",
            "clientId": "versori-dev-client",
        },
        headers=AUTH,
    )
    assert errors_of(response) == (404, "not_found", [])


def test_a_system_lives_through_create_get_update_configs_and_delete(server: LiveServer) -> None:
    body = {
        "name": "Acme CRM",
        "domain": "crm.acme.example",
        "templateBaseUrl": "https://crm.acme.example/api",
        "authSchemeConfigs": [
            {
                "type": "oauth2",
                "oauth2": {
                    "id": "acme-sign-in",
                    "description": "",
                    "tokenUrl": "https://crm.acme.example/token",
                    "scopes": [],
                    "defaultScopes": [],
                    "grant": {
                        "type": "authorizationCode",
                        "authorizationCode": {"clientId": "acme", "clientSecret": "s3"},
                    },
                },
            },
            {"type": "secret"},
        ],
        "labels": {"team": "sales"},
    }
    created = api(server, "POST", "/systems", body)
    assert created.status_code == 201, created.text
    system = created.json()
    grant = system["authSchemeConfigs"][0]["oauth2"]["grant"]["authorizationCode"]
    assert set(grant) == {"clientId", "credentialId", "organisationId"}
    assert grant["organisationId"] == ORGANISATION_ID
    assert system["authSchemeConfigs"][1] == {"type": "secret"}
    system_id = system["id"]
    assert api(server, "GET", f"/systems/{system_id}").json() == system
    assert [item["id"] for item in api(server, "GET", "/systems", search="ACME.exa").json()["items"]] == [system_id]

    updated = api(server, "PUT", f"/systems/{system_id}", {"name": "Acme"})
    assert updated.status_code == 201
    assert updated.json() == {**system, "name": "Acme"}

    key = {"type": "api-key", "apiKey": {"id": "acme-key", "description": "Key", "name": "X-Key", "in": "header"}}
    assert api(server, "PUT", f"/systems/{system_id}/auth-scheme-configs/acme-key", key).status_code == 201
    as_basic = {"type": "basic-auth", "basicAuth": {"id": "acme-key", "description": "B"}}
    assert errors_of(api(server, "PUT", f"/systems/{system_id}/auth-scheme-configs/acme-key", as_basic)) == (
        400,
        "scheme_type_change",
        ["type"],
    )
    mismatched = {"type": "basic-auth", "basicAuth": {"id": "other", "description": "B"}}
    assert errors_of(api(server, "PUT", f"/systems/{system_id}/auth-scheme-configs/acme-key", mismatched)) == (
        400,
        "id_mismatch",
        ["basicAuth.id"],
    )
    configs = api(server, "GET", f"/systems/{system_id}").json()["authSchemeConfigs"]
    assert [item["type"] for item in configs] == ["oauth2", "secret", "api-key"]
    assert api(server, "DELETE", f"/systems/{system_id}/auth-scheme-configs/acme-key").status_code == 204
    assert errors_of(api(server, "DELETE", f"/systems/{system_id}/auth-scheme-configs/acme-key"))[:2] == (
        404,
        "auth_scheme_config_not_found",
    )
    assert api(server, "DELETE", f"/systems/{system_id}").status_code == 204
    assert errors_of(api(server, "GET", f"/systems/{system_id}"))[:2] == (404, "not_found")


def test_a_grant_naming_an_unknown_credential_is_404_and_one_half_named_400(server: LiveServer) -> None:
    def system(detail: dict[str, str]) -> dict[str, Any]:
        config: dict[str, Any] = {
            "id": "c",
            "description": "d",
            "tokenUrl": "https://t.example/token",
            "scopes": [],
            "defaultScopes": [],
        }
        config["grant"] = {"type": "password", "password": detail}
        return {
            "name": "S",
            "domain": "d",
            "templateBaseUrl": "https://d",
            "authSchemeConfigs": [{"type": "oauth2", "oauth2": config}],
        }

    unknown = api(
        server,
        "POST",
        "/systems",
        system({"credentialId": "01M8GQ3B00MPRSYS0000000009", "organisationId": ORGANISATION_ID}),
    )
    half = api(server, "POST", "/systems", system({"credentialId": "01M6ARSFC30TQ8AMXN1Z8ZGT1F"}))
    assert errors_of(unknown) == (
        404,
        "credential_not_found",
        ["authSchemeConfigs[0].oauth2.grant.password.credentialId"],
    )
    assert errors_of(half) == (400, "invalid_request", ["authSchemeConfigs[0].oauth2.grant.password.organisationId"])


def test_a_system_a_template_links_is_kept_409_until_the_template_is_deleted(server: LiveServer) -> None:
    system = api(
        server,
        "POST",
        "/systems",
        {"name": "Linked", "domain": "l", "templateBaseUrl": "https://l", "authSchemeConfigs": []},
    ).json()
    link = {"systemId": system["id"], "name": "linked", "environmentId": ENVIRONMENT_ID}
    template = api(server, "POST", f"/projects/{PROJECT_ID}/connection-templates", link)
    assert template.status_code == 200, template.text
    assert errors_of(api(server, "DELETE", f"/systems/{system['id']}")) == (409, "conflict", [])
    template_id = template.json()["connectionTemplateId"]
    assert api(server, "DELETE", f"/projects/{PROJECT_ID}/connection-templates/{template_id}").status_code == 204
    assert api(server, "DELETE", f"/systems/{system['id']}").status_code == 204


def test_template_rules_names_environments_configs_and_dynamic(server: LiveServer) -> None:
    templates = f"/projects/{PROJECT_ID}/connection-templates"
    taken = api(
        server, "POST", templates, {"systemId": SHOPIFY_SYSTEM_ID, "name": "shop", "environmentId": ENVIRONMENT_ID}
    )
    no_env = api(server, "POST", templates, {"systemId": SHOPIFY_SYSTEM_ID, "name": "x", "environmentId": PROJECT_ID})
    no_system = api(server, "POST", templates, {"systemId": PROJECT_ID, "name": "x", "environmentId": ENVIRONMENT_ID})
    no_project = api(server, "GET", f"/projects/{ENVIRONMENT_ID}/connection-templates")
    assert errors_of(taken) == (409, "conflict", ["name"])
    assert errors_of(no_env) == (404, "not_found", ["environmentId"])
    assert errors_of(no_system) == (404, "not_found", ["systemId"])
    assert errors_of(no_project) == (404, "not_found", [])
    listed = api(server, "GET", templates, env_id=ENVIRONMENT_ID).json()
    assert {item["name"] for item in listed["items"]} >= {"google_calendar", "shop", "mock_provider"}
    assert api(server, "GET", templates, env_id=PROJECT_ID).json() == {"totalCount": 0, "items": []}
    # The calendar template has Ada's connection: dynamic stays.
    dynamic = api(server, "PUT", f"{templates}/{CALENDAR_TEMPLATE_ID}", {"dynamic": False})
    assert errors_of(dynamic) == (409, "conflict", ["dynamic"])
    unknown_config = api(server, "PUT", f"{templates}/{SHOP_TEMPLATE_ID}", {"authSchemeConfigIds": ["nope"]})
    assert errors_of(unknown_config) == (400, "invalid_request", ["authSchemeConfigIds[0]"])
    renamed = api(
        server,
        "PUT",
        f"{templates}/{SHOP_TEMPLATE_ID}",
        {"name": "shop", "authSchemeConfigIds": ["01M8GP9FD0F61CNTG533YNWQQ3"]},
    )
    assert renamed.status_code == 200
    assert [c["type"] for c in renamed.json()["authSchemeConfigs"]] == ["api-key"]


def test_end_users_and_their_dynamic_connections(server: LiveServer) -> None:
    created = api(server, "POST", "/users", {"externalId": "cust-e2e"})
    assert created.status_code == 201
    assert created.json()["displayName"] == ""
    user = created.json()
    assert errors_of(api(server, "POST", "/users", {"externalId": "cust-e2e"})) == (409, "conflict", ["externalId"])
    assert api(server, "GET", "/users/cust-e2e").json() == user
    assert api(server, "GET", f"/users/{user['id']}").json() == user
    assert [item["externalId"] for item in api(server, "GET", "/users", search="E2E").json()["users"]] == ["cust-e2e"]

    dynamic = _dynamic_template(server)
    missing = api(server, "POST", "/connections", key_connection("no user", dynamic))
    unknown = api(server, "POST", "/connections", key_connection("no user", dynamic, "cust-nobody"))
    static_with_user = api(server, "POST", "/connections", key_connection("static", SHOP_TEMPLATE_ID, "cust-e2e"))
    assert errors_of(missing) == (400, "invalid_request", ["externalId"])
    assert errors_of(unknown) == (404, "not_found", ["externalId"])
    assert errors_of(static_with_user) == (400, "invalid_request", ["externalId"])
    made = api(server, "POST", "/connections", key_connection("E2E's shop", dynamic, "cust-e2e"))
    assert made.status_code == 201, made.text
    connection_id = made.json()["id"]
    for reference in ("cust-e2e", user["id"]):
        listed = api(server, "GET", "/connections", end_user_id=reference).json()
        assert [item["id"] for item in listed["items"]] == [connection_id]
    assert errors_of(api(server, "DELETE", f"/connections/{connection_id}")) == (412, "connection_in_use", [])

    assert api(server, "DELETE", "/users/cust-e2e").status_code == 204
    assert errors_of(api(server, "GET", f"/connections/{connection_id}"))[:2] == (404, "connection_not_found")
    assert errors_of(api(server, "GET", "/users/cust-e2e"))[:2] == (404, "not_found")


def _dynamic_template(server: LiveServer) -> str:
    link = {"systemId": SHOPIFY_SYSTEM_ID, "name": "shop_per_user", "environmentId": ENVIRONMENT_ID, "dynamic": True}
    response = api(server, "POST", f"/projects/{PROJECT_ID}/connection-templates", link)
    assert response.status_code == 200, response.text
    return str(response.json()["connectionTemplateId"])


def test_connection_rules_names_organisations_data_and_deletes(server: LiveServer) -> None:
    made = api(server, "POST", "/connections", key_connection("Static shop"))
    assert made.status_code == 201, made.text
    connection = made.json()
    assert connection["credentials"][0]["credential"]["data"] == {"string": {"value": "[redacted]"}}
    assert connection["credentials"][0]["id"] != "00000000000000000000000000"
    assert errors_of(api(server, "POST", "/connections", key_connection("Static shop"))) == (409, "conflict", ["name"])

    foreign = key_connection("foreign")
    foreign["connection"]["credentials"][0]["credential"]["organisationId"] = "01M6AQVHG4RXZ3EJVTMV2HF4GG"
    no_data = key_connection("no data")
    del no_data["connection"]["credentials"][0]["credential"]["data"]
    misfit = key_connection("misfit")
    misfit["connection"]["credentials"][0]["credential"].update(
        type="basic-auth", data={"basicAuth": {"username": "a", "password": "b"}}
    )
    at = "connection.credentials[0].credential"
    assert errors_of(api(server, "POST", "/connections", foreign)) == (
        403,
        "credential_organisation_mismatch",
        [f"{at}.organisationId"],
    )
    assert errors_of(api(server, "POST", "/connections", no_data)) == (400, "invalid_request", [f"{at}.data"])
    assert errors_of(api(server, "POST", "/connections", misfit)) == (400, "credential_type_mismatch", [f"{at}.type"])

    by_system = api(server, "GET", "/connections", system_id=SHOPIFY_SYSTEM_ID).json()
    assert {NIGHTLY_SYNC_ID, connection["id"]} <= {item["id"] for item in by_system["items"]}
    assert ADAS_CALENDAR_ID not in {item["id"] for item in by_system["items"]}
    assert errors_of(api(server, "DELETE", f"/connections/{ADAS_CALENDAR_ID}")) == (412, "connection_in_use", [])
    assert api(server, "DELETE", f"/connections/{connection['id']}").status_code == 204
    assert errors_of(api(server, "DELETE", f"/connections/{connection['id']}"))[:2] == (404, "connection_not_found")


def test_an_update_may_send_back_what_a_read_answered(server: LiveServer) -> None:
    read = api(server, "GET", f"/connections/{ADAS_CALENDAR_ID}").json()
    body = {"name": "Ada's calendar (work)", "credentials": read["credentials"], "baseUrl": ""}

    updated = api(server, "PUT", f"/connections/{ADAS_CALENDAR_ID}", body)

    assert updated.status_code == 200, updated.text
    assert updated.json()["credentials"] == read["credentials"]
    assert updated.json()["name"] == "Ada's calendar (work)"
    other = dict(body, credentials=[{**read["credentials"][0], "id": "01M8GQ3B00MPRSYS0000000009"}])
    assert errors_of(api(server, "PUT", f"/connections/{ADAS_CALENDAR_ID}", other)) == (
        400,
        "invalid_request",
        ["credentials[0].id"],
    )
    back = api(server, "PUT", f"/connections/{ADAS_CALENDAR_ID}", dict(body, name="Ada's calendar"))
    assert back.status_code == 200


def test_a_base_url_that_is_no_uri_is_400_naming_it_on_create_and_update(server: LiveServer) -> None:
    """schemathesis found a base URL of "0" stored and echoed, an answer off the contract (``format: uri``)."""
    created = key_connection("No URI base", SHOP_TEMPLATE_ID)
    created["connection"]["baseUrl"] = "0"
    assert errors_of(api(server, "POST", "/connections", created)) == (400, "invalid_request", ["connection.baseUrl"])
    read = api(server, "GET", f"/connections/{NIGHTLY_SYNC_ID}").json()
    body = {"name": read["name"], "credentials": read["credentials"], "baseUrl": "http://x y"}
    assert errors_of(api(server, "PUT", f"/connections/{NIGHTLY_SYNC_ID}", body)) == (
        400,
        "invalid_request",
        ["baseUrl"],
    )
    kept = api(server, "PUT", f"/connections/{NIGHTLY_SYNC_ID}", dict(body, baseUrl="https://ada-shop.myshopify.com"))
    assert kept.status_code == 200, kept.text
    assert kept.json()["baseUrl"] == "https://ada-shop.myshopify.com"


def test_a_failure_planned_for_a_platform_operation_spares_connect_v1s_of_the_same_operation_id(
    server: LiveServer,
) -> None:
    planned = httpx.post(
        f"{server.url}/__admin/fail-next", json={"status": 503, "operation": "platform.get_connection"}
    )
    assert planned.status_code == 200, planned.text
    v1 = httpx.get(
        f"{server.url}/o/{ORGANISATION_ID}/connectors/01M65M8SZC4R7K2D9X3V6B1N0Q/connections/01M6FJ2R8WQ5T1V3X5Z7B9D1F3",
        headers=AUTH,
    )
    platform = api(server, "GET", f"/connections/{NIGHTLY_SYNC_ID}")
    assert (v1.status_code, platform.status_code) == (200, 503)
    assert api(server, "GET", f"/connections/{NIGHTLY_SYNC_ID}").status_code == 200


def test_get_end_user_of_the_seed(server: LiveServer) -> None:
    assert api(server, "GET", f"/users/{ADA_EXTERNAL_ID}").json()["id"] == ADA_ID
    assert (
        api(server, "GET", f"/systems/{GOOGLE_SYSTEM_ID}").json()["authSchemeConfigs"][0]["oauth2"]["id"]
        != MOCK_CONFIG_ID
    )


@pytest.mark.parametrize("path", ["/projects", f"/projects/{PROJECT_ID}", f"/users/{ADA_EXTERNAL_ID}/activations"])
def test_what_the_embedded_client_calls_beyond_the_contract_is_404(server: LiveServer, path: str) -> None:
    # docs/front-ends.md: the embedded client's projects and activations are not in the contract.
    assert errors_of(api(server, "GET", path)) == (404, "not_found", [])
