"""The loopback OAuth 2.0 flow (``versori_connect.loopback``) against the reference server of the test kit, over
real sockets: the consent page approved or denied by the kit (and once in headless Chromium), forged redirects, the
timeout, cancellation, a port already in use, a dynamic template, and a system it cannot sign in to."""

import asyncio
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit, urlunsplit

import httpx
import pytest
from playwright.sync_api import Browser

from tests.support.platform_server import (
    ADA_EXTERNAL_ID,
    ENVIRONMENT_ID,
    MOCK_SYSTEM_ID,
    MOCK_TEMPLATE_ID,
    PROJECT_ID,
    SHOPIFY_SYSTEM_ID,
)
from tests.support.processes import free_port
from versori_connect import AsyncPlatformClient, PlatformClient
from versori_connect.loopback import (
    LoopbackPortInUseError,
    NoAuthorizationCodeConfigError,
    ProviderAuthorizationError,
    RedirectTimeoutError,
    aconnect_account,
    connect_account,
)
from versori_connect.platform import Connection, CredentialOAuth2Token
from versori_connect.testing import AuthorizationResult, VersoriMock

pytestmark = pytest.mark.e2e

# The Chromium test's wait for each page; a wait that runs out is a failure, never a pass.
WAIT_MS = 10_000


@pytest.fixture(scope="module")
def mock() -> Iterator[VersoriMock]:
    with VersoriMock() as running:
        yield running


@pytest.fixture
def client(mock: VersoriMock) -> Iterator[PlatformClient]:
    with PlatformClient(api_key=mock.api_key, base_url=f"{mock.base_url}/api/v2") as platform:
        yield platform


@dataclass
class User:
    """The person at the browser: at the authorize URL, decides (with the kit's approve or deny), then the browser
    follows the provider's redirect, after each forged redirect ``forgeries`` make of it."""

    decide: Callable[[str], AuthorizationResult]
    forgeries: list[Callable[[str], str]] = field(default_factory=list)
    opened: list[str] = field(default_factory=list)
    pages: list[httpx.Response] = field(default_factory=list)

    def __call__(self, authorize_url: str) -> bool:
        self.opened.append(authorize_url)
        redirect = self.decide(authorize_url).redirect_url
        for forge in self.forgeries:
            self.pages.append(httpx.get(forge(redirect)))
        self.pages.append(httpx.get(redirect))
        return True


def flow_arguments(changes: dict[str, Any]) -> dict[str, Any]:
    """The flow on the seed's built-in provider (its system and static template), the URL reported nowhere and no
    browser opened, with ``changes``."""
    return {
        "system_id": MOCK_SYSTEM_ID,
        "template_id": MOCK_TEMPLATE_ID,
        "browser": None,
        "report": lambda url: None,
        **changes,
    }


def connect(client: PlatformClient, mock: VersoriMock, **changes: Any) -> Connection:
    return connect_account(client, mock.organisation_id, **flow_arguments(changes))


async def aconnect(client: AsyncPlatformClient, mock: VersoriMock, **changes: Any) -> Connection:
    return await aconnect_account(client, mock.organisation_id, **flow_arguments(changes))


def redirect_uri(authorize_url: str) -> str:
    return parse_qs(urlsplit(authorize_url).query)["redirect_uri"][0]


def with_query(url: str, **changes: str | None) -> str:
    """``url`` with each parameter of ``changes`` set (``None``: removed)."""
    parts = urlsplit(url)
    query = {name: values[0] for name, values in parse_qs(parts.query).items()}
    for name, value in changes.items():
        if value is None:
            query.pop(name, None)
        else:
            query[name] = value
    return urlunsplit(parts._replace(query=str(httpx.QueryParams(query))))


def heading(page: httpx.Response) -> str:
    return page.text.split("<h1>")[1].split("</h1>")[0]


def nothing_left_on(port: int) -> None:
    """No loopback redirect thread runs, and the port can be listened on again (with SO_REUSEADDR, as servers do:
    a connection the server closed leaves the port in TIME_WAIT, which a listener still holding it is not)."""
    assert [thread.name for thread in threading.enumerate() if thread.name.startswith("loopback-redirect-")] == []
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", port))
        sock.listen()


def test_an_approved_sign_in_creates_the_token_connection_on_the_template(
    mock: VersoriMock, client: PlatformClient
) -> None:
    user = User(mock.approve)
    reported: list[str] = []

    connection = connect(client, mock, name="Through the loopback", browser=user, report=reported.append)

    assert reported == user.opened
    (authorize_url,) = reported
    assert urlsplit(authorize_url).path == "/mock-provider/authorize"
    callback = urlsplit(redirect_uri(authorize_url))
    assert (callback.scheme, callback.hostname, callback.path) == ("http", "127.0.0.1", "/oauth/callback")
    assert [(page.status_code, heading(page)) for page in user.pages] == [(200, "Signed in")]
    assert (connection.name, connection.system_id, connection.connection_template_id) == (
        "Through the loopback",
        MOCK_SYSTEM_ID,
        MOCK_TEMPLATE_ID,
    )
    assert isinstance(connection.credentials[0].credential, CredentialOAuth2Token)
    assert client.connections.get(mock.organisation_id, connection.id).name == "Through the loopback"
    assert callback.port is not None
    nothing_left_on(callback.port)


@pytest.mark.asyncio
async def test_the_async_flow_on_a_fixed_port_creates_the_connection(mock: VersoriMock) -> None:
    port = free_port()
    user = User(mock.approve)
    async with AsyncPlatformClient(api_key=mock.api_key, base_url=f"{mock.base_url}/api/v2") as client:
        connection = await aconnect(client, mock, name="Async loopback", port=port, browser=user)
        stored = await client.connections.get(mock.organisation_id, connection.id)

    assert redirect_uri(user.opened[0]) == f"http://127.0.0.1:{port}/oauth/callback"
    assert stored.name == "Async loopback"
    assert isinstance(stored.credentials[0].credential, CredentialOAuth2Token)


def test_a_denial_raises_the_providers_error_and_creates_nothing(mock: VersoriMock, client: PlatformClient) -> None:
    user = User(mock.deny)
    mock.clear_calls()

    with pytest.raises(ProviderAuthorizationError) as raised:
        connect(client, mock, name="Denied", browser=user)

    assert (raised.value.error, raised.value.error_description) == ("access_denied", "The user denied access.")
    assert str(raised.value) == "The provider refused the authorization with access_denied: The user denied access."
    assert [(page.status_code, heading(page)) for page in user.pages] == [(200, "Not connected")]
    assert "access_denied: The user denied access." in user.pages[0].text
    assert [call.operation_id for call in mock.calls] == [
        "platform.get_system",
        "platform.initialise_oauth2_connection",
    ]


def test_forged_redirects_are_answered_400_and_the_flow_waits_for_the_real_one(
    mock: VersoriMock, client: PlatformClient
) -> None:
    forgeries: list[Callable[[str], str]] = [
        lambda url: with_query(url, state="forged-state"),
        lambda url: with_query(url, state=None),
        lambda url: with_query(url, state="forged-state", code=None, error="access_denied"),
        lambda url: with_query(url, code=None),
        lambda url: url.replace("/oauth/callback", "/elsewhere"),
    ]
    user = User(mock.approve, forgeries)

    connection = connect(client, mock, name="After forgeries", browser=user)

    assert [(page.status_code, heading(page)) for page in user.pages] == [
        (400, "Not this sign-in"),
        (400, "Not this sign-in"),
        (400, "Not this sign-in"),
        (400, "No code"),
        (404, "Not found"),
        (200, "Signed in"),
    ]
    assert connection.name == "After forgeries"


def test_no_redirect_in_time_raises_the_timeout_and_leaves_nothing_behind(
    mock: VersoriMock, client: PlatformClient
) -> None:
    reported: list[str] = []

    with pytest.raises(RedirectTimeoutError) as raised:
        connect(client, mock, name="Too late", timeout=1, browser=None, report=reported.append)

    (authorize_url,) = reported
    callback = redirect_uri(authorize_url)
    assert str(raised.value) == f"timed out after 1 s waiting for the provider's redirect to {callback}"
    assert (raised.value.timeout, raised.value.redirect_url) == (1, callback)
    port = urlsplit(callback).port
    assert port is not None
    nothing_left_on(port)


@pytest.mark.asyncio
async def test_cancelling_the_async_flow_stops_the_loopback_server(mock: VersoriMock) -> None:
    reported: list[str] = []
    waiting = asyncio.Event()

    def report(url: str) -> None:
        reported.append(url)
        waiting.set()

    async with AsyncPlatformClient(api_key=mock.api_key, base_url=f"{mock.base_url}/api/v2") as client:
        flow = asyncio.create_task(aconnect(client, mock, name="Cancelled", browser=None, report=report))
        await asyncio.wait_for(waiting.wait(), 30)
        flow.cancel()
        with pytest.raises(asyncio.CancelledError):
            await flow

    port = urlsplit(redirect_uri(reported[0])).port
    assert port is not None
    nothing_left_on(port)


def test_a_port_in_use_is_refused_before_anything_is_initialised(mock: VersoriMock, client: PlatformClient) -> None:
    mock.clear_calls()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(LoopbackPortInUseError) as raised:
            connect(client, mock, name="Port taken", port=port, browser=None)

    assert raised.value.port == port
    assert str(raised.value) == f"port {port} of 127.0.0.1 is in use, so the redirect cannot be received there"
    assert [call.operation_id for call in mock.calls] == ["platform.get_system"]


def test_a_dynamic_template_gives_the_connection_to_the_end_user(mock: VersoriMock, client: PlatformClient) -> None:
    template = client.connection_templates.create(
        mock.organisation_id,
        PROJECT_ID,
        {"systemId": MOCK_SYSTEM_ID, "name": "mock_per_user", "environmentId": ENVIRONMENT_ID, "dynamic": True},
    )
    template_id = template.connection_template_id
    assert isinstance(template_id, str)

    connection = connect(
        client,
        mock,
        template_id=template_id,
        name="Ada's mock account",
        external_id=ADA_EXTERNAL_ID,
        browser=User(mock.approve),
    )

    held = client.connections.list(mock.organisation_id, end_user_id=ADA_EXTERNAL_ID)
    assert connection.connection_template_id == template_id
    assert connection.id in [item.id for item in held.items]


def test_a_system_without_an_authorization_code_config_is_refused(mock: VersoriMock, client: PlatformClient) -> None:
    with pytest.raises(NoAuthorizationCodeConfigError) as raised:
        connect(client, mock, system_id=SHOPIFY_SYSTEM_ID, name="No OAuth", browser=None)

    assert raised.value.system_id == SHOPIFY_SYSTEM_ID


def test_approved_in_headless_chromium(mock: VersoriMock, client: PlatformClient, browser: Browser) -> None:
    """The flow hands the authorize URL to a real browser: Chromium shows the consent page, the person clicks
    Approve, and the browser lands on the loopback server's page."""
    context = browser.new_context()
    context.set_default_timeout(WAIT_MS)
    page = context.new_page()
    landed: list[str] = []

    def open_in_chromium(url: str) -> bool:
        page.goto(url)
        with page.expect_navigation(url="http://127.0.0.1:*/oauth/callback?*"):
            page.get_by_role("button", name="Approve").click()
        landed.append(page.locator("h1").inner_text())
        return True

    try:
        connection = connect(client, mock, name="Through Chromium", browser=open_in_chromium)
    finally:
        context.close()

    assert landed == ["Signed in"]
    assert isinstance(connection.credentials[0].credential, CredentialOAuth2Token)
