"""The SDK installs and imports with its runtime dependencies alone."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.paths import REPO_ROOT

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


def test_sdk_imports_in_a_venv_with_only_its_runtime_dependencies(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", REPO_ROOT],
        check=True,
        capture_output=True,
    )

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
    installed = subprocess.run(
        [python, "-m", "pip", "list", "--format=freeze", "--disable-pip-version-check"],
        check=True,
        capture_output=True,
        text=True,
    )

    assert imported.stdout.strip().endswith("initialise_oauth2_connection")
    names = {line.split("==")[0].lower() for line in installed.stdout.splitlines()}
    assert "versori-connect" in names
    assert not names & NOT_FOR_SDK_USERS
    assert kit.returncode == 1
    assert "versori_connect.testing needs the reference server's packages" in kit.stderr
    assert "pip install 'versori-connect[testing]'" in kit.stderr
