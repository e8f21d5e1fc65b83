"""What the hand-written SDK derives from or leans on stays in step: the sync layer is exactly what
scripts/unasync.py derives from the async one, and the generated ``_get_kwargs`` that ``_operations`` calls
still take the arguments it passes."""

import inspect
import subprocess
import sys
from types import ModuleType

import pytest

from tests.support.paths import REPO_ROOT
from versori_connect._generated.api.connections import (
    create_connector_connection,
    delete_connection,
    get_connection,
    initialise_oauth2_connection,
    list_connector_connections,
    update_connection,
)
from versori_connect._generated.api.connectors import (
    delete_auth_scheme_config,
    get_connector,
    list_connectors,
    upsert_auth_scheme_config,
)


def test_the_sync_layer_is_what_unasync_derives() -> None:
    result = subprocess.run(
        [sys.executable, str(REPO_ROOT / "scripts" / "unasync.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stderr


PATH_IDS = ["organisation_id", "connector_id"]


@pytest.mark.parametrize(
    ("module", "parameters"),
    [
        (initialise_oauth2_connection, [*PATH_IDS, "body", "prefer"]),
        (create_connector_connection, [*PATH_IDS, "body", "prefer"]),
        (get_connection, [*PATH_IDS, "connection_id", "prefer"]),
        (list_connector_connections, [*PATH_IDS, "first", "after", "before", "prefer"]),
        (update_connection, [*PATH_IDS, "connection_id", "body", "prefer"]),
        (delete_connection, [*PATH_IDS, "connection_id", "force", "prefer"]),
        (list_connectors, ["organisation_id", "first", "after", "before", "name", "protocol", "prefer"]),
        (get_connector, [*PATH_IDS, "prefer"]),
        (upsert_auth_scheme_config, [*PATH_IDS, "auth_scheme_config_id", "body", "prefer"]),
        (delete_auth_scheme_config, [*PATH_IDS, "auth_scheme_config_id", "prefer"]),
    ],
    ids=lambda value: value.__name__.rsplit(".", 1)[-1] if isinstance(value, ModuleType) else "",
)
def test_generated_get_kwargs_takes_what_operations_passes(module: ModuleType, parameters: list[str]) -> None:
    signature = inspect.signature(module._get_kwargs)

    assert list(signature.parameters) == parameters
    keyword_only = [
        name for name, parameter in signature.parameters.items() if parameter.kind is parameter.KEYWORD_ONLY
    ]
    assert keyword_only == [name for name in parameters if name not in PATH_IDS and not name.endswith("_id")]
