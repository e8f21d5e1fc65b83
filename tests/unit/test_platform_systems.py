"""``client.systems`` and ``client.systems.auth_scheme_configs`` of the Platform client, sync and async: what each
sends, exactly, and what it makes of the answer. The ``platform_api`` fixture checks every request and answer
against platform-openapi.yaml."""

import json
from typing import Any

import httpx
import pytest
import respx

from tests.support.either import collect, settle
from tests.support.platform_examples import (
    CONFIG,
    CONFIG_ID,
    CREDENTIAL_ID,
    ORGANISATION_ID,
    SYSTEM,
    SYSTEM_ID,
    SYSTEMS,
    example,
    request_example,
    response_example,
)
from versori_connect import AsyncPlatformClient, InternalServerError, PlatformClient, RawResponse
from versori_connect.platform import (
    AsyncSystemPage,
    AuthSchemeApiKey,
    AuthSchemeConfigOAuth2GrantAuthorizationCode,
    AuthSchemeOAuth2,
    OAuth2GrantAuthorizationCode,
    SyncSystemPage,
    System,
    SystemCreate,
    SystemPage,
    UpdateSystem,
)

pytestmark = pytest.mark.asyncio

Either = PlatformClient | AsyncPlatformClient
SHOPIFY_ID = "01M8GP7MT06X6DFR8V3DXACN0D"


def _sent(route: respx.Route) -> Any:
    return json.loads(route.calls.last.request.content)


def _page(*systems: dict[str, Any], next_: str | None = None, prev: str | None = None) -> dict[str, Any]:
    page: dict[str, Any] = {"totalCount": 3, "items": list(systems)}
    if next_ is not None:
        page["next"] = next_
    if prev is not None:
        page["prev"] = prev
    return page


async def test_create_sends_the_contract_json_and_reads_the_system(
    platform_client: Either, platform_api: respx.MockRouter
) -> None:
    body = request_example("create_system", "oauth2")
    answer = example("GoogleCalendarSystem")
    route = platform_api.post(SYSTEMS).mock(return_value=httpx.Response(201, json=answer))

    system = await settle(platform_client.systems.create(ORGANISATION_ID, body))

    assert _sent(route) == body
    assert route.calls.last.request.headers["Authorization"].startswith("Bearer ")
    assert isinstance(system, System)
    assert (system.id, system.name, system.template_base_url) == (
        SYSTEM_ID,
        "Google Calendar",
        "https://www.googleapis.com/calendar/v3",
    )
    [config] = system.auth_scheme_configs
    assert isinstance(config, AuthSchemeOAuth2)
    assert config.oauth2.id == CONFIG_ID
    assert [scope.name for scope in config.oauth2.scopes] == [
        "openid",
        "https://www.googleapis.com/auth/calendar.readonly",
    ]
    assert isinstance(config.oauth2.grant, OAuth2GrantAuthorizationCode)
    assert isinstance(config.oauth2.grant.authorization_code, AuthSchemeConfigOAuth2GrantAuthorizationCode)
    assert config.oauth2.grant.authorization_code.credential_id == CREDENTIAL_ID
    assert system.to_dict() == answer


async def test_create_takes_the_generated_model(platform_client: Either, platform_api: respx.MockRouter) -> None:
    body = request_example("create_system", "api_key")
    route = platform_api.post(SYSTEMS).mock(return_value=httpx.Response(201, json=example("ShopifySystem")))

    system = await settle(platform_client.systems.create(ORGANISATION_ID, SystemCreate.from_dict(body)))

    assert _sent(route) == body
    [config] = system.auth_scheme_configs
    assert isinstance(config, AuthSchemeApiKey)
    assert (config.api_key.name, config.api_key.in_) == ("X-Shopify-Access-Token", "header")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        pytest.param(
            {"name": "No domain", "templateBaseUrl": "https://a", "authSchemeConfigs": []}, "'domain'", id="missing"
        ),
        pytest.param(
            {
                "name": "Wrong key",
                "domain": "a",
                "templateBaseUrl": "https://a",
                "authSchemeConfigs": [
                    {"type": "oauth2", "apiKey": {"id": "x", "description": "", "name": "k", "in": "header"}}
                ],
            },
            "system does not match the contract",
            id="type-without-its-key",
        ),
        pytest.param("not a mapping", "mapping", id="not-a-mapping"),
    ],
)
async def test_a_body_that_does_not_fit_raises_before_anything_is_sent(
    platform_client: Either, body: Any, message: str
) -> None:
    with respx.mock(assert_all_mocked=True) as router, pytest.raises(TypeError, match=message):
        await settle(platform_client.systems.create(ORGANISATION_ID, body))

    assert router.calls.call_count == 0


async def test_get_update_and_delete(platform_client: Either, platform_api: respx.MockRouter) -> None:
    renamed = response_example("update_system", "201", "rename")
    got = platform_api.get(SYSTEM).mock(return_value=httpx.Response(200, json=example("GoogleCalendarSystem")))
    updated = platform_api.put(SYSTEM).mock(return_value=httpx.Response(201, json=renamed))
    deleted = platform_api.delete(SYSTEM).mock(return_value=httpx.Response(204))

    system = await settle(platform_client.systems.get(ORGANISATION_ID, SYSTEM_ID))
    after = await settle(platform_client.systems.update(ORGANISATION_ID, SYSTEM_ID, {"name": renamed["name"]}))
    again = await settle(platform_client.systems.update(ORGANISATION_ID, SYSTEM_ID, UpdateSystem(domain="example.org")))
    await settle(platform_client.systems.delete(ORGANISATION_ID, SYSTEM_ID))

    assert got.called
    assert system.name == "Google Calendar"
    assert [json.loads(call.request.content) for call in updated.calls] == [
        {"name": "Google Calendar (work accounts)"},
        {"domain": "example.org"},
    ]
    assert after.name == again.name == "Google Calendar (work accounts)"
    assert deleted.calls.last.request.content == b""


async def test_list_sends_only_the_filters_given(platform_client: Either, platform_api: respx.MockRouter) -> None:
    route = platform_api.get(SYSTEMS).mock(return_value=httpx.Response(200, json=example("SystemPage")))

    page = await settle(platform_client.systems.list(ORGANISATION_ID))
    await settle(platform_client.systems.list(ORGANISATION_ID, first=5, after="c-1", search="google"))
    await settle(platform_client.systems.list(ORGANISATION_ID, before="c-0"))

    assert [dict(call.request.url.params) for call in route.calls] == [
        {},
        {"first": "5", "after": "c-1", "search": "google"},
        {"before": "c-0"},
    ]
    assert isinstance(page, SystemPage)
    assert isinstance(page, SyncSystemPage if isinstance(platform_client, PlatformClient) else AsyncSystemPage)
    assert page.total_count == 2
    assert [system.id for system in page.page_items()] == [SHOPIFY_ID, SYSTEM_ID]
    assert not page.has_next_page()


async def test_list_walks_every_page_with_the_same_filters(
    platform_client: Either, platform_api: respx.MockRouter
) -> None:
    shopify, google = example("SystemPage")["items"]
    third = {**google, "id": "01M8GP3ZM0P2A6P0D1R4N3M888", "name": "Google Drive"}
    route = platform_api.get(SYSTEMS).mock(
        side_effect=[
            httpx.Response(200, json=_page(shopify, next_="c-2", prev="c-0")),
            httpx.Response(200, json=_page(google, next_="c-3", prev="c-1")),
            httpx.Response(200, json=_page(third, prev="c-2")),
        ]
    )

    first_page = await settle(platform_client.systems.list(ORGANISATION_ID, first=1, search="o", before="c-9"))
    systems = await collect(first_page)

    assert [system.name for system in systems] == ["Shopify Admin", "Google Calendar", "Google Drive"]
    assert [dict(call.request.url.params) for call in route.calls] == [
        {"first": "1", "search": "o", "before": "c-9"},
        {"first": "1", "search": "o", "after": "c-2"},
        {"first": "1", "search": "o", "after": "c-3"},
    ]


async def test_async_list_is_walked_without_awaiting_it(platform_api: respx.MockRouter) -> None:
    route = platform_api.get(SYSTEMS).mock(return_value=httpx.Response(200, json=example("SystemPage")))

    async with AsyncPlatformClient(api_key="key") as client:
        paginator = client.systems.list(ORGANISATION_ID)
        assert not route.called
        names = [system.name async for system in paginator]

    assert names == ["Shopify Admin", "Google Calendar"]


async def test_upsert_sends_the_config_and_reads_the_one_stored(
    platform_client: Either, platform_api: respx.MockRouter
) -> None:
    config = example("GoogleCalendarSystem")["authSchemeConfigs"][0]
    route = platform_api.put(CONFIG).mock(return_value=httpx.Response(201, json=config))

    stored = await settle(
        platform_client.systems.auth_scheme_configs.upsert(ORGANISATION_ID, SYSTEM_ID, CONFIG_ID, config)
    )
    assert isinstance(stored, AuthSchemeOAuth2)
    again = await settle(
        platform_client.systems.auth_scheme_configs.upsert(ORGANISATION_ID, SYSTEM_ID, CONFIG_ID, stored)
    )

    assert [json.loads(call.request.content) for call in route.calls] == [config, config]
    assert stored.oauth2.token_url == "https://oauth2.googleapis.com/token"
    assert again == stored


async def test_delete_config_and_the_raw_responses(platform_client: Either, platform_api: respx.MockRouter) -> None:
    route = platform_api.delete(CONFIG).mock(return_value=httpx.Response(204, headers={"X-Request-Id": "req-9"}))
    platform_api.get(SYSTEMS).mock(return_value=httpx.Response(200, json=example("SystemPage")))

    raw = await settle(
        platform_client.systems.auth_scheme_configs.with_raw_response.delete(ORGANISATION_ID, SYSTEM_ID, CONFIG_ID)
    )
    raw_page = await settle(platform_client.systems.with_raw_response.list(ORGANISATION_ID))

    assert route.called
    assert isinstance(raw, RawResponse)
    assert (raw.status_code, raw.request_id, raw.parsed) == (204, "req-9", None)
    assert isinstance(raw_page, RawResponse)
    assert isinstance(raw_page.parsed, SystemPage)
    assert raw_page.parsed.total_count == 2


async def test_a_create_is_not_repeated_after_a_500_but_a_get_is(
    platform_client: Either, platform_api: respx.MockRouter, sleeps: list[float]
) -> None:
    error = {"code": "internal_error", "message": "Something broke."}
    created = platform_api.post(SYSTEMS).mock(return_value=httpx.Response(500, json=error))
    got = platform_api.get(SYSTEM).mock(
        side_effect=[httpx.Response(500, json=error), httpx.Response(200, json=example("GoogleCalendarSystem"))]
    )

    with pytest.raises(InternalServerError, match="Something broke"):
        await settle(platform_client.systems.create(ORGANISATION_ID, request_example("create_system", "api_key")))
    system = await settle(platform_client.systems.get(ORGANISATION_ID, SYSTEM_ID))

    assert created.call_count == 1
    assert got.call_count == 2
    assert system.id == SYSTEM_ID
    assert len(sleeps) == 1
