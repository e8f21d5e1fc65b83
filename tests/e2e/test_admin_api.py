"""The admin API over a real socket: the curl walkthrough and the promises of docs/admin-api.md, who may call,
validation, reset, the journal, fail-next, delay-next, approve and deny, and token endpoint failures."""

import os
import re
import subprocess
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from mock_server.app import create_app
from mock_server.settings import Settings
from tests.support.asgi import app_client
from tests.support.examples import ORGANISATION_ID
from tests.support.oauth_loop import AUTH, connection_body, connector_path, initialise
from tests.support.paths import REPO_ROOT
from tests.support.platform_server import (
    ADA_EXTERNAL_ID,
    ADAS_CALENDAR_ID,
    ADDED_CONNECTION,
    ADDED_END_USER,
    ADDED_PROJECT,
    ADDED_SYSTEM,
    ADDED_TEMPLATE,
    BASE,
    MOCK_SYSTEM_ID,
    NIGHTLY_SYNC_ID,
    PROJECT_ID,
    SHOP_KEY,
    SHOP_TEMPLATE_ID,
    added_platform_items,
    code_connection,
    key_connection,
    platform_initialise,
)
from tests.support.seeds import ADDED_API_KEY, ADDED_CONNECTOR_ID, ADDED_ORGANISATION_ID
from tests.support.server import DEV_API_KEY, LiveServer, live_server

pytestmark = pytest.mark.e2e

MEMORY = {"VERSORI_MOCK_DATABASE": ":memory:", "VERSORI_MOCK_VALIDATE_RESPONSES": "true"}
ADMIN_TOKEN = "admin-token-for-tests-only"
NEW_ORG = ADDED_ORGANISATION_ID
NEW_CONNECTOR = ADDED_CONNECTOR_ID
NEW_KEY = ADDED_API_KEY


@pytest.fixture(scope="module")
def server() -> Iterator[LiveServer]:
    with live_server(env=MEMORY) as running:
        yield running


@pytest.fixture
def admin(server: LiveServer) -> Iterator[httpx.Client]:
    """An admin client on a server reset before the test."""
    with httpx.Client(base_url=f"{server.url}/__admin") as client:
        assert client.post("/reset").json() == {"status": "reset"}
        yield client


def fields_of(response: httpx.Response) -> list[str]:
    return [item["field"] for item in response.json().get("fields", [])]


def list_connections(server: LiveServer, key: str = DEV_API_KEY) -> httpx.Response:
    return httpx.get(f"{server.url}{connector_path()}/connections", headers={"Authorization": f"Bearer {key}"})


def approve(admin: httpx.Client, url: str) -> dict[str, Any]:
    response = admin.post("/approve", json={"authorize_url": url})
    assert response.status_code == 200, response.text
    answer: dict[str, Any] = response.json()
    return answer


def create(server: LiveServer, approved: dict[str, Any], name: str = "Ada's account") -> httpx.Response:
    body = connection_body(approved["code"], approved["state"], name)
    return httpx.post(f"{server.url}{connector_path()}/connections", json=body, headers=AUTH)


# --- the walkthrough --------------------------------------------------------------------------------------------


def documented_promises() -> list[tuple[str, int, str]]:
    """The rows of docs/admin-api.md's table: step, status and a part of the answer."""
    text = (REPO_ROOT / "docs" / "admin-api.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| ([a-z-]+) \| .* \| `(\d{3})` `(.+)` \|$", text, flags=re.MULTILINE)
    return [(step, int(status), fragment) for step, status, fragment in rows]


def script_steps(output: str) -> list[tuple[str, int, str]]:
    """Each step the script printed: name, status and answer."""
    found = re.findall(r"^== (\S+)\nHTTP (\d{3})\n(.*?)(?=^== |\Z)", output, flags=re.MULTILINE | re.DOTALL)
    return [(name, int(status), answer) for name, status, answer in found]


def test_the_curl_walkthrough_answers_what_its_page_says(server: LiveServer) -> None:
    finished = subprocess.run(
        [str(REPO_ROOT / "scripts" / "admin-demo"), server.url],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={key: value for key, value in os.environ.items() if key != "VERSORI_MOCK_ADMIN_TOKEN"},
    )
    assert finished.returncode == 0, finished.stderr

    steps = script_steps(finished.stdout)
    promises = documented_promises()

    assert [name for name, _, _ in steps] == [
        "reset", "seed", "initialise", "approve", "create", "journal", "fail-next", "failed-call", "next-call"
    ]  # fmt: skip
    assert [step for step, _, _ in promises] == [name for name, _, _ in steps]
    for (name, status, answer), (_, promised_status, fragment) in zip(steps, promises, strict=True):
        assert status == promised_status, (name, answer)
        assert fragment in answer, (name, fragment, answer)
    answers = {name: answer for name, _, answer in steps}
    assert "retry-after: 2" in answers["failed-call"].lower()
    assert answers["journal"].count('"operation_id"') == 2


# --- who may call -----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def guarded() -> Iterator[LiveServer]:
    with live_server(env={**MEMORY, "VERSORI_MOCK_ADMIN_TOKEN": ADMIN_TOKEN}) as running:
        yield running


@pytest.mark.parametrize(
    "authorization",
    [None, "Bearer wrong-token", f"Bearer {DEV_API_KEY}", f"Basic {ADMIN_TOKEN}"],
    ids=["none", "wrong-token", "api-key", "not-bearer"],
)
def test_with_a_token_set_anything_but_the_token_gets_401_even_from_loopback(
    guarded: LiveServer, authorization: str | None
) -> None:
    headers = {} if authorization is None else {"Authorization": authorization}

    response = httpx.post(f"{guarded.url}/__admin/reset", headers=headers)

    assert response.status_code == 401
    assert response.json()["code"] == "unauthorized"
    assert response.headers["www-authenticate"] == 'Bearer realm="versori-admin"'


def test_with_a_token_set_the_token_opens_it(guarded: LiveServer) -> None:
    response = httpx.get(f"{guarded.url}/__admin/journal", headers={"Authorization": f"Bearer {ADMIN_TOKEN}"})

    assert response.status_code == 200
    assert response.json() == {"entries": []}


def test_the_admin_token_is_no_api_key(guarded: LiveServer) -> None:
    response = httpx.get(
        f"{guarded.url}{connector_path()}/connections", headers={"Authorization": f"Bearer {ADMIN_TOKEN}"}
    )

    assert response.status_code == 401


@pytest.mark.asyncio
async def test_without_a_token_a_client_off_loopback_gets_403_and_one_on_it_gets_in() -> None:
    # In process, so that the peer address can be one off loopback without sending traffic anywhere but here.
    app = create_app(Settings(database=":memory:"))
    async with app_client(app, peer=("203.0.113.7", 40000)) as remote_client:
        remote = await remote_client.post("/__admin/reset", headers=AUTH)
        api_from_remote = await remote_client.get(f"{connector_path()}/connections", headers=AUTH)
    async with app_client(app, peer=("127.0.0.1", 40000)) as local_client:
        local = await local_client.post("/__admin/reset", headers=AUTH)

    assert remote.status_code == 403
    assert remote.json()["code"] == "forbidden"
    assert local.status_code == 200
    assert api_from_remote.status_code == 200  # only the admin API is loopback-only


def test_without_a_token_a_page_of_another_site_gets_403(server: LiveServer) -> None:
    foreign = httpx.post(f"{server.url}/__admin/reset", headers={"Origin": "https://evil.example"})
    own = httpx.post(f"{server.url}/__admin/reset", headers={"Origin": server.url})

    assert foreign.status_code == 403
    assert foreign.json()["code"] == "forbidden"
    assert own.status_code == 200


@pytest.mark.parametrize("origin", ["http://localhost:3000", "http://127.0.0.1:5173", "http://localhost:8080"])
def test_without_a_token_a_page_of_an_allowed_cors_origin_gets_in(server: LiveServer, origin: str) -> None:
    # The default CORS origins: a front end in development may drive the admin API from its own page.
    allowed = httpx.post(f"{server.url}/__admin/reset", headers={"Origin": origin})
    lookalike = httpx.post(f"{server.url}/__admin/reset", headers={"Origin": origin.replace("http:", "https:")})

    assert allowed.status_code == 200
    assert allowed.headers["access-control-allow-origin"] == origin
    assert lookalike.status_code == 403


# --- validation -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/seed", {"organisations": [{"id": "not-a-ulid", "name": "x"}]}, "organisations[0].id"),
        ("/seed", {"connectors": [{"id": NEW_CONNECTOR, "organisation_id": NEW_ORG, "name": "x"}]},
         "connectors[0].organisation_id"),
        ("/seed", {"connections": [{"organisation_id": NEW_ORG, "connector_id": NEW_CONNECTOR, "name": "x"}]},
         "connections[0].connector_id"),
        ("/fail-next", {"status": 418}, "status"),
        ("/fail-next", {"status": 502, "operation": "get_connection"}, "status"),
        ("/fail-next", {"status": 503, "operation": "no_such_operation"}, "operation"),
        ("/fail-next", {"status": 400, "retry_after": 2}, "retry_after"),
        ("/fail-next", {"times": 2}, "status"),
        ("/delay-next", {"milliseconds": 10_001}, "milliseconds"),
        ("/approve", {"authorize_url": "https://accounts.google.com/o/oauth2/v2/auth"}, "authorize_url"),
        ("/token-endpoint/fail", {"status": 400}, "status"),
    ],
    ids=[
        "seed-bad-id", "seed-unknown-owner", "seed-unknown-connector", "fail-undocumented",
        "fail-undocumented-for-operation", "fail-unknown-operation", "retry-after-on-400", "fail-without-status",
        "delay-too-long", "approve-another-provider", "token-4xx",
    ],
)  # fmt: skip
def test_a_refusal_is_a_400_error_naming_the_field(
    admin: httpx.Client, server: LiveServer, path: str, body: dict[str, Any], field: str
) -> None:
    response = admin.post(path, json=body)

    assert response.status_code == 400, response.text
    assert response.json()["code"] == "invalid_request"
    assert field in fields_of(response)
    assert list_connections(server).status_code == 200  # nothing was planned


def test_a_refused_seed_adds_nothing(admin: httpx.Client, server: LiveServer) -> None:
    seed = {
        "organisations": [{"id": NEW_ORG, "name": "Added"}],
        "api_keys": [{"key": NEW_KEY, "organisation_id": NEW_ORG}],
        "connectors": [{"id": "bad", "organisation_id": NEW_ORG, "name": "x"}],
    }

    refused = admin.post("/seed", json=seed)

    assert refused.status_code == 400
    assert fields_of(refused) == ["connectors[0].id"]
    assert list_connections(server, NEW_KEY).status_code == 401


# --- reset ------------------------------------------------------------------------------------------------------


def test_reset_brings_the_seed_back_and_forgets_everything_else(admin: httpx.Client, server: LiveServer) -> None:
    seeded = admin.post(
        "/seed",
        json={
            "organisations": [{"id": NEW_ORG, "name": "Added"}],
            "api_keys": [{"key": NEW_KEY, "organisation_id": NEW_ORG}],
            "connections": [
                {"organisation_id": "01M630NCG4ZDDRK8JJJ5EVRJSK", "connector_id": NEW_CONNECTOR, "name": "x"}
            ],
        },
    )
    assert fields_of(seeded) == ["connections[0].connector_id"]
    addition = {
        "organisations": [{"id": NEW_ORG, "name": "Added"}],
        "api_keys": [{"key": NEW_KEY, "organisation_id": NEW_ORG}],
    }
    assert admin.post("/seed", json=addition).status_code == 200
    assert create(server, approve(admin, initialise(server.url))).status_code == 200
    pending = initialise(server.url)
    admin.post("/fail-next", json={"status": 503, "operation": "list_connector_connections"})

    assert admin.post("/reset").json() == {"status": "reset"}

    assert list_connections(server, NEW_KEY).status_code == 401  # the addition is gone
    listed = list_connections(server)  # the seed's key works, the planned failure is gone
    assert listed.status_code == 200
    assert listed.json()["totalCount"] == 0  # the connection is gone
    path = {"organisation_id": "01M630NCG4ZDDRK8JJJ5EVRJSK", "connector_id": "01M65K23G4WE37NGTVC0HJVGP1"}
    assert admin.get("/journal").json() == {"entries": [  # only what came after the reset
        {"operation_id": "list_connector_connections", "path": path, "body": None, "status": 401,
         "error_code": "unauthorized"},
        {"operation_id": "list_connector_connections", "path": path, "body": None, "status": 200, "error_code": None},
    ]}  # fmt: skip
    stale = create(server, approve(admin, pending))
    assert stale.json()["code"] == "invalid_state"  # the pending state is gone
    assert create(server, approve(admin, initialise(server.url))).status_code == 200  # the seed works as before


# --- journal ----------------------------------------------------------------------------------------------------


def test_journal_filters_by_operation_redacts_and_clears(admin: httpx.Client, server: LiveServer) -> None:
    list_connections(server)
    refused = create(server, {"code": "a-code", "state": "a-state"})
    assert refused.status_code == 400

    every = admin.get("/journal").json()["entries"]
    creates = admin.get("/journal", params={"operation": "create_connector_connection"}).json()["entries"]
    cleared = admin.delete("/journal")

    assert [entry["operation_id"] for entry in every] == ["list_connector_connections", "create_connector_connection"]
    assert len(creates) == 1
    assert (creates[0]["status"], creates[0]["error_code"]) == (400, "invalid_state")
    assert creates[0]["body"]["credentials"]["action"][0]["credential"]["data"] == {
        "code": "[redacted]",
        "state": "[redacted]",
    }
    assert cleared.json() == {"status": "cleared"}
    assert admin.get("/journal").json() == {"entries": []}


# --- the Platform API's items -----------------------------------------------------------------------------------


def platform(server: LiveServer, method: str, path: str, body: Any = None) -> httpx.Response:
    return httpx.request(method, f"{server.url}{BASE}{path}", json=body, headers=AUTH)


def test_seed_adds_each_platform_section_served_as_its_create_makes_it(admin: httpx.Client, server: LiveServer) -> None:
    seeded = admin.post("/seed", json=added_platform_items())

    assert seeded.status_code == 200, seeded.text
    assert seeded.json()["added"] == {
        "organisations": 0, "connectors": 0, "credentials": 0, "api_keys": 0, "connections": 0, "projects": 1,
        "systems": 1, "connection_templates": 1, "end_users": 1, "platform_connections": 1,
    }  # fmt: skip
    system = platform(server, "GET", f"/systems/{ADDED_SYSTEM}").json()
    assert system["authSchemeConfigs"] == [{"type": "api-key", "apiKey": SHOP_KEY}]
    templates = platform(server, "GET", f"/projects/{ADDED_PROJECT}/connection-templates").json()["items"]
    assert [(item["connectionTemplateId"], item["id"], item["dynamic"]) for item in templates] == [
        (ADDED_TEMPLATE, ADDED_SYSTEM, True)
    ]
    assert platform(server, "GET", "/users/cust-added").json()["id"] == ADDED_END_USER
    connection = platform(server, "GET", f"/connections/{ADDED_CONNECTION}").json()
    assert (connection["name"], connection["systemId"], connection["connectionTemplateId"]) == (
        "Added connection",
        ADDED_SYSTEM,
        ADDED_TEMPLATE,
    )
    assert connection["credentials"][0]["credential"]["data"] == {"string": {"value": "[redacted]"}}
    assert [item["id"] for item in platform(server, "GET", "/connections?end_user_id=cust-added").json()["items"]] == [
        ADDED_CONNECTION
    ]


def test_reset_removes_platform_items_and_plants_the_seeds_again(admin: httpx.Client, server: LiveServer) -> None:
    assert admin.post("/seed", json=added_platform_items()).status_code == 200
    made = platform(server, "POST", "/connections", key_connection("Made before the reset"))
    assert made.status_code == 201, made.text
    assert platform(server, "POST", "/users", {"externalId": "cust-before-reset"}).status_code == 201
    assert platform(server, "DELETE", f"/connections/{NIGHTLY_SYNC_ID}").status_code == 204
    assert (
        platform(server, "DELETE", f"/projects/{PROJECT_ID}/connection-templates/{SHOP_TEMPLATE_ID}").status_code == 204
    )
    assert platform(server, "DELETE", f"/users/{ADA_EXTERNAL_ID}").status_code == 204  # and Ada's calendar with her

    assert admin.post("/reset").json() == {"status": "reset"}

    gone = [
        f"/systems/{ADDED_SYSTEM}", f"/users/{ADDED_END_USER}", f"/connections/{ADDED_CONNECTION}",
        f"/connections/{made.json()['id']}", "/users/cust-before-reset",
    ]  # fmt: skip
    assert [platform(server, "GET", path).status_code for path in gone] == [404] * len(gone)
    assert platform(server, "GET", f"/projects/{ADDED_PROJECT}/connection-templates").status_code == 404
    back = [f"/connections/{NIGHTLY_SYNC_ID}", f"/users/{ADA_EXTERNAL_ID}", f"/connections/{ADAS_CALENDAR_ID}"]
    assert [platform(server, "GET", path).status_code for path in back] == [200] * len(back)
    templates = platform(server, "GET", f"/projects/{PROJECT_ID}/connection-templates").json()["items"]
    assert SHOP_TEMPLATE_ID in {item["connectionTemplateId"] for item in templates}
    seeded_again = admin.post("/seed", json=added_platform_items())
    assert seeded_again.status_code == 200  # nothing of the addition was left behind


def test_journal_names_platform_operations_and_redacts_their_secrets(admin: httpx.Client, server: LiveServer) -> None:
    platform_initialise(server.url)
    created = platform(server, "POST", "/connections", key_connection("Journaled"))
    assert created.status_code == 201, created.text
    refused = platform(server, "POST", "/connections", code_connection(server.url, "a-code", "a-state", "Refused"))
    assert refused.status_code == 400

    entries = admin.get("/journal").json()["entries"]
    creates = admin.get("/journal", params={"operation": "platform.create_connection"}).json()["entries"]

    assert [entry["operation_id"] for entry in entries] == [
        "platform.initialise_oauth2_connection", "platform.create_connection", "platform.get_system",
        "platform.create_connection",
    ]  # fmt: skip
    assert entries[0]["path"] == {"organisation_id": ORGANISATION_ID, "system_id": MOCK_SYSTEM_ID}
    assert [(entry["status"], entry["error_code"]) for entry in creates] == [(201, None), (400, "invalid_state")]
    assert [entry["body"]["connection"]["credentials"][0]["credential"]["data"] for entry in creates] == [
        {"string": {"value": "[redacted]"}},
        {"oauth2Code": {"code": "[redacted]", "state": "[redacted]"}},
    ]


# --- fail-next and delay-next -----------------------------------------------------------------------------------


def test_fail_next_of_one_operation_times_and_retry_after(admin: httpx.Client, server: LiveServer) -> None:
    admin.post(
        "/fail-next", json={"status": 429, "operation": "list_connector_connections", "times": 2, "retry_after": 3}
    )

    initialised = httpx.post(
        f"{server.url}{connector_path()}/oauth2/initialise", json={}, headers=AUTH
    )  # another operation: untouched (and refused for its own reasons)
    answers = [list_connections(server) for _ in range(3)]

    assert initialised.status_code == 400
    assert [answer.status_code for answer in answers] == [429, 429, 200]
    assert answers[0].json()["code"] == "rate_limited"
    assert answers[0].headers["retry-after"] == "3"


def test_fail_next_without_operation_takes_the_next_call_that_documents_the_status(
    admin: httpx.Client, server: LiveServer
) -> None:
    assert admin.post("/fail-next", json={"status": 502}).json() == {"status": "planned"}

    listed = list_connections(server)  # list does not document 502
    failed = create(server, approve(admin, initialise(server.url)))  # create does
    created = create(server, approve(admin, initialise(server.url)), name="second")

    assert listed.status_code == 200
    assert (failed.status_code, failed.json()["code"]) == (502, "provider_unavailable")
    assert created.status_code == 200


def test_fail_next_503_without_retry_after_says_one_second(admin: httpx.Client, server: LiveServer) -> None:
    admin.post("/fail-next", json={"status": 503})

    failed = list_connections(server)

    assert failed.status_code == 503
    assert failed.headers["retry-after"] == "1"


def test_delay_next_delays_the_next_calls_only_then_answers_as_usual(admin: httpx.Client, server: LiveServer) -> None:
    delay = 0.6
    assert admin.post("/delay-next", json={"milliseconds": int(delay * 1000), "times": 2}).json() == {
        "status": "planned"
    }

    timed = []
    for _ in range(3):
        began = time.monotonic()
        answer = list_connections(server)
        timed.append((answer.status_code, time.monotonic() - began))

    assert [status for status, _ in timed] == [200, 200, 200]
    assert [seconds >= delay for _, seconds in timed] == [True, True, False]


# --- approve, deny and the token endpoint -----------------------------------------------------------------------


def test_deny_answers_access_denied_with_the_state(admin: httpx.Client, server: LiveServer) -> None:
    url = initialise(server.url)

    denied = admin.post("/deny", json={"authorize_url": url}).json()

    assert denied["error"] == "access_denied"
    assert denied["code"] is None
    assert denied["state"] == httpx.URL(url).params["state"]
    assert denied["redirect_url"].startswith(f"{server.url}/oauth2/callback?error=access_denied")


def test_token_endpoint_failure_makes_create_answer_502_then_recover(admin: httpx.Client, server: LiveServer) -> None:
    assert admin.post("/token-endpoint/fail", json={"status": 500, "times": 1}).json() == {"status": "planned"}

    failed = create(server, approve(admin, initialise(server.url)))
    created = create(server, approve(admin, initialise(server.url)))

    assert (failed.status_code, failed.json()["code"]) == (502, "provider_unavailable")
    assert failed.json()["message"] == "The provider's token endpoint answered 500."
    assert created.status_code == 200
