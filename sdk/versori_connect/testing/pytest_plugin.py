"""pytest fixtures of the test kit; pytest loads this module through the ``pytest11`` entry point.

- ``versori_mock``: a fresh ``VersoriMock`` for each test.
- ``versori_mock_shared``: one ``VersoriMock`` for the whole session (or each module, with the ini option
  ``versori_mock_scope = module``), reset to the seed before each test that uses it.
- ``versori_mock_settings``: the ``Settings`` fields both are started with (none); override it, session-scoped,
  in a ``conftest.py`` to change them.

They are plain fixtures: sync tests, and async ones run by pytest-asyncio or anyio (with ``await mock.aconnect()``
and ``mock.async_client()``), use them alike. The kit is imported only when a fixture is used, so this plugin
loads where only the SDK is installed.
"""

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from ._mock import VersoriMock

_SCOPE_OPTION = "versori_mock_scope"
_SHARED_SCOPES = ("session", "module")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        _SCOPE_OPTION, "how long versori_mock_shared's server lives: session (default) or module", default="session"
    )


def _shared_scope(fixture_name: str, config: pytest.Config) -> Any:
    scope = config.getini(_SCOPE_OPTION)
    if scope not in _SHARED_SCOPES:
        raise pytest.UsageError(f"{_SCOPE_OPTION} must be one of {', '.join(_SHARED_SCOPES)}, not {scope!r}")
    return scope


@pytest.fixture(scope="session")
def versori_mock_settings() -> dict[str, Any]:
    """The ``mock_server.settings.Settings`` fields every ``VersoriMock`` of the fixtures starts with."""
    return {}


@pytest.fixture
def versori_mock(versori_mock_settings: dict[str, Any]) -> Iterator["VersoriMock"]:
    """A ``VersoriMock`` of this test's own: fresh stores, a port of its own, stopped after the test."""
    from . import VersoriMock

    with VersoriMock(**versori_mock_settings) as mock:
        yield mock


@pytest.fixture(scope=_shared_scope)
def versori_mock_shared_server(versori_mock_settings: dict[str, Any]) -> Iterator["VersoriMock"]:
    """The one ``VersoriMock`` behind ``versori_mock_shared``, not reset."""
    from . import VersoriMock

    with VersoriMock(**versori_mock_settings) as mock:
        yield mock


@pytest.fixture
def versori_mock_shared(versori_mock_shared_server: "VersoriMock") -> "VersoriMock":
    """The shared ``VersoriMock``, reset to the seed for this test: no connections, calls or planned failures
    from the tests before."""
    versori_mock_shared_server.reset()
    return versori_mock_shared_server
