"""``client.connections`` of the Platform client, sync and async: initialise on a system (with ``redirect_url``),
list with its filters and pages, create, get, update and delete; what each sends, exactly, and what it makes of
the answer. The ``platform_api`` fixture checks every request and answer against platform-openapi.yaml."""

import copy
import datetime
import json
from typing import Any

import httpx
import pytest
import respx

from tests.support.client import call_arguments
from tests.support.either import collect, settle
from tests.support.platform_examples import (
    CONNECTION,
    CONNECTION_ID,
    CONNECTIONS,
    EXTERNAL_ID,
    INITIALISE,
    INITIALISE_OAUTH1,
    ORGANISATION_ID,
    SYSTEM_ID,
    example,
    request_example,
    response_example,
)
from versori_connect import AsyncPlatformClient, BadRequestError, InternalServerError, PlatformClient, RawResponse
from versori_connect.platform import (
    AuthSchemeApiKey,
    AuthSchemeOAuth2,
    Connection,
    ConnectionPage,
    ConnectionUpdate,
    ConsumerCredentialReference,
    CredentialOAuth2Token,
    CredentialOAuth2TokenData,
    CredentialReference,
    CredentialString,
    EnvSystemConnectionCreate,
    InitialiseOAuth1ConnectionResponse,
    InitialiseOAuth2ConnectionResponse,
)

pytestmark = pytest.mark.asyncio

Either = PlatformClient | AsyncPlatformClient


def _sent(route: respx.Route) -> Any:
    return json.loads(route.calls.last.request.content)


@pytest.mark.parametrize("name", ["loopback", "google", "minimal"])
async def test_initialise_sends_the_contract_body_on_the_system(
    platform_client: Either, platform_api: respx.MockRouter, name: str
) -> None:
    body = request_example("initialise_oauth2_connection", name)
    answer = response_example("initialise_oauth2_connection", "200", name)
    route = platform_api.post(INITIALISE).mock(return_value=httpx.Response(200, json=answer))

    result = await settle(
        platform_client.connections.initialise_oauth2(ORGANISATION_ID, SYSTEM_ID, **call_arguments(body))
    )

    assert _sent(route) == body
    assert isinstance(result, InitialiseOAuth2ConnectionResponse)
    assert result.url == answer["url"]


async def test_initialise_oauth1_sends_the_contract_body_on_the_system(
    platform_client: Either, platform_api: respx.MockRouter
) -> None:
    body = request_example("initialise_oauth1_connection", "mock_provider")
    answer = response_example("initialise_oauth1_connection", "200", "mock_provider")
    route = platform_api.post(INITIALISE_OAUTH1).mock(return_value=httpx.Response(200, json=answer))
    reference = body["credential"]

    as_mapping = await settle(
        platform_client.connections.initialise_oauth1(
            ORGANISATION_ID,
            SYSTEM_ID,
            credential={"id": reference["id"], "organisation_id": reference["organisationId"]},
        )
    )
    sent_mapping = _sent(route)
    as_model = await settle(
        platform_client.connections.initialise_oauth1(
            ORGANISATION_ID,
            SYSTEM_ID,
            credential=ConsumerCredentialReference(id=reference["id"], organisation_id=reference["organisationId"]),
        )
    )

    assert sent_mapping == body
    assert _sent(route) == body
    assert isinstance(as_mapping, InitialiseOAuth1ConnectionResponse)
    assert as_model.url == as_mapping.url == answer["url"]


async def test_initialise_takes_the_generated_reference_and_mappings_of_params(
    platform_client: Either, platform_api: respx.MockRouter
) -> None:
    answer = response_example("initialise_oauth2_connection", "200", "loopback")
    route = platform_api.post(INITIALISE).mock(return_value=httpx.Response(200, json=answer))

    await settle(
        platform_client.connections.initialise_oauth2(
            ORGANISATION_ID,
            SYSTEM_ID,
            credential=CredentialReference(id="01M685ETG43A32W69JE3TGMGF2", organisation_id=ORGANISATION_ID),
            authorize_url="https://accounts.google.com/o/oauth2/v2/auth",
            client_id="client-1",
            redirect_url="http://127.0.0.1:62168/oauth/callback",
            prompt="",
            additional_params={"login_hint": "Ada Lovelace"},
        )
    )

    assert _sent(route) == {
        "credential": {"id": "01M685ETG43A32W69JE3TGMGF2", "organisationId": ORGANISATION_ID},
        "authorizeUrl": "https://accounts.google.com/o/oauth2/v2/auth",
        "clientId": "client-1",
        "redirectUrl": "http://127.0.0.1:62168/oauth/callback",
        "prompt": "",
        "additionalParams": "login_hint=Ada%20Lovelace",
    }


async def test_initialise_refuses_a_string_of_scopes_before_sending(platform_client: Either) -> None:
    with respx.mock(assert_all_mocked=True) as router, pytest.raises(TypeError, match="list of scopes"):
        await settle(
            platform_client.connections.initialise_oauth2(
                ORGANISATION_ID,
                SYSTEM_ID,
                credential={"id": "01M685ETG43A32W69JE3TGMGF2", "organisation_id": ORGANISATION_ID},
                authorize_url="https://a.example/authorize",
                client_id="client-1",
                scopes="openid email",
            )
        )

    assert router.calls.call_count == 0


async def test_an_error_answer_raises_with_the_platform_error(
    platform_client: Either, platform_api: respx.MockRouter
) -> None:
    error = {
        "code": "invalid_request",
        "message": "redirectUrl is neither a loopback URL nor the server's callback.",
        "fields": [{"field": "redirectUrl", "message": "Not a loopback URL."}],
    }
    platform_api.post(INITIALISE).mock(return_value=httpx.Response(400, json=error, headers={"X-Request-Id": "r-4"}))
    body = request_example("initialise_oauth2_connection", "loopback")

    with pytest.raises(BadRequestError) as caught:
        await settle(platform_client.connections.initialise_oauth2(ORGANISATION_ID, SYSTEM_ID, **call_arguments(body)))

    assert (caught.value.status_code, caught.value.code, caught.value.request_id) == (400, "invalid_request", "r-4")
    assert [(field.field, field.message) for field in caught.value.fields] == [("redirectUrl", "Not a loopback URL.")]
    assert type(caught.value.error).__module__ == "versori_connect.platform._generated.models.error"


async def test_create_sends_the_contract_json_and_reads_the_connection(
    platform_client: Either, platform_api: respx.MockRouter
) -> None:
    body = request_example("create_connection", "oauth2_code")
    answer = example("DynamicConnection")
    route = platform_api.post(CONNECTIONS).mock(return_value=httpx.Response(201, json=answer))

    connection = await settle(platform_client.connections.create(ORGANISATION_ID, body))
    await settle(platform_client.connections.create(ORGANISATION_ID, EnvSystemConnectionCreate.from_dict(body)))

    assert [json.loads(call.request.content) for call in route.calls] == [body, body]
    assert body["connection"]["credentials"][0]["credential"]["data"]["oauth2Code"]["redirectUrl"]
    assert isinstance(connection, Connection)
    assert (connection.id, connection.system_id, connection.connection_template_id) == (
        CONNECTION_ID,
        SYSTEM_ID,
        "01M8GPJMC026XPV7FEXTAXMM89",
    )
    [entry] = connection.credentials
    assert isinstance(entry.auth_scheme_config, AuthSchemeOAuth2)
    assert isinstance(entry.credential, CredentialOAuth2Token)
    assert isinstance(entry.credential.data, CredentialOAuth2TokenData)
    token = entry.credential.data.oauth2_token
    assert (token.refresh_token, token.access_token, token.token_type) == ("[redacted]", "[redacted]", "Bearer")
    assert token.scopes == ["openid", "https://www.googleapis.com/auth/calendar.readonly"]
    assert token.expires_at == datetime.datetime(2026, 11, 28, 10, 11, tzinfo=datetime.UTC)
    assert connection.created_at == datetime.datetime(2026, 11, 28, 9, 11, tzinfo=datetime.UTC)


async def test_create_is_repeated_only_when_the_server_cannot_have_acted(
    platform_client: Either, platform_api: respx.MockRouter, sleeps: list[float]
) -> None:
    body = request_example("create_connection", "api_key")
    unavailable = {"code": "service_unavailable", "message": "Try again."}
    broken = {"code": "internal_error", "message": "Something broke."}
    route = platform_api.post(CONNECTIONS).mock(
        side_effect=[
            httpx.Response(503, json=unavailable, headers={"Retry-After": "1"}),
            httpx.Response(201, json=example("StaticConnection")),
            httpx.Response(500, json=broken),
        ]
    )

    connection = await settle(platform_client.connections.create(ORGANISATION_ID, body))
    with pytest.raises(InternalServerError, match="Something broke"):
        await settle(platform_client.connections.create(ORGANISATION_ID, body))

    assert route.call_count == 3
    assert sleeps == [1.0]
    assert isinstance(connection.credentials[0].credential, CredentialString)
    assert isinstance(connection.credentials[0].auth_scheme_config, AuthSchemeApiKey)


async def test_get_update_and_delete(platform_client: Either, platform_api: respx.MockRouter) -> None:
    renamed = response_example("update_connection", "200", "rename")
    update = request_example("update_connection", "rename")
    got = platform_api.get(CONNECTION).mock(return_value=httpx.Response(200, json=example("DynamicConnection")))
    updated = platform_api.put(CONNECTION).mock(return_value=httpx.Response(200, json=renamed))
    deleted = platform_api.delete(CONNECTION).mock(return_value=httpx.Response(204))

    connection = await settle(platform_client.connections.get(ORGANISATION_ID, CONNECTION_ID))
    after = await settle(platform_client.connections.update(ORGANISATION_ID, CONNECTION_ID, update))
    await settle(platform_client.connections.update(ORGANISATION_ID, CONNECTION_ID, ConnectionUpdate.from_dict(update)))
    await settle(platform_client.connections.delete(ORGANISATION_ID, CONNECTION_ID))

    # Read into the model before it is sent, the token's expiry is written back as the model writes a time.
    expected = copy.deepcopy(update)
    expected["credentials"][0]["credential"]["data"]["oauth2Token"]["expiresAt"] = "2026-11-28T10:11:00+00:00"
    assert got.called
    assert connection.name == "Ada's calendar"
    assert [json.loads(call.request.content) for call in updated.calls] == [expected, expected]
    assert after.name == renamed["name"]
    assert deleted.called


async def test_list_sends_the_filters_given_and_walks_the_pages_with_them(
    platform_client: Either, platform_api: respx.MockRouter
) -> None:
    dynamic, static = example("DynamicConnection"), example("StaticConnection")
    route = platform_api.get(CONNECTIONS).mock(
        side_effect=[
            httpx.Response(200, json={"totalCount": 2, "items": [dynamic], "next": "c-2"}),
            httpx.Response(200, json={"totalCount": 2, "items": [static], "prev": "c-1"}),
            httpx.Response(200, json={"totalCount": 0, "items": []}),
        ]
    )

    page = await settle(
        platform_client.connections.list(ORGANISATION_ID, system_id=SYSTEM_ID, end_user_id=EXTERNAL_ID, first=1)
    )
    connections = await collect(page)
    empty = await settle(platform_client.connections.list(ORGANISATION_ID))

    assert isinstance(page, ConnectionPage)
    assert [connection.name for connection in connections] == ["Ada's calendar", "Nightly sync"]
    assert [dict(call.request.url.params) for call in route.calls] == [
        {"system_id": SYSTEM_ID, "end_user_id": EXTERNAL_ID, "first": "1"},
        {"system_id": SYSTEM_ID, "end_user_id": EXTERNAL_ID, "first": "1", "after": "c-2"},
        {},
    ]
    assert empty.page_items() == []
    assert not empty.has_next_page()


async def test_raw_responses_and_the_options_of_one_call(
    platform_client: Either, platform_api: respx.MockRouter
) -> None:
    route = platform_api.get(CONNECTION).mock(
        return_value=httpx.Response(200, json=example("StaticConnection"), headers={"X-Request-Id": "r-1"})
    )

    raw = await settle(
        platform_client.connections.with_raw_response.get(
            ORGANISATION_ID, CONNECTION_ID, extra_headers={"X-Trace": "t-1"}, extra_query={"expand": "all"}, timeout=3.0
        )
    )

    assert isinstance(raw, RawResponse)
    assert (raw.status_code, raw.request_id, raw.retries_taken) == (200, "r-1", 0)
    assert isinstance(raw.parsed, Connection)
    assert raw.parsed.base_url == "https://ada-shop.myshopify.com"
    request = route.calls.last.request
    assert request.headers["X-Trace"] == "t-1"
    assert dict(request.url.params) == {"expand": "all"}
    assert request.extensions["timeout"] == {"connect": 3.0, "read": 3.0, "write": 3.0, "pool": 3.0}
