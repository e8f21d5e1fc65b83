"""The demo page in headless Chromium (Debian's, driven by Playwright): Connect, the provider's popup,
Approve or Deny, and what the page shows afterwards."""

from collections.abc import Iterator

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect

from tests.support.oauth_loop import connection_count
from tests.support.paths import REPO_ROOT
from tests.support.server import LiveServer, live_server

pytestmark = pytest.mark.e2e

ARTIFACTS = REPO_ROOT / "test-artifacts"


@pytest.fixture
def server() -> Iterator[LiveServer]:
    with live_server(env={"VERSORI_MOCK_DATABASE": ":memory:"}) as running:
        yield running


@pytest.fixture
def demo(browser: Browser, server: LiveServer) -> Iterator[Page]:
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{server.url}/demo")
    yield page
    context.close()


def test_connect_and_approve_lists_the_new_connection(demo: Page, server: LiveServer) -> None:
    with demo.expect_popup() as opened:
        demo.get_by_role("button", name="Connect").click()
    popup = opened.value
    popup.get_by_role("button", name="Approve").click()

    expect(demo.locator("li.connection")).to_have_count(1, timeout=15_000)
    expect(demo.get_by_role("status")).to_contain_text("Connected")
    ARTIFACTS.mkdir(exist_ok=True)
    demo.screenshot(path=ARTIFACTS / "demo-connected.png", full_page=True)
    assert connection_count(server.url) == 1


def test_connect_and_deny_shows_the_error_and_creates_nothing(demo: Page, server: LiveServer) -> None:
    with demo.expect_popup() as opened:
        demo.get_by_role("button", name="Connect").click()
    popup = opened.value
    popup.get_by_role("button", name="Deny").click()

    expect(demo.get_by_role("status")).to_contain_text("access_denied", timeout=15_000)
    expect(demo.locator("li.connection")).to_have_count(0)
    assert connection_count(server.url) == 0


def test_a_simulated_failure_is_planned_through_the_admin_api_and_shown(demo: Page, server: LiveServer) -> None:
    demo.get_by_label("Simulate").select_option("fail-next:503")
    demo.get_by_role("button", name="Connect").click()

    expect(demo.get_by_role("status")).to_contain_text("service_unavailable", timeout=15_000)
    expect(demo.get_by_role("status")).to_contain_text("retry after 1 s")
    journal = httpx.get(f"{server.url}/__admin/journal").json()["entries"]
    assert [(entry["operation_id"], entry["status"]) for entry in journal][-1] == ("initialise_oauth2_connection", 503)
