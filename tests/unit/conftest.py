"""Fixtures for the tests of the hand-written client (tests/unit/test_client_*.py)."""

from collections.abc import AsyncIterator, Iterator

import pytest
import pytest_asyncio
import respx

from tests.support.client import API_KEY, contract_checked_router
from tests.support.fakes import record_retry_waits
from tests.support.platform_examples import platform_checked_router
from versori_connect import AsyncClient, AsyncPlatformClient, Client, PlatformClient


@pytest.fixture(autouse=True)
def _no_versori_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The caller's own VERSORI_* variables must not change what a test sees."""
    for name in ("VERSORI_API_KEY", "VERSORI_BASE_URL", "VERSORI_PLATFORM_BASE_URL", "VERSORI_LOG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The delays the retry loop waited, recorded instead of slept, so that no test waits."""
    return record_retry_waits(monkeypatch)


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    """The production API mocked; every request and answer is checked against the contract."""
    with contract_checked_router() as router:
        yield router


@pytest.fixture
def loose_api() -> Iterator[respx.MockRouter]:
    """As ``api``, for answers that break the contract on purpose: only the requests are checked."""
    with contract_checked_router(check_responses=False) as router:
        yield router


@pytest.fixture
def client() -> Iterator[Client]:
    with Client(api_key=API_KEY) as client:
        yield client


@pytest_asyncio.fixture
async def async_client() -> AsyncIterator[AsyncClient]:
    async with AsyncClient(api_key=API_KEY) as client:
        yield client


@pytest_asyncio.fixture(params=["sync", "async"])
async def either_client(request: pytest.FixtureRequest) -> AsyncIterator[Client | AsyncClient]:
    """``Client``, then ``AsyncClient``: a test using it runs once on each (see tests/support/either.py)."""
    if request.param == "sync":
        with Client(api_key=API_KEY) as client:
            yield client
    else:
        async with AsyncClient(api_key=API_KEY) as async_client:
            yield async_client


@pytest.fixture
def platform_api() -> Iterator[respx.MockRouter]:
    """The Platform API's production base URL mocked; every request and answer is checked against
    platform-openapi.yaml."""
    with platform_checked_router() as router:
        yield router


@pytest.fixture
def loose_platform_api() -> Iterator[respx.MockRouter]:
    """As ``platform_api``, for answers that break the contract on purpose: only the requests are checked."""
    with platform_checked_router(check_responses=False) as router:
        yield router


@pytest_asyncio.fixture(params=["sync", "async"])
async def platform_client(request: pytest.FixtureRequest) -> AsyncIterator[PlatformClient | AsyncPlatformClient]:
    """``PlatformClient``, then ``AsyncPlatformClient``: a test using it runs once on each (with
    tests/support/either.py's ``settle`` and ``collect``)."""
    if request.param == "sync":
        with PlatformClient(api_key=API_KEY) as client:
            yield client
    else:
        async with AsyncPlatformClient(api_key=API_KEY) as async_client:
            yield async_client
