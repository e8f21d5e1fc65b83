"""What a call sends besides its own arguments, on ``Client`` and ``AsyncClient``: the options every method takes
(``extra_headers``, ``extra_query``, ``extra_body``, ``timeout``, ``max_retries``), the client's
``default_headers``, clients derived by ``with_options``, and ``retries_taken``. The ``api`` fixture checks every
request and answer against openapi.yaml."""

import json
from typing import Any

import httpx
import pytest
import respx

from tests.support.client import API_KEY, INITIALISE, call_arguments
from tests.support.either import settle
from tests.support.examples import CONNECTOR_ID, ORGANISATION_ID, request_example, response_examples
from tests.support.wire import CONNECTION_ID, CONNECTIONS_PATH, connection
from versori_connect import DEFAULT_TIMEOUT, AsyncClient, Client, RawResponse, RequestOptions

pytestmark = pytest.mark.asyncio

ONE = f"{CONNECTIONS_PATH}/{CONNECTION_ID}"
OK = httpx.Response(200, json=connection())
BUSY = httpx.Response(503, json={"code": "service_unavailable", "message": "Try again."})


def _get(client: Client | AsyncClient, **options: Any) -> Any:
    return client.connections.get(ORGANISATION_ID, CONNECTOR_ID, CONNECTION_ID, **options)


def _either(client: Client | AsyncClient, **arguments: Any) -> Client | AsyncClient:
    """A new client of the same kind as ``client``."""
    return type(client)(**arguments)


async def test_extra_headers_and_query_are_sent_as_given(
    either_client: Client | AsyncClient, api: respx.MockRouter
) -> None:
    route = api.get(ONE).mock(return_value=OK)

    await settle(_get(either_client, extra_headers={"X-Trace": "t-1"}, extra_query={"expand": "credentials"}))

    request = route.calls.last.request
    assert request.headers["X-Trace"] == "t-1"
    assert request.headers["Authorization"] == f"Bearer {API_KEY}"
    assert dict(request.url.params) == {"expand": "credentials"}


async def test_extra_query_is_added_to_the_operation_s_and_wins(
    either_client: Client | AsyncClient, api: respx.MockRouter
) -> None:
    route = api.delete(ONE).mock(return_value=httpx.Response(204))

    await settle(
        either_client.connections.delete(
            ORGANISATION_ID, CONNECTOR_ID, CONNECTION_ID, extra_query={"force": "true", "reason": "cleanup"}
        )
    )

    assert dict(route.calls.last.request.url.params) == {"force": "true", "reason": "cleanup"}


async def test_an_extra_header_replaces_one_of_another_case(
    either_client: Client | AsyncClient, api: respx.MockRouter
) -> None:
    route = api.get(ONE).mock(return_value=OK)

    await settle(_get(either_client, extra_headers={"authorization": "Bearer vk_other_key", "accept": "*/*"}))

    headers = route.calls.last.request.headers
    assert headers.get_list("Authorization") == ["Bearer vk_other_key"]
    assert headers.get_list("Accept") == ["*/*"]


async def test_extra_body_is_merged_into_the_json_body_and_wins(
    either_client: Client | AsyncClient, api: respx.MockRouter
) -> None:
    route = api.post(INITIALISE).mock(return_value=httpx.Response(200, json=response_examples("200")["minimal"]))
    arguments = call_arguments(request_example("minimal"))

    await settle(
        either_client.connections.initialise_oauth2(
            ORGANISATION_ID, CONNECTOR_ID, **arguments, prompt="login", extra_body={"prompt": "consent"}
        )
    )

    assert json.loads(route.calls.last.request.content) == {**request_example("minimal"), "prompt": "consent"}


async def test_extra_body_is_the_body_of_a_call_without_one(
    either_client: Client | AsyncClient, api: respx.MockRouter
) -> None:
    route = api.delete(ONE).mock(return_value=httpx.Response(204))

    await settle(either_client.connections.delete(ORGANISATION_ID, CONNECTOR_ID, CONNECTION_ID, extra_body={"a": 1}))

    assert json.loads(route.calls.last.request.content) == {"a": 1}


async def test_options_can_be_passed_on_as_one_mapping(
    either_client: Client | AsyncClient, api: respx.MockRouter
) -> None:
    route = api.get(ONE).mock(return_value=OK)
    options: RequestOptions = {"extra_headers": {"X-Trace": "t-2"}, "timeout": 4.0, "max_retries": 0}

    await settle(_get(either_client, **options))

    assert route.calls.last.request.headers["X-Trace"] == "t-2"
    assert route.calls.last.request.extensions["timeout"] == httpx.Timeout(4.0).as_dict()


async def test_an_option_that_does_not_exist_is_refused(either_client: Client | AsyncClient) -> None:
    with pytest.raises(TypeError, match="extra_header"):
        await settle(_get(either_client, extra_header={"X-Trace": "t"}))


async def test_default_headers_go_with_every_call_under_the_call_s_own(
    either_client: Client | AsyncClient, api: respx.MockRouter
) -> None:
    route = api.get(ONE).mock(return_value=OK)
    client = _either(either_client, api_key=API_KEY, default_headers={"X-App": "calendar", "X-Tenant": "t1"})

    await settle(_get(client))
    await settle(_get(client, extra_headers={"x-tenant": "t2"}))
    if isinstance(client, Client):
        client.close()
    else:
        await client.aclose()

    first, second = (call.request.headers for call in route.calls)
    assert (first["X-App"], first["X-Tenant"]) == ("calendar", "t1")
    assert (second["X-App"], second.get_list("X-Tenant")) == ("calendar", ["t2"])


async def test_with_options_changes_the_new_client_and_leaves_the_original(
    either_client: Client | AsyncClient, api: respx.MockRouter
) -> None:
    route = api.get(ONE).mock(return_value=OK)
    derived = either_client.with_options(
        api_key="vk_other_key", default_headers={"X-Tenant": "t2"}, timeout=4.0, max_retries=5
    )

    await settle(_get(derived))
    await settle(_get(either_client))

    sent_by_derived, sent_by_original = (call.request for call in route.calls)
    assert sent_by_derived.headers["Authorization"] == "Bearer vk_other_key"
    assert sent_by_derived.headers["X-Tenant"] == "t2"
    assert sent_by_derived.extensions["timeout"] == httpx.Timeout(4.0).as_dict()
    assert sent_by_original.headers["Authorization"] == f"Bearer {API_KEY}"
    assert "X-Tenant" not in sent_by_original.headers
    assert sent_by_original.extensions["timeout"] == DEFAULT_TIMEOUT.as_dict()
    assert (derived.max_retries, either_client.max_retries) == (5, 2)
    assert (either_client.default_headers, derived.default_headers) == ({}, {"X-Tenant": "t2"})
    assert type(derived) is type(either_client)


async def test_with_options_adds_default_headers_and_set_default_headers_replaces_them(
    either_client: Client | AsyncClient,
) -> None:
    client = either_client.with_options(default_headers={"X-App": "calendar", "X-Tenant": "t1"})

    assert client.with_options(default_headers={"x-tenant": "t2"}).default_headers == {
        "X-App": "calendar",
        "x-tenant": "t2",
    }
    assert client.with_options(set_default_headers={"X-Only": "1"}).default_headers == {"X-Only": "1"}
    assert client.with_options(base_url="http://127.0.0.1:8000/").base_url == "http://127.0.0.1:8000"
    assert client.base_url == either_client.base_url
    with pytest.raises(TypeError, match="not both"):
        client.with_options(default_headers={"A": "1"}, set_default_headers={"B": "2"})


async def test_copy_is_with_options(either_client: Client | AsyncClient) -> None:
    assert type(either_client).copy is type(either_client).with_options
    assert either_client.copy(max_retries=0).max_retries == 0


async def test_a_derived_client_shares_the_pool_which_only_the_original_closes() -> None:
    client = Client(api_key=API_KEY)
    derived = client.with_options(timeout=1.0)

    assert derived._http_client is client._http_client
    derived.close()
    assert not client._http_client.is_closed
    client.close()
    assert derived._http_client.is_closed


async def test_an_async_derived_client_shares_the_pool_which_only_the_original_closes() -> None:
    client = AsyncClient(api_key=API_KEY)
    derived = client.with_options(timeout=1.0)

    assert derived._http_client is client._http_client
    await derived.aclose()
    assert not client._http_client.is_closed
    await client.aclose()
    assert derived._http_client.is_closed


async def test_a_derived_client_may_be_given_its_own_http_client(either_client: Client | AsyncClient) -> None:
    if isinstance(either_client, Client):
        with httpx.Client() as own:
            assert either_client.with_options(http_client=own)._http_client is own
    else:
        async with httpx.AsyncClient() as own_async:
            assert either_client.with_options(http_client=own_async)._http_client is own_async


async def test_retries_taken_counts_the_repeats(either_client: Client | AsyncClient, api: respx.MockRouter) -> None:
    route = api.get(ONE).mock(side_effect=[BUSY, BUSY, OK, OK])

    retried = await settle(
        either_client.connections.with_raw_response.get(ORGANISATION_ID, CONNECTOR_ID, CONNECTION_ID)
    )
    first_time = await settle(
        either_client.connections.with_raw_response.get(ORGANISATION_ID, CONNECTOR_ID, CONNECTION_ID)
    )

    assert isinstance(retried, RawResponse)
    assert (retried.status_code, retried.retries_taken) == (200, 2)
    assert first_time.retries_taken == 0
    assert route.call_count == 4


async def test_a_negative_max_retries_for_a_call_is_refused(either_client: Client | AsyncClient) -> None:
    with pytest.raises(ValueError, match="max_retries must be 0 or more, got -1"):
        await settle(_get(either_client, max_retries=-1))
