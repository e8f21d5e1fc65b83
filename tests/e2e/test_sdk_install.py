"""The SDK installs beside a user's own packages: alone with its runtime dependencies, and with the test kit's extra
at the oldest versions it allows, where the first test of the kit's page (docs/testing.md) passes."""

import subprocess
import sys
from pathlib import Path

import pytest
from packaging.utils import canonicalize_name

from tests.support.paths import REPO_ROOT
from tests.support.readme import readme_python_example

pytestmark = pytest.mark.e2e

NOT_FOR_SDK_USERS = {
    "pytest",
    "respx",
    "openapi-core",
    "openapi-python-client",
    "ruff",
    "mypy",
    "starlette",
    "uvicorn",
}
OLDEST = REPO_ROOT / "constraints-oldest.txt"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project built once, for every venv of this module."""
    directory = tmp_path_factory.mktemp("wheel")
    _pip(sys.executable, "wheel", "--no-deps", "--wheel-dir", directory, REPO_ROOT)
    [built] = directory.glob("versori_connect-*.whl")
    return built


def _pip(python: Path | str, *arguments: str | Path) -> str:
    """This interpreter's pip run on ``python``'s environment (a venv made without a pip of its own, which is
    quicker). pip's cache is left on, so that a second run downloads nothing."""
    command = [sys.executable, "-m", "pip", "--python", python, *arguments, "--disable-pip-version-check"]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def _venv(directory: Path) -> Path:
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", directory], check=True)
    return directory / "bin" / "python"


def _installed(python: Path) -> dict[str, str]:
    lines = _pip(python, "list", "--format=freeze").splitlines()
    return {canonicalize_name(name): version for name, version in (line.split("==") for line in lines)}


def _pins(path: Path) -> dict[str, str]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return {canonicalize_name(name): version for name, version in (line.split("==") for line in lines)}


def test_sdk_imports_in_a_venv_with_only_its_runtime_dependencies(tmp_path: Path, wheel: Path) -> None:
    python = _venv(tmp_path / "venv")
    _pip(python, "install", "--no-compile", wheel)

    imported = subprocess.run(
        [
            python,
            "-c",
            "import versori_connect; print(versori_connect.initialise_oauth2_connection.__name__)",
        ],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    # The test kit's plugin is registered wherever the package is; without the extra it says what to install.
    kit = subprocess.run(
        [python, "-c", "import versori_connect.testing as kit; kit.VersoriMock"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )

    assert imported.stdout.strip().endswith("initialise_oauth2_connection")
    names = set(_installed(python))
    assert "versori-connect" in names
    assert not names & NOT_FOR_SDK_USERS
    assert kit.returncode == 1
    assert "versori_connect.testing needs the reference server's packages" in kit.stderr
    assert "pip install 'versori-connect[testing]'" in kit.stderr


def test_the_kits_first_test_passes_with_the_oldest_versions_allowed(tmp_path: Path, wheel: Path) -> None:
    python = _venv(tmp_path / "venv")
    pytest_pin = f"pytest=={_pins(REPO_ROOT / 'constraints.txt')['pytest']}"  # the user's own, as the project's
    _pip(python, "install", "--no-compile", "--constraint", OLDEST, f"{wheel}[testing]", pytest_pin)
    (tmp_path / "test_first.py").write_text(readme_python_example(page="docs/testing.md"))

    installed = _installed(python)
    result = subprocess.run(
        [python, "-m", "pytest", "-p", "no:cacheprovider", "test_first.py"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )

    assert {name: installed.get(name) for name in _pins(OLDEST)} == _pins(OLDEST)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout
