"""Processes several e2e modules use as they are, started once per test session."""

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser

from tests.support.browser import chromium
from tests.support.paths import SCRIPTS
from tests.support.processes import free_port, running
from tests.support.server import LiveServer, live_server


@pytest.fixture(scope="session")
def prism_url() -> Iterator[str]:
    """scripts/mock: the contract served by Prism (``--errors``, so it refuses what the contract forbids)."""
    with running([SCRIPTS / "mock", "--port", str(free_port())], ready=r"listening on (http://\S+)") as match:
        yield match.group(1)


@pytest.fixture(scope="session")
def default_server() -> Iterator[LiveServer]:
    """``python -m mock_server`` with every setting left at its default."""
    with live_server() as server:
        yield server


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Headless Chromium, one for each module that uses it."""
    with chromium() as launched:
        yield launched
