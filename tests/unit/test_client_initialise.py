"""``client.connections.initialise_oauth2`` sends what the contract describes and returns the generated model.

The ``api`` fixture checks every request and answer against openapi.yaml.
"""

import json
from typing import Any

import httpx
import pytest
import respx

from tests.support.client import API_KEY, INITIALISE, call_arguments
from tests.support.examples import CONNECTOR_ID, ORGANISATION_ID, request_example, response_examples
from versori_connect import (
    DEFAULT_BASE_URL,
    AsyncClient,
    Client,
    CredentialReference,
    InitialiseOAuth2ConnectionResponse,
    RawResponse,
)


def _ok(name: str = "google") -> httpx.Response:
    return httpx.Response(200, json=response_examples("200")[name], headers={"X-Request-Id": "req-1"})


def _sent_body(route: respx.Route) -> Any:
    return json.loads(route.calls.last.request.content)


@pytest.mark.parametrize("name", ["google", "minimal"])
def test_the_contract_examples_go_out_byte_for_byte_from_keyword_arguments(
    client: Client, api: respx.MockRouter, name: str
) -> None:
    route = api.post(INITIALISE).mock(return_value=_ok(name))

    result = client.connections.initialise_oauth2(
        ORGANISATION_ID, CONNECTOR_ID, **call_arguments(request_example(name))
    )

    sent = route.calls.last.request
    assert str(sent.url) == DEFAULT_BASE_URL + INITIALISE
    assert sent.headers["Authorization"] == f"Bearer {API_KEY}"
    assert sent.headers["Content-Type"] == "application/json"
    assert _sent_body(route) == request_example(name)
    assert isinstance(result, InitialiseOAuth2ConnectionResponse)
    assert result.url == response_examples("200")[name]["url"]


def test_credential_may_be_the_generated_model(client: Client, api: respx.MockRouter) -> None:
    route = api.post(INITIALISE).mock(return_value=_ok())
    arguments = call_arguments(request_example("minimal"))
    arguments["credential"] = CredentialReference(id="01M686CQCVJBKJA92R4931M0P0", organisation_id=ORGANISATION_ID)

    client.connections.initialise_oauth2(ORGANISATION_ID, CONNECTOR_ID, **arguments)

    assert _sent_body(route) == request_example("minimal")


@pytest.mark.parametrize(
    ("arguments", "sent"),
    [
        pytest.param({"prompt": ""}, {"prompt": ""}, id="empty-prompt-is-sent"),
        pytest.param({"prompt": None}, {}, id="none-prompt-is-left-out"),
        pytest.param({"disable_offline_access": False}, {}, id="false-is-left-out"),
        pytest.param({"disable_offline_access": True}, {"disableOfflineAccess": True}, id="true-is-sent"),
        pytest.param({"scopes": ("openid", "email")}, {"scopes": ["openid", "email"]}, id="tuple-of-scopes"),
        pytest.param({"scopes": []}, {"scopes": []}, id="no-scopes"),
        pytest.param({"additional_params": ""}, {"additionalParams": ""}, id="empty-string-is-sent"),
    ],
)
def test_optional_fields_are_sent_only_when_given(
    client: Client, api: respx.MockRouter, arguments: dict[str, Any], sent: dict[str, Any]
) -> None:
    route = api.post(INITIALISE).mock(return_value=_ok())
    minimal = request_example("minimal")

    client.connections.initialise_oauth2(ORGANISATION_ID, CONNECTOR_ID, **call_arguments(minimal), **arguments)

    assert _sent_body(route) == {**minimal, **sent}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        pytest.param({"scopes": "openid email"}, "not a string", id="scopes-as-a-string"),
        pytest.param({"credential": {"id": "01M686CQCVJBKJA92R4931M0P0"}}, "organisation_id", id="credential-key"),
        pytest.param({"credential": "01M686CQCVJBKJA92R4931M0P0"}, "organisation_id", id="credential-string"),
    ],
)
def test_wrong_argument_types_fail_before_any_request(client: Client, change: dict[str, Any], message: str) -> None:
    arguments = {**call_arguments(request_example("minimal")), **change}

    with respx.mock(assert_all_mocked=True) as router, pytest.raises(TypeError, match=message):
        client.connections.initialise_oauth2(ORGANISATION_ID, CONNECTOR_ID, **arguments)

    assert not router.calls


def test_raw_response_gives_status_headers_and_the_parsed_answer(client: Client, api: respx.MockRouter) -> None:
    api.post(INITIALISE).mock(return_value=_ok())

    raw = client.connections.with_raw_response.initialise_oauth2(
        ORGANISATION_ID, CONNECTOR_ID, **call_arguments(request_example("google"))
    )

    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.headers["X-Request-Id"] == "req-1"
    assert raw.request_id == "req-1"
    assert isinstance(raw.parsed, InitialiseOAuth2ConnectionResponse)
    assert raw.parsed.url == response_examples("200")["google"]["url"]
    assert raw.http_response.json() == response_examples("200")["google"]


def test_raw_response_keeps_the_same_client(client: Client) -> None:
    assert client.connections.with_raw_response is client.connections.with_raw_response


@pytest.mark.asyncio
async def test_async_call_sends_the_same_request(async_client: AsyncClient, api: respx.MockRouter) -> None:
    route = api.post(INITIALISE).mock(return_value=_ok())

    result = await async_client.connections.initialise_oauth2(
        ORGANISATION_ID, CONNECTOR_ID, **call_arguments(request_example("google"))
    )

    assert _sent_body(route) == request_example("google")
    assert route.calls.last.request.headers["Authorization"] == f"Bearer {API_KEY}"
    assert result.url == response_examples("200")["google"]["url"]


@pytest.mark.asyncio
async def test_async_raw_response(async_client: AsyncClient, api: respx.MockRouter) -> None:
    api.post(INITIALISE).mock(return_value=_ok("minimal"))

    raw = await async_client.connections.with_raw_response.initialise_oauth2(
        ORGANISATION_ID, CONNECTOR_ID, **call_arguments(request_example("minimal"))
    )

    assert raw.status_code == 200
    assert raw.request_id == "req-1"
    assert raw.parsed.url == response_examples("200")["minimal"]["url"]
