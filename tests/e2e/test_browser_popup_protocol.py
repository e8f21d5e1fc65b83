"""Versori's OAuth popup protocol in headless Chromium, between the reference server's callback and a front end
on an origin of its own (tests/support/versori_opener.html, the opener's side as Versori's front-end package
runs it): the response, for the Connect API v1's loop and the Platform API's, what the callback refuses to answer,
and the errors the opener reads in ``search``."""

from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page

from tests.support.oauth_loop import AUTH, connection_body, connector_path, create_connection, initialise
from tests.support.page_server import serving
from tests.support.paths import REPO_ROOT
from tests.support.platform_server import BASE as PLATFORM_BASE
from tests.support.platform_server import code_connection, oauth1_connection, oauth1_initialise, platform_initialise
from tests.support.server import DEV_API_KEY, LiveServer, initialise_body, live_server

pytestmark = pytest.mark.e2e

OPENER_PAGE = (REPO_ROOT / "tests" / "support" / "versori_opener.html").read_text(encoding="utf-8")
IN_MEMORY = {"VERSORI_MOCK_DATABASE": ":memory:"}
# Long enough for a few hellos; a wait that runs out is a failure, never a pass.
WAIT_MS = 10_000
INVALID_STATE = "This state is unknown, expired or was already used; start again."


@pytest.fixture(scope="module")
def opener_port() -> Iterator[int]:
    with serving(OPENER_PAGE) as port:
        yield port


@pytest.fixture(scope="module")
def server(opener_port: int) -> Iterator[LiveServer]:
    """The server, with the opener's origin on 127.0.0.1 as its one CORS origin (so not http://localhost:PORT)."""
    with live_server(env={**IN_MEMORY, "VERSORI_MOCK_CORS_ORIGINS": f"http://127.0.0.1:{opener_port}"}) as running:
        yield running


def _opener(browser: Browser, url: str) -> Iterator[Page]:
    context = browser.new_context()
    context.set_default_timeout(WAIT_MS)
    page = context.new_page()
    page.goto(url)
    yield page
    context.close()


@pytest.fixture
def allowed(browser: Browser, opener_port: int) -> Iterator[Page]:
    yield from _opener(browser, f"http://127.0.0.1:{opener_port}/")


@pytest.fixture
def not_allowed(browser: Browser, opener_port: int) -> Iterator[Page]:
    """The same page on an origin the server does not list: localhost, not 127.0.0.1."""
    yield from _opener(browser, f"http://localhost:{opener_port}/")


def _open(opener: Page, url: str, callback_origin: str) -> Page:
    """Open ``url`` in the popup and start saying hello, as the package does from the moment it opens it."""
    with opener.expect_popup() as opened:
        opener.evaluate(
            "([url, origin]) => { openPopup(url); window.pending = awaitResponse(origin); }", [url, callback_origin]
        )
    return opened.value


def _response(opener: Page) -> dict[str, Any]:
    """The response the opener has been waiting for, or an error once WAIT_MS have gone by without one."""
    answer: dict[str, Any] = opener.evaluate(
        """(ms) => Promise.race([window.pending, new Promise((_, reject) => {
          setTimeout(() => reject(new Error(`no response within ${ms} ms`)), ms);
        })])""",
        WAIT_MS,
    )
    return answer


def _state_of(url: str) -> str:
    return parse_qs(urlsplit(url).query)["state"][0]


def _warned(text: str) -> Callable[[ConsoleMessage], bool]:
    """The callback's warning, in the popup's console, of a hello it does not answer."""
    return lambda message: message.type == "warning" and text in message.text


def _create_on_connect_v1(base_url: str, code: str, state: str, name: str) -> httpx.Response:
    return create_connection(base_url, code, state, name=name)


def _create_on_platform(base_url: str, code: str, state: str, name: str) -> httpx.Response:
    body = code_connection(base_url, code, state, name)
    return httpx.post(f"{base_url}{PLATFORM_BASE}/connections", json=body, headers=AUTH)


# Each API's initialise, its create, and the status of a create that succeeds: the popup is the same for both.
APIS = [
    pytest.param(initialise, _create_on_connect_v1, 200, id="connect-v1"),
    pytest.param(platform_initialise, _create_on_platform, 201, id="platform"),
]


@pytest.mark.parametrize(("start", "create", "created_status"), APIS)
def test_approve_the_response_carries_the_code_and_state_and_they_create_the_connection(
    allowed: Page,
    server: LiveServer,
    start: Callable[[str], str],
    create: Callable[[str, str, str, str], httpx.Response],
    created_status: int,
) -> None:
    authorize_url = start(server.url)
    popup = _open(allowed, authorize_url, server.url)

    with popup.expect_request(f"{server.url}/oauth2/callback?*") as callback, popup.expect_event("close"):
        popup.get_by_role("button", name="Approve").click()
    answer = _response(allowed)

    callback_query = urlsplit(callback.value.url).query
    assert answer["search"] == f"?{callback_query}"
    result = answer["result"]
    assert result == {
        "code": parse_qs(callback_query)["code"][0],
        "state": _state_of(authorize_url),
        "additionalParams": None,
    }
    created = create(server.url, result["code"], result["state"], "Through the popup")
    assert created.status_code == created_status, created.text
    assert created.json()["name"] == "Through the popup"


def test_an_oauth1_sign_in_answers_the_hello_of_its_oauth_token_and_its_verifier_creates_the_connection(
    allowed: Page, server: LiveServer
) -> None:
    authorize_url = oauth1_initialise(server.url)
    popup = _open(allowed, authorize_url, server.url)

    with popup.expect_request(f"{server.url}/oauth2/callback?*") as callback, popup.expect_event("close"):
        popup.get_by_role("button", name="Approve").click()
    answer = _response(allowed)

    callback_query = parse_qs(urlsplit(callback.value.url).query)
    result = answer["result"]
    assert result == {
        "oauthToken": parse_qs(urlsplit(authorize_url).query)["oauth_token"][0],
        "oauthVerifier": callback_query["oauth_verifier"][0],
        "state": callback_query["state"][0],
        "additionalParams": None,
    }
    redirect = {
        "state": result["state"],
        "oauth_token": result["oauthToken"],
        "oauth_verifier": result["oauthVerifier"],
    }
    body = oauth1_connection(server.url, redirect, "OAuth 1.0a through the popup")
    created = httpx.post(f"{server.url}{PLATFORM_BASE}/connections", json=body, headers=AUTH)
    assert created.status_code == 201, created.text
    assert created.json()["credentials"][0]["credential"]["type"] == "oauth1-token"


def test_an_oauth1_deny_reaches_the_opener_as_access_denied(allowed: Page, server: LiveServer) -> None:
    authorize_url = oauth1_initialise(server.url)
    popup = _open(allowed, authorize_url, server.url)

    popup.get_by_role("button", name="Deny").click()
    answer = _response(allowed)

    assert (answer["result"]["error"], answer["result"]["error_description"]) == (
        "access_denied",
        "The user denied access.",
    )


def test_a_hello_with_another_state_gets_no_response_and_the_right_one_then_does(
    allowed: Page, server: LiveServer
) -> None:
    authorize_url = initialise(server.url)
    popup = _open(allowed, authorize_url, server.url)
    allowed.evaluate("() => { opener.helloState = `${opener.state}-not`; }")

    with popup.expect_console_message(_warned("its state is not this page's")):
        popup.get_by_role("button", name="Approve").click()
    received_before = allowed.evaluate("() => opener.received")
    allowed.evaluate("() => { opener.helloState = opener.state; }")
    answer = _response(allowed)

    assert received_before == []
    assert (answer["result"]["state"], answer["result"]["additionalParams"]) == (_state_of(authorize_url), None)
    assert answer["result"]["code"]


def test_deny_the_response_carries_access_denied(allowed: Page, server: LiveServer) -> None:
    authorize_url = initialise(server.url)
    popup = _open(allowed, authorize_url, server.url)

    popup.get_by_role("button", name="Deny").click()
    answer = _response(allowed)

    assert answer["result"] == {
        "error": "access_denied",
        "error_description": "The user denied access.",
        "error_uri": None,
        "additionalParams": f"state={_state_of(authorize_url)}",
    }


def test_a_page_on_an_origin_not_allowed_gets_no_response(
    not_allowed: Page, server: LiveServer, opener_port: int
) -> None:
    popup = _open(not_allowed, initialise(server.url), server.url)
    origin = not_allowed.evaluate("() => window.location.origin")

    with popup.expect_console_message(_warned(f"not answering a hello from {origin}")) as warned:
        popup.get_by_role("button", name="Approve").click()

    assert warned.value.text.endswith(
        f"the origins answered are {server.url}, http://127.0.0.1:{opener_port}"
        " (the server's own and VERSORI_MOCK_CORS_ORIGINS)"
    )
    assert not_allowed.evaluate("() => opener.received") == []
    assert not popup.is_closed()


def _returned_once(opener: Page, server: LiveServer) -> str:
    """A callback URL whose state was returned already: the popup was approved and answered."""
    popup = _open(opener, initialise(server.url), server.url)
    with popup.expect_event("close"):
        popup.get_by_role("button", name="Approve").click()
    search: str = _response(opener)["search"]
    return f"{server.url}/oauth2/callback{search}"


def _never_issued(opener: Page, server: LiveServer) -> str:
    return f"{server.url}/oauth2/callback?code=made-up&state=never-issued-by-the-server"


@pytest.mark.parametrize("callback_url", [_returned_once, _never_issued], ids=["replayed", "never-issued"])
def test_a_state_the_server_refuses_reaches_the_opener_as_an_error_without_a_code(
    allowed: Page, server: LiveServer, callback_url: Any
) -> None:
    url = callback_url(allowed, server)

    _open(allowed, url, server.url)
    answer = _response(allowed)

    assert answer["result"] == {
        "error": "invalid_state",
        "error_description": INVALID_STATE,
        "error_uri": None,
        "additionalParams": f"state={_state_of(url)}",
    }
    assert "code" not in parse_qs(answer["search"].removeprefix("?"))


def test_a_page_on_a_default_cors_origin_completes_the_loop_against_a_server_left_at_its_defaults(
    browser: Browser,
) -> None:
    # http://localhost:3000 is one of the default CORS origins. Playwright serves the page there, so nothing needs
    # to listen on port 3000 of this machine; a page served so has no address, which Chromium takes for a public
    # one calling loopback (Local Network Access) unless allowed to. A real page on localhost needs no such thing.
    context = browser.new_context(permissions=["local-network-access"])
    context.set_default_timeout(WAIT_MS)
    context.route("http://localhost:3000/**", lambda route: route.fulfill(body=OPENER_PAGE, content_type="text/html"))
    page = context.new_page()
    page.goto("http://localhost:3000/")
    try:
        with live_server(env=IN_MEMORY) as fresh:
            api = f"{fresh.url}{connector_path()}"
            started = page.evaluate(
                "([url, key, body]) => callApi(url, key, body)",
                [
                    f"{api}/oauth2/initialise",
                    DEV_API_KEY,
                    initialise_body(authorizeUrl=fresh.banner["authorize_url"], scopes=["profile"]),
                ],
            )
            assert started["status"] == 200, started
            popup = _open(page, started["body"]["url"], fresh.url)
            popup.get_by_role("button", name="Approve").click()
            result = _response(page)["result"]
            created = page.evaluate(
                "([url, key, body]) => callApi(url, key, body)",
                [
                    f"{api}/connections",
                    DEV_API_KEY,
                    connection_body(result["code"], result["state"], name="From :3000"),
                ],
            )
    finally:
        context.close()

    assert created["status"] == 200, created
    assert created["body"]["name"] == "From :3000"
