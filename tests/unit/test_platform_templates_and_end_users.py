"""``client.connection_templates`` and ``client.end_users`` of the Platform client, sync and async: what each sends,
exactly, and what it makes of the answer; both lists come in one page, whatever cursor an answer carries. The
``platform_api`` fixture checks every request and answer against platform-openapi.yaml."""

import datetime
import json
from typing import Any

import httpx
import pytest
import respx

from tests.support.either import collect, settle
from tests.support.platform_examples import (
    ENVIRONMENT_ID,
    EXTERNAL_ID,
    ORGANISATION_ID,
    PROJECT_ID,
    TEMPLATE,
    TEMPLATE_ID,
    TEMPLATES,
    USER,
    USERS,
    example,
    request_example,
    response_example,
)
from versori_connect import AsyncPlatformClient, ConflictError, NotFoundError, PlatformClient, RawResponse
from versori_connect.platform import (
    AsyncEndUserPage,
    AsyncEnvironmentSystemPage,
    AuthSchemeApiKey,
    AuthSchemeOAuth2,
    ConnectionTemplate,
    EndUser,
    EndUserCreate,
    EndUserPage,
    EnvironmentSystemPage,
    LinkSystem,
    SyncEndUserPage,
    SyncEnvironmentSystemPage,
    UpdateConnectionTemplate,
)

pytestmark = pytest.mark.asyncio

Either = PlatformClient | AsyncPlatformClient


def _bodies(route: respx.Route) -> list[Any]:
    return [json.loads(call.request.content) for call in route.calls]


async def test_create_a_template_from_json_or_the_model(
    platform_client: Either, platform_api: respx.MockRouter
) -> None:
    body = request_example("create_connection_template", "static")
    answer = response_example("create_connection_template", "200", "static")
    route = platform_api.post(TEMPLATES).mock(return_value=httpx.Response(200, json=answer))

    template = await settle(platform_client.connection_templates.create(ORGANISATION_ID, PROJECT_ID, body))
    await settle(platform_client.connection_templates.create(ORGANISATION_ID, PROJECT_ID, LinkSystem.from_dict(body)))

    assert _bodies(route) == [body, body]
    assert isinstance(template, ConnectionTemplate)
    assert (template.id, template.connection_template_id, template.name, template.dynamic) == (
        "01M8GP7MT06X6DFR8V3DXACN0D",
        "01M8GQ6RX02TJX2J2CJEYV76K2",
        "shop_orders",
        False,
    )
    assert isinstance(template.auth_scheme_configs[0], AuthSchemeApiKey)


async def test_list_templates_in_one_page_with_the_env_filter(
    platform_client: Either, platform_api: respx.MockRouter
) -> None:
    calendar = example("CalendarTemplate")
    # A cursor in the answer is not followed: the operation takes none.
    route = platform_api.get(TEMPLATES).mock(
        return_value=httpx.Response(200, json={"totalCount": 1, "items": [calendar], "next": "c-2"})
    )

    page = await settle(platform_client.connection_templates.list(ORGANISATION_ID, PROJECT_ID, env_id=ENVIRONMENT_ID))
    templates = await collect(page)
    await settle(platform_client.connection_templates.list(ORGANISATION_ID, PROJECT_ID))

    assert [dict(call.request.url.params) for call in route.calls] == [{"env_id": ENVIRONMENT_ID}, {}]
    assert isinstance(page, EnvironmentSystemPage)
    sync = isinstance(platform_client, PlatformClient)
    assert isinstance(page, SyncEnvironmentSystemPage if sync else AsyncEnvironmentSystemPage)
    assert (page.total_count, page.next_, page.has_next_page()) == (1, "c-2", False)
    assert [template.connection_template_id for template in templates] == [TEMPLATE_ID]
    assert isinstance(templates[0].auth_scheme_configs[0], AuthSchemeOAuth2)
    with pytest.raises(RuntimeError, match="last page"):
        await settle(page.get_next_page())


async def test_update_and_delete_a_template(platform_client: Either, platform_api: respx.MockRouter) -> None:
    body = request_example("update_connection_template", "configs")
    updated = platform_api.put(TEMPLATE).mock(return_value=httpx.Response(200, json=example("CalendarTemplate")))
    deleted = platform_api.delete(TEMPLATE).mock(return_value=httpx.Response(204))

    template = await settle(platform_client.connection_templates.update(ORGANISATION_ID, PROJECT_ID, TEMPLATE_ID, body))
    await settle(
        platform_client.connection_templates.update(
            ORGANISATION_ID, PROJECT_ID, TEMPLATE_ID, UpdateConnectionTemplate(name="calendar", dynamic=True)
        )
    )
    await settle(platform_client.connection_templates.delete(ORGANISATION_ID, PROJECT_ID, TEMPLATE_ID))

    assert _bodies(updated) == [body, {"name": "calendar", "dynamic": True}]
    assert template.dynamic is True
    assert deleted.called


async def test_deleting_a_system_in_use_raises_conflict(
    platform_client: Either, platform_api: respx.MockRouter, sleeps: list[float]
) -> None:
    error = {"code": "conflict", "message": "A connection template uses this system."}
    route = platform_api.delete(f"/o/{ORGANISATION_ID}/systems/01M8GP3ZM0P2A6P0D1R4N3M887").mock(
        return_value=httpx.Response(409, json=error)
    )

    with pytest.raises(ConflictError) as caught:
        await settle(platform_client.systems.delete(ORGANISATION_ID, "01M8GP3ZM0P2A6P0D1R4N3M887", max_retries=0))

    assert (caught.value.status_code, caught.value.code) == (409, "conflict")
    assert route.call_count == 1
    assert sleeps == []


async def test_create_get_and_delete_an_end_user(platform_client: Either, platform_api: respx.MockRouter) -> None:
    body = request_example("create_end_user", "named")
    answer = response_example("create_end_user", "201", "named")
    created = platform_api.post(USERS).mock(return_value=httpx.Response(201, json=answer))
    got = platform_api.get(USER).mock(return_value=httpx.Response(200, json=example("EndUser")))
    deleted = platform_api.delete(USER).mock(return_value=httpx.Response(204))

    end_user = await settle(platform_client.end_users.create(ORGANISATION_ID, body))
    await settle(platform_client.end_users.create(ORGANISATION_ID, EndUserCreate(external_id="cust-1")))
    ada = await settle(platform_client.end_users.get(ORGANISATION_ID, EXTERNAL_ID))
    await settle(platform_client.end_users.delete(ORGANISATION_ID, EXTERNAL_ID))

    assert _bodies(created) == [body, {"externalId": "cust-1"}]
    assert isinstance(end_user, EndUser)
    assert (end_user.id, end_user.external_id, end_user.display_name) == (
        "01M8GQ8KG0XP6WY0A160FZFWGJ",
        "cust-7d31c0",
        "Grace Hopper",
    )
    assert end_user.created_at == datetime.datetime(2026, 11, 28, 9, 20, tzinfo=datetime.UTC)
    assert got.called
    assert ada.display_name == "Ada Lovelace"
    assert deleted.called


async def test_list_end_users_in_one_page_under_users(platform_client: Either, platform_api: respx.MockRouter) -> None:
    grace = response_example("create_end_user", "201", "named")
    route = platform_api.get(USERS).mock(
        return_value=httpx.Response(200, json={"totalCount": 2, "users": [example("EndUser"), grace], "next": "c-2"})
    )

    page = await settle(platform_client.end_users.list(ORGANISATION_ID, search="a"))
    users = await collect(page)
    raw = await settle(platform_client.end_users.with_raw_response.list(ORGANISATION_ID))

    assert [dict(call.request.url.params) for call in route.calls] == [{"search": "a"}, {}]
    assert isinstance(page, EndUserPage)
    assert isinstance(page, SyncEndUserPage if isinstance(platform_client, PlatformClient) else AsyncEndUserPage)
    assert [user.external_id for user in users] == [EXTERNAL_ID, "cust-7d31c0"]
    assert not page.has_next_page()
    assert isinstance(raw, RawResponse)
    assert isinstance(raw.parsed, EndUserPage)


async def test_an_unknown_end_user_raises_not_found(platform_client: Either, platform_api: respx.MockRouter) -> None:
    error = {"code": "not_found", "message": "No end user cust-0."}
    platform_api.get(f"{USERS}/cust-0").mock(return_value=httpx.Response(404, json=error))

    with pytest.raises(NotFoundError) as caught:
        await settle(platform_client.end_users.get(ORGANISATION_ID, "cust-0"))

    assert (caught.value.code, caught.value.message) == ("not_found", "No end user cust-0.")
