"""mock_server.control in-process: reset, seed, journal, fail-next, delay-next, approve and deny, token failures."""

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio
import yaml
from starlette.applications import Starlette
from starlette.types import Receive, Scope, Send

from mock_server.app import create_app
from mock_server.control.control import Control, ControlError, JournalEntry
from mock_server.core.redaction import REDACTED, redacted_target, redacted_tree
from mock_server.seed.loading import SeedError
from mock_server.settings import Settings
from tests.support import seeds
from tests.support.asgi import app_client
from tests.support.examples import CONNECTOR_ID, ORGANISATION_ID
from tests.support.oauth_loop import connection_body
from tests.support.platform_server import (
    ADA_EXTERNAL_ID,
    ADDED_CONNECTION,
    ADDED_TEMPLATE,
    ENVIRONMENT_ID,
    NIGHTLY_SYNC_ID,
    PLACEHOLDER,
    PROJECT_ID,
    SHOP_TEMPLATE_ID,
    SHOPIFY_SYSTEM_ID,
    added_platform_items,
    key_connection,
)
from tests.support.platform_server import BASE as PLATFORM_BASE
from tests.support.server import DEV_API_KEY, OTHER_ORGANISATION_ID, SEEDED_CLIENT_ID, SEEDED_CREDENTIAL_ID

pytestmark = pytest.mark.asyncio

AUTH = {"Authorization": f"Bearer {DEV_API_KEY}"}
BASE = f"/o/{ORGANISATION_ID}/connectors/{CONNECTOR_ID}"
PROVIDER_AUTHORIZE = "http://127.0.0.1:8000/mock-provider/authorize"
NEW_ORG = seeds.ADDED_ORGANISATION_ID
NEW_CONNECTOR = seeds.ADDED_CONNECTOR_ID
NEW_CREDENTIAL = seeds.ADDED_CREDENTIAL_ID
NEW_KEY = seeds.ADDED_API_KEY


class App:
    """The app and its control; the server's own outgoing calls (the code exchange) go to the app itself."""

    def __init__(self, settings: Settings) -> None:
        self.app: Starlette = create_app(settings, http_transport=httpx.ASGITransport(app=self._self))

    async def _self(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(scope, receive, send)

    @property
    def control(self) -> Control:
        control: Control = self.app.state.control
        return control


@pytest_asyncio.fixture
async def served() -> AsyncIterator[tuple[Control, httpx.AsyncClient]]:
    app = App(Settings(database=":memory:", validate_responses=True))
    async with app_client(app.app) as client:
        yield app.control, client


async def initialise(client: httpx.AsyncClient, headers: dict[str, str] = AUTH, base: str = BASE) -> str:
    body = {
        "credential": {"id": SEEDED_CREDENTIAL_ID, "organisationId": ORGANISATION_ID},
        "authorizeUrl": PROVIDER_AUTHORIZE,
        "clientId": SEEDED_CLIENT_ID,
        "scopes": ["profile"],
    }
    response = await client.post(f"{base}/oauth2/initialise", json=body, headers=headers)
    assert response.status_code == 200, response.text
    url: str = response.json()["url"]
    return url


def new_organisation() -> dict[str, Any]:
    """The added organisation, with a connection too."""
    data = seeds.added_organisation()
    data["connections"] = [{"organisation_id": NEW_ORG, "connector_id": NEW_CONNECTOR, "name": "Seeded"}]
    return data


async def refused_field(control: Control, data: dict[str, Any]) -> str:
    """The field named by the refusal of a seed of ``data``."""
    with pytest.raises(ControlError) as caught:
        await control.seed(data)
    return caught.value.field


# --- approve and deny -------------------------------------------------------------------------------------------


async def test_approve_gives_a_code_and_the_state_that_create_accepts(
    served: tuple[Control, httpx.AsyncClient],
) -> None:
    control, client = served
    url = await initialise(client)
    state = httpx.URL(url).params["state"]

    result = await control.approve(url)

    assert result.state == state
    assert result.error is None
    assert result.code is not None
    assert result.redirect_url.startswith("http://127.0.0.1:8000/oauth2/callback?code=")
    created = await client.post(f"{BASE}/connections", json=connection_body(result.code, state), headers=AUTH)
    assert created.status_code == 200, created.text


async def test_deny_gives_access_denied_and_the_state(served: tuple[Control, httpx.AsyncClient]) -> None:
    control, client = served
    url = await initialise(client)

    result = await control.deny(url)

    assert result.error == "access_denied"
    assert result.code is None
    assert result.state == httpx.URL(url).params["state"]
    assert "error=access_denied" in result.redirect_url


@pytest.mark.parametrize(
    "url",
    ["https://accounts.google.com/o/oauth2/v2/auth?client_id=x", f"{PROVIDER_AUTHORIZE}?client_id=nobody"],
    ids=["another-provider", "unknown-client"],
)
async def test_approve_refuses_what_the_provider_would_not_redirect(
    served: tuple[Control, httpx.AsyncClient], url: str
) -> None:
    control, _ = served

    with pytest.raises(ControlError) as caught:
        await control.approve(url)

    assert caught.value.field == "authorize_url"


# --- seed and reset ---------------------------------------------------------------------------------------------


async def test_seeded_organisation_works_for_a_whole_loop(served: tuple[Control, httpx.AsyncClient]) -> None:
    control, client = served

    added = await control.seed(new_organisation())

    assert added == {"organisations": 1, "connectors": 1, "credentials": 1, "api_keys": 1, "connections": 1}
    headers = {"Authorization": f"Bearer {NEW_KEY}"}
    base = f"/o/{NEW_ORG}/connectors/{NEW_CONNECTOR}"
    listed = await client.get(f"{base}/connections", headers=headers)
    assert listed.json()["totalCount"] == 1
    body = {
        "credential": {"id": NEW_CREDENTIAL, "organisationId": NEW_ORG},
        "authorizeUrl": PROVIDER_AUTHORIZE,
        "clientId": seeds.ADDED_CLIENT_ID,
    }
    url = (await client.post(f"{base}/oauth2/initialise", json=body, headers=headers)).json()["url"]
    result = await control.approve(url)
    assert result.code is not None
    assert result.state is not None
    create = connection_body(result.code, result.state)
    grant = create["credentials"]["action"][0]["authSchemeConfig"]["grant"]
    grant.update(credentialId=NEW_CREDENTIAL, organisationId=NEW_ORG, clientId=seeds.ADDED_CLIENT_ID)
    created = await client.post(f"{base}/connections", json=create, headers=headers)
    assert created.status_code == 200, created.text


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda data: data["connectors"][0].update(id="not-a-ulid"), "connectors[0].id"),
        (lambda data: data["credentials"][0].pop("client_secret"), "credentials[0].client_secret"),
        (lambda data: data["connections"][0].update(connector_id=CONNECTOR_ID), "connections[0].connector_id"),
        (lambda data: data["connections"][0].update(colour="blue"), "connections[0].colour"),
        (lambda data: data.update(users=[]), "users"),
    ],
    ids=["bad-id", "missing-secret", "connector-of-another-organisation", "unknown-key", "unknown-section"],
)
async def test_a_refused_seed_names_the_field_and_adds_nothing(
    served: tuple[Control, httpx.AsyncClient], change: Any, field: str
) -> None:
    control, client = served
    data = new_organisation()
    change(data)

    assert await refused_field(control, data) == field
    refused = await client.get(
        f"/o/{NEW_ORG}/connectors/{NEW_CONNECTOR}/connections", headers={"Authorization": f"Bearer {NEW_KEY}"}
    )
    assert refused.status_code == 401


def _template(data: dict[str, Any]) -> dict[str, Any]:
    template: dict[str, Any] = data["connection_templates"][0]
    return template


def _connection(data: dict[str, Any]) -> dict[str, Any]:
    connection: dict[str, Any] = data["platform_connections"][0]["connection"]
    return connection


def _in_another_organisation(data: dict[str, Any], **ids: str) -> None:
    """Every item of ``data`` moved to the other organisation of the built-in seed; the template or connection given
    the id of one the built-in organisation holds."""
    for section in ("projects", "systems", "connection_templates", "end_users", "platform_connections"):
        for item in data[section]:
            item["organisation_id"] = OTHER_ORGANISATION_ID
    for pairing in _connection(data)["connection"]["credentials"]:
        pairing["credential"]["organisationId"] = OTHER_ORGANISATION_ID
    _template(data)["id"] = ids.get("template_id", _template(data)["id"])
    data["platform_connections"][0]["id"] = ids.get("connection_id", data["platform_connections"][0]["id"])
    if "template_id" in ids:
        _connection(data)["connectionTemplateId"] = ids["template_id"]


ADDED_PLATFORM_COUNTS = {
    "organisations": 0, "connectors": 0, "credentials": 0, "api_keys": 0, "connections": 0, "projects": 1,
    "systems": 1, "connection_templates": 1, "end_users": 1, "platform_connections": 1,
}  # fmt: skip


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda data: _template(data)["template"].update(systemId=PLACEHOLDER),
         "connection_templates[0].template.systemId"),
        (lambda data: _template(data).update(project_id=PLACEHOLDER), "connection_templates[0].project_id"),
        (lambda data: _template(data)["template"].update(environmentId=ENVIRONMENT_ID),
         "connection_templates[0].template.environmentId"),
        (lambda data: _connection(data).update(connectionTemplateId=PLACEHOLDER),
         "platform_connections[0].connection.connectionTemplateId"),
        (lambda data: _connection(data).pop("externalId"), "platform_connections[0].connection.externalId"),
        (lambda data: _connection(data).update(externalId="no-such-user"),
         "platform_connections[0].connection.externalId"),
        (lambda data: _connection(data).update(connectionTemplateId=SHOP_TEMPLATE_ID),
         "platform_connections[0].connection.externalId"),
        (lambda data: data["systems"][0].update(id=SHOPIFY_SYSTEM_ID), "systems[0].id"),
        (lambda data: data["end_users"][0]["end_user"].update(externalId=ADA_EXTERNAL_ID),
         "end_users[0].end_user.externalId"),
        (lambda data: data["end_users"].append({**data["end_users"][0], "id": PLACEHOLDER[:-1] + "1"}),
         "end_users[1].end_user.externalId"),
        (lambda data: data["projects"][0].update(id=PROJECT_ID), "projects[0].id"),
        (lambda data: _in_another_organisation(data, template_id=SHOP_TEMPLATE_ID), "connection_templates[0].id"),
        (lambda data: _in_another_organisation(data, connection_id=NIGHTLY_SYNC_ID), "platform_connections[0].id"),
        (lambda data: _template(data).update(project_id=PROJECT_ID, template={
            "systemId": SHOPIFY_SYSTEM_ID, "name": "shop", "environmentId": ENVIRONMENT_ID}),
         "connection_templates[0].template.name"),
        (lambda data: data["platform_connections"][0].update(connection=key_connection("Nightly sync")),
         "platform_connections[0].connection.connection.name"),
        (lambda data: data["platform_connections"].append(
            {**data["platform_connections"][0], "id": PLACEHOLDER[:-1] + "2"}),
         "platform_connections[1].connection.connection.name"),
        (lambda data: _connection(data)["connection"]["credentials"][0]["credential"].update(
            organisationId=OTHER_ORGANISATION_ID),
         "platform_connections[0].connection.connection.credentials[0].credential.organisationId"),
    ],
    ids=[
        "unknown-system", "unknown-project", "environment-of-another-project", "unknown-template",
        "dynamic-without-end-user", "unknown-end-user", "static-with-end-user", "system-id-held", "external-id-held",
        "external-id-twice", "project-id-held", "template-id-of-another-organisation",
        "connection-id-of-another-organisation", "template-name-held", "connection-name-held", "connection-name-twice",
        "credential-of-another-organisation",
    ],
)  # fmt: skip
async def test_a_platform_item_naming_what_is_not_there_or_what_is_taken_is_refused_and_nothing_is_added(
    served: tuple[Control, httpx.AsyncClient], change: Any, field: str
) -> None:
    control, _ = served
    data = added_platform_items()
    change(data)

    assert await refused_field(control, data) == field
    assert await control.seed(added_platform_items()) == ADDED_PLATFORM_COUNTS  # nothing of it was left behind


async def test_platform_items_may_name_what_the_server_holds_already(served: tuple[Control, httpx.AsyncClient]) -> None:
    control, client = served
    data = added_platform_items()
    _template(data).update(project_id=PROJECT_ID)
    _template(data)["template"].update(systemId=SHOPIFY_SYSTEM_ID, environmentId=ENVIRONMENT_ID)
    _connection(data).update(externalId=ADA_EXTERNAL_ID)
    del data["projects"], data["systems"], data["end_users"]

    added = await control.seed(data)

    assert (added["connection_templates"], added["platform_connections"]) == (1, 1)
    connection = (await client.get(f"{PLATFORM_BASE}/connections/{ADDED_CONNECTION}", headers=AUTH)).json()
    assert (connection["systemId"], connection["connectionTemplateId"]) == (SHOPIFY_SYSTEM_ID, ADDED_TEMPLATE)


async def test_a_seed_file_whose_template_names_a_system_it_lacks_stops_the_server(tmp_path: Path) -> None:
    seed = seeds.default_seed()
    seed["connection_templates"][0]["template"]["systemId"] = PLACEHOLDER
    path = tmp_path / "seed.yaml"
    path.write_text(yaml.safe_dump(seed), encoding="utf-8")

    with pytest.raises(SeedError) as caught:
        create_app(Settings(database=":memory:", seed=path))

    assert caught.value.field == "connection_templates[0].template.systemId"


async def test_a_name_taken_between_the_check_and_the_store_undoes_the_whole_seed(
    served: tuple[Control, httpx.AsyncClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    control, client = served
    data = new_organisation()
    data["connections"].append({"organisation_id": ORGANISATION_ID, "connector_id": CONNECTOR_ID, "name": "Raced"})
    checked = Control._connections

    async def checked_then_raced(self: Control, entries: Any, addition: Any) -> Any:
        planned = await checked(self, entries, addition)
        raced = {"name": "Raced", "credentials": {"action": [], "trigger": []}, "variables": []}
        assert (await client.post(f"{BASE}/connections", json=raced, headers=AUTH)).status_code == 200
        return planned

    monkeypatch.setattr(Control, "_connections", checked_then_raced)

    with pytest.raises(ControlError) as caught:
        await control.seed(data)

    assert caught.value.field == "connections[1].name"
    new_key = {"Authorization": f"Bearer {NEW_KEY}"}
    assert (
        await client.get(f"/o/{NEW_ORG}/connectors/{NEW_CONNECTOR}/connections", headers=new_key)
    ).status_code == 401
    names = [item["name"] for item in (await client.get(f"{BASE}/connections", headers=AUTH)).json()["items"]]
    assert names.count("Raced") == 1
    monkeypatch.undo()
    assert await control.seed(new_organisation()) == {
        "organisations": 1,
        "connectors": 1,
        "credentials": 1,
        "api_keys": 1,
        "connections": 1,
    }


async def test_reset_forgets_additions_connections_states_journal_and_plans(
    served: tuple[Control, httpx.AsyncClient],
) -> None:
    control, client = served
    await control.seed(new_organisation())
    pending = await initialise(client)
    control.fail_next(503, operation="list_connector_connections")

    await control.reset()

    assert control.journal() == []
    assert (await client.get(f"{BASE}/connections", headers=AUTH)).status_code == 200  # the plan is gone
    new_key = {"Authorization": f"Bearer {NEW_KEY}"}
    assert (
        await client.get(f"/o/{NEW_ORG}/connectors/{NEW_CONNECTOR}/connections", headers=new_key)
    ).status_code == 401
    with pytest.raises(ControlError):
        await control.approve(pending.replace("client_id=versori-dev-client", "client_id=added-client"))
    approved = await control.approve(pending)  # the seed's client is still registered ...
    assert approved.code is not None
    assert approved.state is not None
    create = await client.post(f"{BASE}/connections", json=connection_body(approved.code, approved.state), headers=AUTH)
    assert create.json()["code"] == "invalid_state"  # ... but the state was forgotten


# --- journal ----------------------------------------------------------------------------------------------------


async def test_journal_lists_calls_in_order_with_secrets_redacted_and_filters_and_clears(
    served: tuple[Control, httpx.AsyncClient],
) -> None:
    control, client = served
    await client.get(f"{BASE}/connections", headers=AUTH)
    await client.post(f"{BASE}/connections", json=connection_body("the-code", "the-state"), headers=AUTH)

    entries = control.journal()

    assert [entry.operation_id for entry in entries] == ["list_connector_connections", "create_connector_connection"]
    assert entries[0] == JournalEntry(
        "list_connector_connections",
        {"organisation_id": ORGANISATION_ID, "connector_id": CONNECTOR_ID},
        None,
        200,
        None,
    )
    created = entries[1]
    assert (created.status, created.error_code) == (400, "invalid_state")
    data = created.body["credentials"]["action"][0]["credential"]["data"]
    assert data == {"code": REDACTED, "state": REDACTED}
    assert [entry.operation_id for entry in control.journal("create_connector_connection")] == [
        "create_connector_connection"
    ]
    control.clear_journal()
    assert control.journal() == []


async def test_the_journal_redacts_every_credential_secret_an_answer_hides() -> None:
    body = {
        "name": "Keys",
        "credentials": {
            "action": [
                {"credential": {"type": "string", "data": {"value": "s3cret"}}},
                {"credential": {"type": "binary", "data": {"valueBase64": "c2VjcmV0"}}},
                {"credential": {"type": "certificate", "data": {"certificate": "PEM", "key": "PRIVATE"}}},
                {"credential": {"type": "basic-auth", "data": {"username": "ada", "password": "pw"}}},
                {
                    "credential": {
                        "type": "oauth2-token",
                        "name": "t",
                        "data": {"accessToken": "a", "refreshToken": "r"},
                    }
                },
            ],
            "trigger": [],
        },
    }

    datas = [item["credential"]["data"] for item in redacted_tree(body)["credentials"]["action"]]

    assert datas == [
        {"value": REDACTED},
        {"valueBase64": REDACTED},
        {"certificate": "PEM", "key": REDACTED},
        {"username": "ada", "password": REDACTED},
        {"accessToken": REDACTED, "refreshToken": REDACTED},
    ]


async def test_the_journal_and_the_access_log_hide_an_oauth1_verifier_and_keep_its_token() -> None:
    data = {"state": "s-1", "oauthToken": "temporary-token", "oauthVerifier": "verifier-1"}
    target = "/oauth1/callback?state=s-1&oauth_token=temporary-token&oauth_verifier=verifier-1"

    assert redacted_tree({"credential": {"type": "oauth1", "data": {"oauth1": data}}}) == {
        "credential": {
            "type": "oauth1",
            "data": {"oauth1": {"state": REDACTED, "oauthToken": "temporary-token", "oauthVerifier": REDACTED}},
        }
    }
    assert (
        redacted_target(target)
        == "/oauth1/callback?state=[redacted]&oauth_token=temporary-token&oauth_verifier=[redacted]"
    )


# --- fail-next and delay-next -----------------------------------------------------------------------------------


async def test_fail_next_answers_the_documented_example_times_then_lets_calls_through(
    served: tuple[Control, httpx.AsyncClient],
) -> None:
    control, client = served
    control.fail_next(429, operation="list_connector_connections", times=2, retry_after=7)

    first = await client.get(f"{BASE}/connections", headers=AUTH)
    second = await client.get(f"{BASE}/connections", headers=AUTH)
    third = await client.get(f"{BASE}/connections", headers=AUTH)

    assert (first.status_code, first.json()["code"], first.headers["retry-after"]) == (429, "rate_limited", "7")
    assert second.status_code == 429
    assert third.status_code == 200


async def test_fail_next_of_one_operation_leaves_the_others_alone(served: tuple[Control, httpx.AsyncClient]) -> None:
    control, client = served
    control.fail_next(503, operation="initialise_oauth2_connection")

    listed = await client.get(f"{BASE}/connections", headers=AUTH)
    initialised = await client.post(f"{BASE}/oauth2/initialise", json={}, headers=AUTH)

    assert listed.status_code == 200
    assert initialised.status_code == 400  # the contract's checks come first: a wrong request is never hidden


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"status": 418}, "status"),
        ({"status": 502, "operation": "list_connector_connections"}, "status"),
        ({"status": 503, "operation": "no_such_operation"}, "operation"),
        ({"status": 503, "times": 0}, "times"),
        ({"status": 400, "retry_after": 3}, "retry_after"),
    ],
    ids=["undocumented", "undocumented-for-that-operation", "unknown-operation", "no-times", "retry-after-on-400"],
)
async def test_fail_next_refuses_what_the_contract_does_not_document(
    served: tuple[Control, httpx.AsyncClient], arguments: dict[str, Any], field: str
) -> None:
    control, _ = served

    with pytest.raises(ControlError) as caught:
        control.fail_next(**arguments)

    assert caught.value.field == field


async def test_delay_next_waits_before_the_answer(
    served: tuple[Control, httpx.AsyncClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    control, client = served
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr("mock_server.api.preferences.asyncio.sleep", sleep)
    control.delay_next(1500, times=1)

    await client.get(f"{BASE}/connections", headers=AUTH)
    await client.get(f"{BASE}/connections", headers=AUTH)

    assert waits == [1.5]
    with pytest.raises(ControlError):
        control.delay_next(10_001)


# --- the token endpoint -----------------------------------------------------------------------------------------


async def test_token_endpoint_failure_makes_create_answer_502_once(served: tuple[Control, httpx.AsyncClient]) -> None:
    control, client = served
    control.fail_token_endpoint(status=503, times=1)
    first = await control.approve(await initialise(client))
    second = await control.approve(await initialise(client))
    assert first.code is not None
    assert first.state is not None
    assert second.code is not None
    assert second.state is not None

    failed = await client.post(f"{BASE}/connections", json=connection_body(first.code, first.state), headers=AUTH)
    created = await client.post(f"{BASE}/connections", json=connection_body(second.code, second.state), headers=AUTH)

    assert (failed.status_code, failed.json()["code"]) == (502, "provider_unavailable")
    assert created.status_code == 200, created.text
    with pytest.raises(ControlError):
        control.fail_token_endpoint(status=400)
