"""The Platform client's configuration: its own production base URL and base-URL variable
(``VERSORI_PLATFORM_BASE_URL``), the API key of ``VERSORI_API_KEY`` shared with the Connect client, and neither
client reading the other's base URL; the core's options (derived clients) keep the class."""

import httpx
import pytest
import respx

from tests.support.client import API_KEY
from tests.support.platform_examples import ORGANISATION_ID, SYSTEMS, example, platform_checked_router
from versori_connect import DEFAULT_BASE_URL as CONNECT_BASE_URL
from versori_connect import AsyncPlatformClient, Client, PlatformClient, VersoriError
from versori_connect.platform import API_KEY_ENV, BASE_URL_ENV, DEFAULT_BASE_URL

STAGING = "https://platform-staging.versori.com/api/v2"
PAGE = httpx.Response(200, json=example("SystemPage"))


def test_the_defaults_follow_versori() -> None:
    assert DEFAULT_BASE_URL == "https://platform.versori.com/api/v2"
    assert (API_KEY_ENV, BASE_URL_ENV) == ("VERSORI_API_KEY", "VERSORI_PLATFORM_BASE_URL")
    with PlatformClient(api_key=API_KEY) as client:
        assert client.base_url == DEFAULT_BASE_URL
        assert repr(client) == f"PlatformClient(base_url={DEFAULT_BASE_URL!r})"


def test_api_key_and_base_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VERSORI_API_KEY", "vk_from_env")
    monkeypatch.setenv("VERSORI_PLATFORM_BASE_URL", STAGING + "/")

    with platform_checked_router(STAGING) as api, PlatformClient() as client:
        route = api.get(SYSTEMS).mock(return_value=PAGE)
        client.systems.list(ORGANISATION_ID)

    assert client.base_url == STAGING
    assert str(route.calls.last.request.url) == f"{STAGING}{SYSTEMS}"
    assert route.calls.last.request.headers["Authorization"] == "Bearer vk_from_env"


def test_neither_client_reads_the_other_ones_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VERSORI_BASE_URL", "http://127.0.0.1:8000/api/connect/v1")
    monkeypatch.setenv("VERSORI_PLATFORM_BASE_URL", "http://127.0.0.1:8000/api/v2")

    with Client(api_key=API_KEY) as connect, PlatformClient(api_key=API_KEY) as platform:
        assert connect.base_url == "http://127.0.0.1:8000/api/connect/v1"
        assert platform.base_url == "http://127.0.0.1:8000/api/v2"

    monkeypatch.delenv("VERSORI_PLATFORM_BASE_URL")
    with PlatformClient(api_key=API_KEY) as platform:
        assert platform.base_url == DEFAULT_BASE_URL
    monkeypatch.delenv("VERSORI_BASE_URL")
    with Client(api_key=API_KEY) as connect:
        assert connect.base_url == CONNECT_BASE_URL


@pytest.mark.parametrize("client_class", [PlatformClient, AsyncPlatformClient])
def test_without_an_api_key_construction_fails_naming_the_platform_variables(
    client_class: type[PlatformClient | AsyncPlatformClient],
) -> None:
    with pytest.raises(VersoriError) as caught:
        client_class()

    message = str(caught.value)
    assert "Platform API v2" in message
    assert "VERSORI_API_KEY" in message
    assert "VERSORI_PLATFORM_BASE_URL" in message
    assert DEFAULT_BASE_URL in message


def test_a_derived_client_is_a_platform_client_on_the_same_pool(platform_api: respx.MockRouter) -> None:
    route = platform_api.get(SYSTEMS).mock(return_value=PAGE)

    with PlatformClient(api_key=API_KEY, default_headers={"X-App": "a"}) as client:
        derived = client.with_options(api_key="vk_other", default_headers={"X-Tenant": "t2"}, max_retries=0)
        derived.systems.list(ORGANISATION_ID)

    assert type(derived) is PlatformClient
    assert derived._http_client is client._http_client
    headers = route.calls.last.request.headers
    assert (headers["Authorization"], headers["X-App"], headers["X-Tenant"]) == ("Bearer vk_other", "a", "t2")


@pytest.mark.asyncio
async def test_async_client_with_a_transport_and_a_base_url() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=example("SystemPage"))

    base_url = "http://127.0.0.1:8000/api/v2"
    async with AsyncPlatformClient(api_key=API_KEY, base_url=base_url, transport=httpx.MockTransport(answer)) as c:
        page = await c.systems.list(ORGANISATION_ID, first=1)

    assert page.total_count == 2
    assert str(seen[0].url) == f"{base_url}{SYSTEMS}?first=1"
    assert c._http_client.is_closed
