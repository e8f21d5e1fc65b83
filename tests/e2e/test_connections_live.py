"""The connection operations over a real socket, as docs/server.md describes them: a name taken (409), a provider
that is down or failing (502, and the state used up), pages newest first with cursors, an unknown connection,
a code credential among the trigger credentials, and a front end on another origin through CORS."""

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.support.examples import ORGANISATION_ID
from tests.support.oauth_loop import (
    AUTH,
    SECOND_CONNECTOR_ID,
    connection_body,
    connection_count,
    connector_path,
    create_connection,
    follow_to_callback,
    initialise,
    query_of,
)
from tests.support.processes import free_port
from tests.support.seeds import seed_file
from tests.support.server import LiveServer, initialise_body, live_server
from tests.support.token_endpoint import token_endpoint

pytestmark = pytest.mark.e2e

PAGES_CONNECTOR_ID = "01M6PAGES0000000000000000A"
BACKWARDS_CONNECTOR_ID = "01M6PAGES0000000000000000B"
DOWN_CREDENTIAL_ID = "01M6D0WN000000000000000000"
FAILING_CREDENTIAL_ID = "01M6E0FA1NG000000000000000"


def _credential(credential_id: str, client_id: str, token_url: str) -> dict[str, Any]:
    return {
        "id": credential_id,
        "organisation_id": ORGANISATION_ID,
        "name": client_id,
        "client_id": client_id,
        "client_secret": f"{client_id}-secret",
        "token_url": token_url,
    }


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """The built-in seed, plus a connector for the paging tests and two credentials whose token endpoints are
    nobody (a port nothing listens on) and a provider that answers 500."""
    with token_endpoint(500, {"error": "server_error"}) as failing:
        seed = seed_file(
            tmp_path_factory.mktemp("seed"),
            credentials=[
                _credential(DOWN_CREDENTIAL_ID, "down-client", f"http://127.0.0.1:{free_port()}/token"),
                _credential(FAILING_CREDENTIAL_ID, "failing-client", failing.url),
            ],
            connectors=[
                {"id": PAGES_CONNECTOR_ID, "organisation_id": ORGANISATION_ID, "name": "Pages"},
                {"id": BACKWARDS_CONNECTOR_ID, "organisation_id": ORGANISATION_ID, "name": "Pages walked back"},
            ],
        )
        env = {"VERSORI_MOCK_AUTO_APPROVE": "true", "VERSORI_MOCK_DATABASE": ":memory:"}
        with live_server("--seed", seed, env=env) as running:
            yield running


def _connect(base_url: str, name: str, connector_id: str = SECOND_CONNECTOR_ID) -> dict[str, Any]:
    """The whole loop with the built-in provider: a new connection called ``name``."""
    redirect = follow_to_callback(initialise(base_url, connector_id))
    created = create_connection(
        base_url, redirect.message["code"], redirect.message["state"], name, connector_id=connector_id
    )
    assert created.status_code == 200, created.text
    connection: dict[str, Any] = created.json()
    return connection


# --- 409 on a name taken ------------------------------------------------------------------------------------------


def test_a_second_connection_of_the_same_name_is_refused_with_409(server: LiveServer) -> None:
    first = _connect(server.url, "Taken name")
    count = connection_count(server.url, SECOND_CONNECTOR_ID)
    redirect = follow_to_callback(initialise(server.url, SECOND_CONNECTOR_ID))
    code, state = redirect.message["code"], redirect.message["state"]

    refused = create_connection(server.url, code, state, "Taken name", connector_id=SECOND_CONNECTOR_ID)

    assert refused.status_code == 409, refused.text
    error = refused.json()
    assert (error["code"], [field["field"] for field in error["fields"]]) == ("conflict", ["name"])
    assert connection_count(server.url, SECOND_CONNECTOR_ID) == count
    fetched = httpx.get(f"{server.url}{connector_path(SECOND_CONNECTOR_ID)}/connections/{first['id']}", headers=AUTH)
    assert fetched.json() == first
    # Nothing was used up: the same code and state make the connection under a free name.
    renamed = create_connection(server.url, code, state, "Free name", connector_id=SECOND_CONNECTOR_ID)
    assert renamed.status_code == 200, renamed.text


# --- 502 when the provider's token endpoint is down or failing ---------------------------------------------------


@pytest.mark.parametrize(
    ("credential_id", "client_id"),
    [
        pytest.param(DOWN_CREDENTIAL_ID, "down-client", id="nobody-listens"),
        pytest.param(FAILING_CREDENTIAL_ID, "failing-client", id="answers-500"),
    ],
)
def test_a_provider_down_or_failing_is_502_and_a_retry_is_invalid_state(
    server: LiveServer, credential_id: str, client_id: str
) -> None:
    body = initialise_body(credential={"id": credential_id, "organisationId": ORGANISATION_ID}, clientId=client_id)
    initialised = httpx.post(f"{server.url}{connector_path()}/oauth2/initialise", json=body, headers=AUTH)
    assert initialised.status_code == 200, initialised.text
    connection = connection_body("a-code", query_of(initialised.json()["url"])["state"], name=f"Via {client_id}")
    grant = connection["credentials"]["action"][0]["authSchemeConfig"]["grant"]
    grant.update(credentialId=credential_id, clientId=client_id)
    count = connection_count(server.url)

    failed = httpx.post(f"{server.url}{connector_path()}/connections", json=connection, headers=AUTH)
    retried = httpx.post(f"{server.url}{connector_path()}/connections", json=connection, headers=AUTH)

    assert failed.status_code == 502, failed.text
    assert failed.json()["code"] == "provider_unavailable"
    # The state was used up by the failed attempt (one state, one try): start again from initialise.
    assert retried.status_code == 400, retried.text
    assert retried.json()["code"] == "invalid_state"
    assert connection_count(server.url) == count


# --- Pages and cursors --------------------------------------------------------------------------------------------


def _page(base_url: str, connector_id: str = PAGES_CONNECTOR_ID, **query: Any) -> dict[str, Any]:
    response = httpx.get(f"{base_url}{connector_path(connector_id)}/connections", params=query, headers=AUTH)
    assert response.status_code == 200, response.text
    page: dict[str, Any] = response.json()
    return page


def test_pages_list_the_newest_first_and_cursors_walk_them(server: LiveServer) -> None:
    created = [_connect(server.url, name, PAGES_CONNECTOR_ID) for name in ("oldest", "middle", "newest")]
    summaries = [{key: c[key] for key in ("id", "name", "createdAt", "updatedAt")} for c in reversed(created)]

    whole = _page(server.url)
    first = _page(server.url, first=2)
    second = _page(server.url, first=2, after=first["next"])
    one_by_one = [_page(server.url, first=1)]
    while "next" in one_by_one[-1]:
        one_by_one.append(_page(server.url, first=1, after=one_by_one[-1]["next"]))

    assert whole == {"totalCount": 3, "items": summaries}
    assert [item["name"] for item in whole["items"]] == ["newest", "middle", "oldest"]
    assert (first["totalCount"], first["items"]) == (3, summaries[:2])
    assert second == {"totalCount": 3, "items": summaries[2:], "prev": second["prev"]}
    assert [page["items"] for page in one_by_one] == [[summary] for summary in summaries]
    assert "prev" not in whole
    assert "prev" not in first
    assert "prev" not in one_by_one[0]


def test_head_of_a_list_answers_its_headers_and_no_body(server: LiveServer) -> None:
    url = f"{server.url}/o/{ORGANISATION_ID}/connectors/{PAGES_CONNECTOR_ID}/connections"
    got = httpx.get(url, headers=AUTH)
    head = httpx.head(url, headers=AUTH)

    assert got.status_code == head.status_code == 200
    assert head.content == b""
    assert head.headers["Content-Length"] == str(len(got.content))


def test_pages_walk_back_with_before(server: LiveServer) -> None:
    created = [_connect(server.url, name, BACKWARDS_CONNECTOR_ID) for name in ("one", "two", "three", "four", "five")]
    names = [connection["name"] for connection in reversed(created)]  # newest first
    pages = [_page(server.url, BACKWARDS_CONNECTOR_ID, first=2)]
    while "next" in pages[-1]:
        pages.append(_page(server.url, BACKWARDS_CONNECTOR_ID, first=2, after=pages[-1]["next"]))

    back = [pages[-1]]
    while "prev" in back[-1]:
        back.append(_page(server.url, BACKWARDS_CONNECTOR_ID, first=2, before=back[-1]["prev"]))

    assert [[item["name"] for item in page["items"]] for page in pages] == [names[0:2], names[2:4], names[4:5]]
    assert [[item["name"] for item in page["items"]] for page in back] == [names[4:5], names[2:4], names[0:2]]
    assert "next" in back[-1]
    assert "prev" not in back[-1]


def test_after_and_before_together_are_refused(server: LiveServer) -> None:
    response = httpx.get(
        f"{server.url}{connector_path(PAGES_CONNECTOR_ID)}/connections",
        params={"after": "eA", "before": "eA"},
        headers=AUTH,
    )

    assert response.status_code == 400, response.text
    assert response.json()["code"] == "invalid_request"
    assert [item["field"] for item in response.json()["fields"]] == ["after", "before"]


# Not base64; and base64 of a bare connection id, which says nothing of where the page ends.
@pytest.mark.parametrize("cursor", ["not a cursor!", "MDFNNkZHNUdUOUE4UFlKVkJHWlc0UkJSMlA"])
def test_a_cursor_the_server_did_not_hand_out_is_refused(server: LiveServer, cursor: str) -> None:
    response = httpx.get(
        f"{server.url}{connector_path(PAGES_CONNECTOR_ID)}/connections", params={"after": cursor}, headers=AUTH
    )

    assert response.status_code == 400, response.text
    error = response.json()
    assert (error["code"], [field["field"] for field in error["fields"]]) == ("invalid_request", ["after"])


def test_an_unknown_connection_or_one_of_another_connector_is_not_found(server: LiveServer) -> None:
    elsewhere = _connect(server.url, "Lives in the second connector")

    unknown = httpx.get(f"{server.url}{connector_path()}/connections/01M6FG5GT9A8PYJVBGZW4RBR2P", headers=AUTH)
    wrong_connector = httpx.get(f"{server.url}{connector_path()}/connections/{elsewhere['id']}", headers=AUTH)

    for response in (unknown, wrong_connector):
        assert response.status_code == 404, response.text
        assert response.json()["code"] == "connection_not_found"


# --- Trigger credentials ------------------------------------------------------------------------------------------


def test_a_code_credential_among_the_trigger_credentials_makes_a_connection(server: LiveServer) -> None:
    redirect = follow_to_callback(initialise(server.url))
    body = connection_body(redirect.message["code"], redirect.message["state"], name="Triggered")
    body["credentials"]["trigger"], body["credentials"]["action"] = body["credentials"]["action"], []

    created = httpx.post(f"{server.url}{connector_path()}/connections", json=body, headers=AUTH)

    assert created.status_code == 200, created.text
    credentials = created.json()["credentials"]
    assert credentials["action"] == []
    assert [item["credential"]["type"] for item in credentials["trigger"]] == ["oauth2-token"]
    assert credentials["trigger"][0]["credential"]["data"]["scopes"] == ["profile", "offline_access"]


# --- A front end on another origin (the default CORS origins) ----------------------------------------------------


@pytest.mark.parametrize("origin", ["http://localhost:5173", "http://127.0.0.1:3000", "http://localhost:8080"])
def test_a_front_end_on_a_default_origin_passes_cors(server: LiveServer, origin: str) -> None:
    url = f"{server.url}{connector_path()}/oauth2/initialise"
    preflight = httpx.options(
        url,
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization, content-type",
        },
    )
    actual = httpx.post(url, json=initialise_body(), headers={**AUTH, "Origin": origin})

    assert preflight.status_code == 200, preflight.text
    assert preflight.headers["access-control-allow-origin"] == origin
    assert "POST" in preflight.headers["access-control-allow-methods"]
    assert {"authorization", "content-type"} <= {
        name.strip().lower() for name in preflight.headers["access-control-allow-headers"].split(",")
    }
    assert actual.status_code == 200, actual.text
    assert actual.headers["access-control-allow-origin"] == origin
    assert "x-request-id" in actual.headers["access-control-expose-headers"].lower()


@pytest.mark.parametrize("origin", ["http://localhost:3001", "http://evil.example", "https://localhost:5173"])
def test_a_front_end_on_another_origin_is_refused_by_cors(server: LiveServer, origin: str) -> None:
    url = f"{server.url}{connector_path()}/oauth2/initialise"
    preflight = httpx.options(url, headers={"Origin": origin, "Access-Control-Request-Method": "POST"})
    actual = httpx.post(url, json=initialise_body(), headers={**AUTH, "Origin": origin})

    assert preflight.status_code == 400
    assert "access-control-allow-origin" not in preflight.headers
    assert "access-control-allow-origin" not in actual.headers
