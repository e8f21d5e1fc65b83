"""A test kit for apps that use the SDK: the reference server in the test process, stateful and contract-checked.

    from versori_connect.testing import VersoriMock

    with VersoriMock() as mock, mock.client() as client:
        connection = mock.connect()
        assert client.connections.get(mock.organisation_id, mock.connector_id, connection.id).name == connection.name

The Platform API's the same way: ``mock.platform_connect()`` and ``mock.platform_client()``; its OAuth 1.0a loop
``mock.oauth1_connect()``.

Install it with ``pip install 'versori-connect[testing]'``: the server's packages, and not pytest. With pytest, the
``versori_mock`` fixtures come from ``versori_connect.testing.pytest_plugin``, which pytest loads through the
``pytest11`` entry point. The names below are imported when first used, so that the plugin loads (and says what
to install) where only the SDK is installed, and nothing here imports pytest.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mock_server.control.control import AuthorizationResult, ControlError, JournalEntry

    from ._mock import VersoriMock

__all__ = ["AuthorizationResult", "ControlError", "JournalEntry", "VersoriMock"]

_HOMES = {
    "AuthorizationResult": "mock_server.control.control",
    "ControlError": "mock_server.control.control",
    "JournalEntry": "mock_server.control.control",
    "VersoriMock": "versori_connect.testing._mock",
}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    try:
        return getattr(import_module(_HOMES[name]), name)
    except ModuleNotFoundError as error:
        raise ModuleNotFoundError(
            f"versori_connect.testing needs the reference server's packages ({error.name} is missing): "
            "pip install 'versori-connect[testing]'"
        ) from error
