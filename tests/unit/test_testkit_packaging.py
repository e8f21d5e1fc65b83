"""How the test kit is packaged: its extra brings the server's packages and not pytest, pytest finds its plugin
through the entry point, and importing the kit or the plugin loads no more than it must."""

import subprocess
import sys
from importlib.metadata import entry_points, requires

import pytest


def requirements_of(extra: str) -> set[str]:
    marker = f"; extra == '{extra}'"
    return {line.removesuffix(marker) for line in requires("versori-connect") or [] if line.endswith(marker)}


def modules_loaded_by(statement: str) -> set[str]:
    script = f"import sys; before = set(sys.modules); {statement}; print(*sorted(set(sys.modules) - before))"
    result = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True)
    return {name.split(".")[0] for name in result.stdout.split()}


def test_the_testing_extra_is_the_servers_packages_and_not_pytest() -> None:
    testing = requirements_of("testing")

    assert testing == requirements_of("server")
    assert {"starlette<2,>=1.7.0", "uvicorn<1,>=0.51.0"} <= testing
    assert not {name for name in testing if name.startswith(("pytest", "anyio", "respx"))}


def test_pytest_finds_the_plugin_through_its_entry_point() -> None:
    [plugin] = [point for point in entry_points(group="pytest11") if point.name == "versori_connect"]

    assert plugin.value == "versori_connect.testing.pytest_plugin"


def test_importing_the_kit_imports_neither_pytest_nor_the_server() -> None:
    loaded = modules_loaded_by("import versori_connect.testing")

    assert "versori_connect" in loaded
    assert not loaded & {"pytest", "_pytest", "mock_server", "starlette", "uvicorn"}


def test_the_plugin_imports_the_server_only_when_a_fixture_is_used() -> None:
    loaded = modules_loaded_by("import versori_connect.testing.pytest_plugin")

    assert "pytest" in loaded
    assert not loaded & {"mock_server", "starlette", "uvicorn"}


def test_the_kit_names_its_public_types() -> None:
    import versori_connect.testing as kit

    assert kit.VersoriMock.__name__ == "VersoriMock"
    assert kit.JournalEntry.__module__ == "mock_server.api.journal"
    with pytest.raises(AttributeError, match="has no attribute 'Nothing'"):
        _ = kit.Nothing
