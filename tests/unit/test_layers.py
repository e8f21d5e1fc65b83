"""mock_server's layers: each package imports only what its docstring's "May import" line names, that line names
only layers below it, and nothing in a layer imports the app or the command line."""

import ast
import re
from pathlib import Path

import pytest

import mock_server

SERVER = Path(mock_server.__file__).parent
LAYERS = ["core", "contract", "seed", "stores", "http", "oauth", "api", "control"]
# Top-level modules: settings may be read by any layer; app and __main__ compose the layers.
TOP = {"settings", "app", "__main__", "__init__"}


def declared(layer: str) -> set[str]:
    """The names on the "May import:" line of the layer's package docstring."""
    docstring = ast.get_docstring(ast.parse((SERVER / layer / "__init__.py").read_text(encoding="utf-8"))) or ""
    line = next((line for line in docstring.splitlines() if line.startswith("May import:")), None)
    assert line is not None, f"mock_server/{layer}/__init__.py has no 'May import:' line"
    return set(re.findall(r"``(\w+)``", line))


def imported(path: Path) -> set[str]:
    """The mock_server packages and top-level modules ``path`` imports (relative imports resolved)."""
    module = path.relative_to(SERVER.parent).with_suffix("").parts
    package = module if path.name == "__init__.py" else module[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = list(package[: len(package) - node.level + 1]) if node.level else []
            target = [*base, *(node.module.split(".") if node.module else [])]
            names = [target] if node.module else [[*target, alias.name] for alias in node.names]
        elif isinstance(node, ast.Import):
            names = [alias.name.split(".") for alias in node.names]
        else:
            continue
        for name in names:
            if len(name) > 1 and name[0] == "mock_server":
                found.add(name[1])
    return found


@pytest.mark.parametrize("layer", LAYERS)
def test_a_layer_imports_only_what_its_docstring_allows(layer: str) -> None:
    allowed = declared(layer) | {layer}
    wrong = {
        f"{path.relative_to(SERVER)} imports {name}"
        for path in sorted((SERVER / layer).rglob("*.py"))
        for name in imported(path) - allowed
    }

    assert wrong == set()


@pytest.mark.parametrize("layer", LAYERS)
def test_a_layer_may_import_only_layers_below_it_and_the_settings(layer: str) -> None:
    below = set(LAYERS[: LAYERS.index(layer)]) | {"settings"}

    assert declared(layer) - below == set()


def test_every_package_of_the_server_is_a_layer_and_few_modules_sit_beside_them() -> None:
    packages = {path.name for path in SERVER.iterdir() if (path / "__init__.py").exists()}
    modules = {path.stem for path in SERVER.glob("*.py")}

    assert packages == set(LAYERS)
    assert modules == TOP
    assert imported(SERVER / "settings.py") == set()
