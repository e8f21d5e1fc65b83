"""What the hand-written SDK derives from or leans on stays in step: the sync layer is exactly what
scripts/unasync.py derives from the async one, and the generated ``_get_kwargs`` that ``_operations`` calls
still take the arguments it passes."""

import importlib
import inspect
import subprocess
import sys
from pathlib import Path
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


ORG = ["organisation_id"]
SYSTEM, CONNECTION, PROJECT = [*ORG, "system_id"], [*ORG, "connection_id"], [*ORG, "project_id"]
# Each operation's path parameters (positional), then its keyword-only ones.
PLATFORM_CALLS = [
    ("connections.initialise_oauth2_connection", SYSTEM, ["body", "prefer"]),
    ("connections.initialise_oauth1_connection", SYSTEM, ["body", "prefer"]),
    ("connections.list_connections", ORG, ["first", "after", "before", "system_id", "end_user_id", "prefer"]),
    ("connections.create_connection", ORG, ["body", "prefer"]),
    ("connections.get_connection", CONNECTION, ["prefer"]),
    ("connections.update_connection", CONNECTION, ["body", "prefer"]),
    ("connections.delete_connection", CONNECTION, ["prefer"]),
    ("systems.list_systems", ORG, ["first", "after", "before", "search", "prefer"]),
    ("systems.create_system", ORG, ["body", "prefer"]),
    ("systems.get_system", SYSTEM, ["prefer"]),
    ("systems.update_system", SYSTEM, ["body", "prefer"]),
    ("systems.delete_system", SYSTEM, ["prefer"]),
    ("systems.upsert_auth_scheme_config", [*SYSTEM, "auth_scheme_config_id"], ["body", "prefer"]),
    ("systems.delete_auth_scheme_config", [*SYSTEM, "auth_scheme_config_id"], ["prefer"]),
    ("systems.create_connection_template", PROJECT, ["body", "prefer"]),
    ("systems.list_project_connection_templates", PROJECT, ["env_id", "prefer"]),
    ("systems.update_connection_template", [*PROJECT, "template_id"], ["body", "prefer"]),
    ("systems.delete_connection_template", [*PROJECT, "template_id"], ["prefer"]),
    ("end_users.create_end_user", ORG, ["body", "prefer"]),
    ("end_users.list_end_users", ORG, ["search", "prefer"]),
    ("end_users.get_end_user", [*ORG, "user_id"], ["prefer"]),
    ("end_users.delete_end_user", [*ORG, "user_id"], ["prefer"]),
]


@pytest.mark.parametrize(("name", "path", "keywords"), PLATFORM_CALLS, ids=[name for name, _, _ in PLATFORM_CALLS])
def test_platform_get_kwargs_takes_what_platform_operations_passes(
    name: str, path: list[str], keywords: list[str]
) -> None:
    module = importlib.import_module(f"versori_connect.platform._generated.api.{name}")
    parameters = inspect.signature(module._get_kwargs).parameters

    assert [name for name, parameter in parameters.items() if parameter.kind is not parameter.KEYWORD_ONLY] == path
    assert [name for name, parameter in parameters.items() if parameter.kind is parameter.KEYWORD_ONLY] == keywords


def test_every_platform_operation_is_pinned() -> None:
    api = Path(importlib.import_module("versori_connect.platform._generated.api").__file__ or "").parent

    generated = {f"{path.parent.name}.{path.stem}" for path in api.glob("*/*.py") if path.name != "__init__.py"}

    assert generated == {name for name, _, _ in PLATFORM_CALLS}
