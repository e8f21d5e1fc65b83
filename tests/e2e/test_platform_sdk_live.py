"""``PlatformClient`` and ``AsyncPlatformClient`` against the reference server over real sockets: every Platform
operation through the SDK, the OAuth 2.0 loop with and without a loopback ``redirectUrl``, and the server's
refusals arriving as the SDK's typed exceptions. Each test runs once on each client (``platform``), on one
server for the module; names carry the client's kind so that the two runs never meet."""

from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
import pytest_asyncio

from tests.support.either import collect, settle
from tests.support.examples import ORGANISATION_ID
from tests.support.oauth_loop import query_of
from tests.support.platform_server import (
    ENVIRONMENT_ID,
    MOCK_CONFIG_ID,
    MOCK_SYSTEM_ID,
    MOCK_TEMPLATE_ID,
    PROJECT_ID,
    SHOPIFY_SYSTEM_ID,
    approve_by_admin,
    code_connection,
    key_connection,
)
from tests.support.server import DEV_API_KEY, SEEDED_CLIENT_ID, SEEDED_CREDENTIAL_ID, LiveServer, live_server
from versori_connect import (
    APIStatusError,
    AsyncPlatformClient,
    BadRequestError,
    ConflictError,
    NotFoundError,
    PlatformClient,
    PreconditionFailedError,
)
from versori_connect.platform import AuthSchemeApiKey, AuthSchemeOAuth2, CredentialOAuth2Token, CredentialString

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio]

Either = PlatformClient | AsyncPlatformClient
CODE_FIELD = "connection.credentials[0].credential.data.oauth2Code"
API_KEY_CONFIG = {
    "type": "api-key",
    "apiKey": {"id": "sdk-key", "description": "Key", "name": "X-Key", "in": "header"},
}


@pytest.fixture(scope="module")
def server() -> Iterator[LiveServer]:
    with live_server("--validate-responses", env={"VERSORI_MOCK_DATABASE": ":memory:"}) as running:
        yield running


@pytest_asyncio.fixture(params=["sync", "async"])
async def platform(request: pytest.FixtureRequest, server: LiveServer) -> AsyncIterator[Either]:
    """``PlatformClient``, then ``AsyncPlatformClient``, on the server's ``/api/v2``."""
    options: dict[str, Any] = {"api_key": DEV_API_KEY, "base_url": f"{server.url}/api/v2", "max_retries": 0}
    if request.param == "sync":
        with PlatformClient(**options) as client:
            yield client
    else:
        async with AsyncPlatformClient(**options) as async_client:
            yield async_client


def kind(client: Either) -> str:
    return "async" if isinstance(client, AsyncPlatformClient) else "sync"


def refusal(error: APIStatusError) -> tuple[int, str, list[str]]:
    return error.status_code, error.code, [item.field for item in error.fields]


async def initialise(client: Either, server: LiveServer, redirect_url: str | None = None) -> str:
    started = await settle(
        client.connections.initialise_oauth2(
            ORGANISATION_ID,
            MOCK_SYSTEM_ID,
            credential={"id": SEEDED_CREDENTIAL_ID, "organisation_id": ORGANISATION_ID},
            authorize_url=f"{server.url}/mock-provider/authorize",
            client_id=SEEDED_CLIENT_ID,
            redirect_url=redirect_url,
            scopes=["profile"],
        )
    )
    return started.url


async def test_a_system_lives_through_create_list_get_update_configs_and_delete(
    platform: Either, server: LiveServer
) -> None:
    body = {
        "name": f"Acme {kind(platform)}",
        "domain": f"{kind(platform)}.acme.example",
        "templateBaseUrl": "https://acme.example/api",
        "authSchemeConfigs": [{"type": "secret"}],
    }

    created = await settle(platform.systems.create(ORGANISATION_ID, body))
    assert created.to_dict() == {**body, "id": created.id}
    assert (await settle(platform.systems.get(ORGANISATION_ID, created.id))).to_dict() == created.to_dict()
    found = await collect(platform.systems.list(ORGANISATION_ID, search=f"{kind(platform)}.ACME"))
    assert [system.id for system in found] == [created.id]
    updated = await settle(platform.systems.update(ORGANISATION_ID, created.id, {"name": "Acme"}))
    assert updated.to_dict() == {**created.to_dict(), "name": "Acme"}

    config = await settle(
        platform.systems.auth_scheme_configs.upsert(ORGANISATION_ID, created.id, "sdk-key", API_KEY_CONFIG)
    )
    assert isinstance(config, AuthSchemeApiKey)
    assert config.to_dict() == API_KEY_CONFIG
    as_basic = {"type": "basic-auth", "basicAuth": {"id": "sdk-key", "description": "B"}}
    with pytest.raises(BadRequestError) as changed:
        await settle(platform.systems.auth_scheme_configs.upsert(ORGANISATION_ID, created.id, "sdk-key", as_basic))
    assert refusal(changed.value) == (400, "scheme_type_change", ["type"])
    stored = await settle(platform.systems.get(ORGANISATION_ID, created.id))
    assert [item.to_dict() for item in stored.auth_scheme_configs] == [{"type": "secret"}, API_KEY_CONFIG]
    await settle(platform.systems.auth_scheme_configs.delete(ORGANISATION_ID, created.id, "sdk-key"))
    with pytest.raises(NotFoundError) as gone_config:
        await settle(platform.systems.auth_scheme_configs.delete(ORGANISATION_ID, created.id, "sdk-key"))
    assert refusal(gone_config.value)[:2] == (404, "auth_scheme_config_not_found")

    await settle(platform.systems.delete(ORGANISATION_ID, created.id))
    with pytest.raises(NotFoundError) as gone:
        await settle(platform.systems.get(ORGANISATION_ID, created.id))
    assert refusal(gone.value) == (404, "not_found", [])


async def test_every_system_is_walked_a_page_at_a_time_and_a_page_goes_back(platform: Either) -> None:
    every = [system.id for system in await collect(platform.systems.list(ORGANISATION_ID))]

    first = await settle(platform.systems.list(ORGANISATION_ID, first=1))
    walked = [system.id for system in await collect(first)]
    assert isinstance(first.next_, str)
    second = await settle(platform.systems.list(ORGANISATION_ID, first=1, after=first.next_))
    assert isinstance(second.prev, str)
    back = await settle(platform.systems.list(ORGANISATION_ID, first=1, before=second.prev))

    assert len(every) >= 3
    assert walked == every
    assert [system.id for system in second.items] == every[1:2]
    assert [system.id for system in back.items] == every[:1]


async def test_templates_live_through_create_list_update_and_delete_and_hold_their_system(
    platform: Either, server: LiveServer
) -> None:
    system = await settle(
        platform.systems.create(
            ORGANISATION_ID,
            {"name": "Linked", "domain": "l", "templateBaseUrl": "https://l", "authSchemeConfigs": [API_KEY_CONFIG]},
        )
    )
    link = {"systemId": system.id, "name": f"linked_{kind(platform)}", "environmentId": ENVIRONMENT_ID}

    template = await settle(platform.connection_templates.create(ORGANISATION_ID, PROJECT_ID, link))
    assert (template.id, template.name, template.dynamic, template.domain) == (system.id, link["name"], False, "l")
    assert [config.to_dict() for config in template.auth_scheme_configs] == [API_KEY_CONFIG]
    template_id = str(template.connection_template_id)
    with pytest.raises(ConflictError) as taken:
        await settle(platform.connection_templates.create(ORGANISATION_ID, PROJECT_ID, link))
    assert refusal(taken.value) == (409, "conflict", ["name"])
    with pytest.raises(ConflictError) as held:
        await settle(platform.systems.delete(ORGANISATION_ID, system.id))
    assert refusal(held.value) == (409, "conflict", [])

    listed = await collect(platform.connection_templates.list(ORGANISATION_ID, PROJECT_ID, env_id=ENVIRONMENT_ID))
    assert template_id in [item.connection_template_id for item in listed]
    assert await collect(platform.connection_templates.list(ORGANISATION_ID, PROJECT_ID, env_id=PROJECT_ID)) == []
    renamed = await settle(
        platform.connection_templates.update(ORGANISATION_ID, PROJECT_ID, template_id, {"name": f"{link['name']}_2"})
    )
    assert (renamed.name, renamed.connection_template_id) == (f"{link['name']}_2", template_id)
    with pytest.raises(BadRequestError) as unknown_config:
        await settle(
            platform.connection_templates.update(
                ORGANISATION_ID, PROJECT_ID, template_id, {"authSchemeConfigIds": ["nope"]}
            )
        )
    assert refusal(unknown_config.value) == (400, "invalid_request", ["authSchemeConfigIds[0]"])

    await settle(platform.connection_templates.delete(ORGANISATION_ID, PROJECT_ID, template_id))
    await settle(platform.systems.delete(ORGANISATION_ID, system.id))


async def test_the_loop_on_the_servers_callback_makes_a_connection_that_lives_through_get_list_update_and_delete(
    platform: Either, server: LiveServer
) -> None:
    authorize_url = await initialise(platform, server)
    assert query_of(authorize_url)["redirect_uri"] == f"{server.url}/oauth2/callback"
    sent = query_of(approve_by_admin(server.url, authorize_url))
    body = code_connection(server.url, sent["code"], sent["state"], f"Loop {kind(platform)}")

    created = await settle(platform.connections.create(ORGANISATION_ID, body))

    assert (created.name, created.system_id, created.connection_template_id) == (
        f"Loop {kind(platform)}",
        MOCK_SYSTEM_ID,
        MOCK_TEMPLATE_ID,
    )
    (entry,) = created.credentials
    assert isinstance(entry.auth_scheme_config, AuthSchemeOAuth2)
    assert entry.auth_scheme_config.to_dict()["oauth2"]["id"] == MOCK_CONFIG_ID
    assert isinstance(entry.credential, CredentialOAuth2Token)
    token = entry.credential.to_dict()["data"]["oauth2Token"]
    assert (token["accessToken"], token["refreshToken"], token["scopes"]) == (
        "[redacted]",
        "[redacted]",
        ["profile", "offline_access"],
    )
    with pytest.raises(BadRequestError) as replayed:
        await settle(platform.connections.create(ORGANISATION_ID, body))
    assert refusal(replayed.value) == (400, "invalid_state", [f"{CODE_FIELD}.state"])

    read = await settle(platform.connections.get(ORGANISATION_ID, created.id))
    assert read.to_dict() == created.to_dict()
    by_system = await collect(platform.connections.list(ORGANISATION_ID, system_id=MOCK_SYSTEM_ID))
    assert created.id in [item.id for item in by_system]
    assert created.id not in [
        item.id for item in await collect(platform.connections.list(ORGANISATION_ID, system_id=SHOPIFY_SYSTEM_ID))
    ]
    # The read sent back as it is, renamed: the redacted secrets keep the stored ones.
    update = {"name": f"Renamed {kind(platform)}", "credentials": read.to_dict()["credentials"], "baseUrl": ""}
    updated = await settle(platform.connections.update(ORGANISATION_ID, created.id, update))
    assert updated.to_dict() == {**read.to_dict(), "name": update["name"], "updatedAt": updated.to_dict()["updatedAt"]}

    await settle(platform.connections.delete(ORGANISATION_ID, created.id))
    with pytest.raises(NotFoundError) as gone:
        await settle(platform.connections.get(ORGANISATION_ID, created.id))
    assert refusal(gone.value)[:2] == (404, "connection_not_found")


async def test_a_loopback_redirect_url_is_the_redirect_uri_and_the_code_must_name_it_again(
    platform: Either, server: LiveServer
) -> None:
    loopback = "http://127.0.0.1:62168/oauth/callback"
    authorize_url = await initialise(platform, server, redirect_url=loopback)
    assert query_of(authorize_url)["redirect_uri"] == loopback
    redirect = approve_by_admin(server.url, authorize_url)
    assert redirect.startswith(f"{loopback}?")
    sent = query_of(redirect)
    name = f"CLI {kind(platform)}"

    with pytest.raises(BadRequestError) as without:
        await settle(
            platform.connections.create(ORGANISATION_ID, code_connection(server.url, sent["code"], sent["state"], name))
        )
    made = await settle(
        platform.connections.create(
            ORGANISATION_ID, code_connection(server.url, sent["code"], sent["state"], name, loopback)
        )
    )

    assert refusal(without.value) == (400, "invalid_request", [f"{CODE_FIELD}.redirectUrl"])
    assert made.name == name
    assert isinstance(made.credentials[0].credential, CredentialOAuth2Token)


async def test_a_redirect_url_neither_loopback_nor_the_callback_is_refused_naming_it(
    platform: Either, server: LiveServer
) -> None:
    with pytest.raises(BadRequestError) as refused:
        await initialise(platform, server, redirect_url="https://app.example.org/callback")
    assert refusal(refused.value) == (400, "invalid_request", ["redirectUrl"])


async def test_an_api_key_connection_on_a_static_template_is_stored_as_given_and_deleted(
    platform: Either, server: LiveServer
) -> None:
    name = f"Static shop {kind(platform)}"

    made = await settle(platform.connections.create(ORGANISATION_ID, key_connection(name)))

    credential = made.credentials[0].credential
    assert isinstance(credential, CredentialString)
    assert credential.to_dict()["data"] == {"string": {"value": "[redacted]"}}
    assert (made.name, made.system_id) == (name, SHOPIFY_SYSTEM_ID)
    with pytest.raises(ConflictError) as taken:
        await settle(platform.connections.create(ORGANISATION_ID, key_connection(name)))
    assert refusal(taken.value) == (409, "conflict", ["name"])
    by_system = await collect(platform.connections.list(ORGANISATION_ID, system_id=SHOPIFY_SYSTEM_ID))
    assert made.id in [item.id for item in by_system]
    await settle(platform.connections.delete(ORGANISATION_ID, made.id))
    with pytest.raises(NotFoundError):
        await settle(platform.connections.delete(ORGANISATION_ID, made.id))


async def test_end_users_and_their_dynamic_connections(platform: Either, server: LiveServer) -> None:
    external_id = f"cust-sdk-{kind(platform)}"

    user = await settle(platform.end_users.create(ORGANISATION_ID, {"externalId": external_id, "displayName": "Bo"}))
    assert (user.external_id, user.display_name, user.organisation_id) == (external_id, "Bo", ORGANISATION_ID)
    with pytest.raises(ConflictError) as twice:
        await settle(platform.end_users.create(ORGANISATION_ID, {"externalId": external_id}))
    assert refusal(twice.value) == (409, "conflict", ["externalId"])
    assert (await settle(platform.end_users.get(ORGANISATION_ID, external_id))).to_dict() == user.to_dict()
    found = await collect(platform.end_users.list(ORGANISATION_ID, search=external_id.upper()))
    assert [item.to_dict() for item in found] == [user.to_dict()]

    link = {
        "systemId": SHOPIFY_SYSTEM_ID,
        "name": f"shop_per_user_{kind(platform)}",
        "environmentId": ENVIRONMENT_ID,
        "dynamic": True,
    }
    dynamic = await settle(platform.connection_templates.create(ORGANISATION_ID, PROJECT_ID, link))
    template_id = str(dynamic.connection_template_id)
    with pytest.raises(NotFoundError) as nobody:
        await settle(platform.connections.create(ORGANISATION_ID, key_connection("x", template_id, "cust-nobody")))
    assert refusal(nobody.value) == (404, "not_found", ["externalId"])
    made = await settle(
        platform.connections.create(
            ORGANISATION_ID, key_connection(f"Bo's shop {kind(platform)}", template_id, external_id)
        )
    )
    for reference in (external_id, user.id):
        held = await collect(platform.connections.list(ORGANISATION_ID, end_user_id=reference))
        assert [item.id for item in held] == [made.id]
    with pytest.raises(PreconditionFailedError) as in_use:
        await settle(platform.connections.delete(ORGANISATION_ID, made.id))
    assert refusal(in_use.value) == (412, "connection_in_use", [])

    await settle(platform.end_users.delete(ORGANISATION_ID, external_id))
    with pytest.raises(NotFoundError) as gone:
        await settle(platform.end_users.get(ORGANISATION_ID, external_id))
    assert refusal(gone.value) == (404, "not_found", [])
    with pytest.raises(NotFoundError):
        await settle(platform.connections.get(ORGANISATION_ID, made.id))
    await settle(platform.connection_templates.delete(ORGANISATION_ID, PROJECT_ID, template_id))
