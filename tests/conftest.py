"""Fixtures shared by tests/unit and tests/e2e."""

import shutil
from collections import Counter
from collections.abc import AsyncIterator, Iterator

import pytest
import pytest_asyncio
from redis.asyncio import Redis

from tests.support.redis_server import RedisServer, redis_server
from tests.support.tally import TALLIES, written_tallies


def _is_xdist_worker(config: pytest.Config) -> bool:
    return hasattr(config, "workerinput")


def pytest_sessionstart(session: pytest.Session) -> None:
    if not _is_xdist_worker(session.config):
        shutil.rmtree(TALLIES, ignore_errors=True)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The modules marked ``long_running`` first, each keeping its place among them and the rest theirs: scripts/test
    hands files to the pytest-xdist workers in this order (``--no-loadscope-reorder``), so that a run of a minute or
    more starts at once instead of finishing the run on one worker while the others wait."""
    items.sort(key=lambda item: item.get_closest_marker("long_running") is None)


def pytest_collection_finish(session: pytest.Session) -> None:
    """pytest-xdist schedules by node id, so a repeated one would run one test of several."""
    repeated = sorted(nodeid for nodeid, count in Counter(item.nodeid for item in session.items).items() if count > 1)
    if repeated:
        raise pytest.UsageError(f"these node ids are given to more than one test: {repeated}")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """What each schemathesis run got back, whichever worker ran it."""
    for path in written_tallies():
        terminalreporter.write_sep("-", path.stem)
        terminalreporter.write(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def shared_redis(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    """One real redis-server for the whole run, stopped at its end."""
    with redis_server(tmp_path_factory.mktemp("redis")) as server:
        yield server


@pytest_asyncio.fixture
async def redis_url(shared_redis: RedisServer) -> AsyncIterator[str]:
    """The shared redis-server's URL, emptied before the test."""
    client = Redis.from_url(shared_redis.url)
    try:
        await client.flushall()
    finally:
        await client.aclose()
    yield shared_redis.url
