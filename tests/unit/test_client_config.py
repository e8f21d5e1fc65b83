"""Client configuration: arguments, else VERSORI_* variables, else defaults; timeouts; the HTTP layer it uses."""

from typing import Any

import httpx
import pytest
import respx

from tests.support.client import API_KEY, INITIALISE, call_arguments, contract_checked_router
from tests.support.examples import CONNECTOR_ID, ORGANISATION_ID, request_example, response_examples
from versori_connect import DEFAULT_BASE_URL, AsyncClient, Client, VersoriError

STAGING = "https://platform-staging.versori.com/api/connect/v1"
OK = httpx.Response(200, json=response_examples("200")["minimal"])


def _initialise(client: Client, **options: Any) -> Any:
    arguments = call_arguments(request_example("minimal"))
    return client.connections.initialise_oauth2(ORGANISATION_ID, CONNECTOR_ID, **arguments, **options)


def test_api_key_and_base_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VERSORI_API_KEY", "vk_from_env")
    monkeypatch.setenv("VERSORI_BASE_URL", STAGING)

    with contract_checked_router(STAGING) as api, Client() as client:
        route = api.post(INITIALISE).mock(return_value=OK)
        _initialise(client)

    assert client.base_url == STAGING
    assert route.calls.last.request.headers["Authorization"] == "Bearer vk_from_env"


def test_arguments_win_over_the_environment(monkeypatch: pytest.MonkeyPatch, api: respx.MockRouter) -> None:
    monkeypatch.setenv("VERSORI_API_KEY", "vk_from_env")
    monkeypatch.setenv("VERSORI_BASE_URL", STAGING)
    route = api.post(INITIALISE).mock(return_value=OK)

    with Client(api_key=API_KEY, base_url=DEFAULT_BASE_URL) as client:
        _initialise(client)

    assert route.calls.last.request.headers["Authorization"] == f"Bearer {API_KEY}"


@pytest.mark.parametrize("client_class", [Client, AsyncClient])
@pytest.mark.parametrize("api_key", [None, ""])
def test_without_an_api_key_construction_fails_naming_both_variables(
    client_class: type[Client | AsyncClient], api_key: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VERSORI_API_KEY", "")

    with pytest.raises(VersoriError) as caught:
        client_class(api_key=api_key)

    assert "VERSORI_API_KEY" in str(caught.value)
    assert "VERSORI_BASE_URL" in str(caught.value)
    assert "api_key=" in str(caught.value)


def test_the_default_base_url_is_production(client: Client) -> None:
    assert client.base_url == DEFAULT_BASE_URL == "https://platform.versori.com/api/connect/v1"


def test_a_trailing_slash_on_the_base_url_is_ignored(api: respx.MockRouter) -> None:
    route = api.post(INITIALISE).mock(return_value=OK)

    with Client(api_key=API_KEY, base_url=DEFAULT_BASE_URL + "/") as client:
        _initialise(client)

    assert str(route.calls.last.request.url) == DEFAULT_BASE_URL + INITIALISE


def test_the_api_key_is_not_in_the_repr() -> None:
    with Client(api_key=API_KEY) as client:
        assert API_KEY not in repr(client)
        assert repr(client) == f"Client(base_url={DEFAULT_BASE_URL!r})"


def _timeout_sent(route: respx.Route) -> Any:
    return route.calls.last.request.extensions["timeout"]


def test_the_default_timeout_connects_quickly_and_reads_longer(client: Client, api: respx.MockRouter) -> None:
    route = api.post(INITIALISE).mock(return_value=OK)

    _initialise(client)

    # docs/sdk.md: "5 s to connect, 30 s to read, write or wait for a pooled connection".
    assert _timeout_sent(route) == {"connect": 5.0, "read": 30.0, "write": 30.0, "pool": 30.0}


@pytest.mark.parametrize(
    ("client_timeout", "call_timeout", "sent"),
    [
        pytest.param(2.0, None, httpx.Timeout(2.0), id="client-float"),
        pytest.param(httpx.Timeout(9.0, connect=1.0), None, httpx.Timeout(9.0, connect=1.0), id="client-timeout"),
        pytest.param(2.0, {"timeout": 0.5}, httpx.Timeout(0.5), id="call-wins"),
        pytest.param(2.0, {"timeout": None}, httpx.Timeout(None), id="call-none-means-no-timeout"),
    ],
)
def test_timeout_per_client_and_per_call(
    api: respx.MockRouter, client_timeout: float | httpx.Timeout, call_timeout: dict[str, Any] | None, sent: Any
) -> None:
    route = api.post(INITIALISE).mock(return_value=OK)

    with Client(api_key=API_KEY, timeout=client_timeout) as client:
        _initialise(client, **(call_timeout or {}))

    assert _timeout_sent(route) == sent.as_dict()


def test_a_transport_can_be_injected() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"url": "https://as.example.org/a?state=x"})

    with Client(api_key=API_KEY, base_url="http://test", transport=httpx.MockTransport(answer)) as client:
        assert _initialise(client).url == "https://as.example.org/a?state=x"

    assert str(seen[0].url) == "http://test" + INITIALISE


def test_an_injected_http_client_is_used_and_left_open(api: respx.MockRouter) -> None:
    route = api.post(INITIALISE).mock(return_value=OK)

    with httpx.Client(headers={"X-Caller": "tests"}) as http_client:
        with Client(api_key=API_KEY, http_client=http_client) as client:
            _initialise(client)
        assert not http_client.is_closed

    assert route.calls.last.request.headers["X-Caller"] == "tests"


def test_a_client_closes_the_http_client_it_made() -> None:
    with Client(api_key=API_KEY) as client:
        pass

    assert client._http_client.is_closed


def test_http_client_and_transport_cannot_both_be_given() -> None:
    with httpx.Client() as http_client, pytest.raises(TypeError, match="not both"):
        Client(api_key=API_KEY, http_client=http_client, transport=httpx.MockTransport(lambda _: OK))


@pytest.mark.asyncio
async def test_async_client_reads_the_environment_and_closes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VERSORI_API_KEY", "vk_from_env")
    monkeypatch.setenv("VERSORI_BASE_URL", STAGING)

    with contract_checked_router(STAGING) as api:
        route = api.post(INITIALISE).mock(return_value=OK)
        async with AsyncClient() as client:
            await client.connections.initialise_oauth2(
                ORGANISATION_ID, CONNECTOR_ID, **call_arguments(request_example("minimal")), timeout=3.0
            )

    assert client._http_client.is_closed
    assert route.calls.last.request.headers["Authorization"] == "Bearer vk_from_env"
    assert _timeout_sent(route) == httpx.Timeout(3.0).as_dict()


@pytest.mark.asyncio
async def test_async_client_leaves_an_injected_http_client_open(api: respx.MockRouter) -> None:
    api.post(INITIALISE).mock(return_value=OK)

    async with httpx.AsyncClient() as http_client:
        client = AsyncClient(api_key=API_KEY, http_client=http_client)
        await client.connections.initialise_oauth2(
            ORGANISATION_ID, CONNECTOR_ID, **call_arguments(request_example("minimal"))
        )
        await client.aclose()
        assert not http_client.is_closed
