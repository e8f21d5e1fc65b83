"""The ``versori-mock-server`` console script, as installed in the project's environment: it serves as
``python -m mock_server`` does, and refuses what it cannot run with a message naming the cause and exit
status 2, never a traceback."""

import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.support.paths import REPO_ROOT
from tests.support.processes import running

pytestmark = pytest.mark.e2e

CONSOLE_SCRIPT = Path(sys.executable).parent / "versori-mock-server"
IN_MEMORY = {"VERSORI_MOCK_DATABASE": ":memory:"}


def test_the_console_script_serves_the_api() -> None:
    output: list[str] = []
    command: list[str | Path] = [CONSOLE_SCRIPT, "--port", "0"]
    with running(command, ready=r"^contract: (\S+)/openapi\.yaml$", output=output, env=IN_MEMORY) as match:
        base_url = match.group(1)
        health = httpx.get(f"{base_url}/healthz")
        contract = httpx.get(f"{base_url}/openapi.yaml")

    assert output[0].startswith(f"Versori reference server listening on {base_url}")
    assert health.json()["status"] == "ok"
    assert contract.text == (REPO_ROOT / "openapi.yaml").read_text(encoding="utf-8")


def _fails(tmp_path: Path, *arguments: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CONSOLE_SCRIPT), "--port", "0", *arguments],
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", **IN_MEMORY, **(env or {})},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("seed_text", "message"),
    [
        pytest.param("organisations: 5\n", "organisations must be a list", id="wrong-shape"),
        pytest.param("organisations: [\n", "cannot read it", id="broken-yaml"),
        pytest.param(None, "cannot read it", id="missing-file"),
    ],
)
def test_a_bad_seed_file_is_named_with_its_fault_and_status_2(
    tmp_path: Path, seed_text: str | None, message: str
) -> None:
    seed = tmp_path / "seed.yaml"
    if seed_text is not None:
        seed.write_text(seed_text, encoding="utf-8")

    result = _fails(tmp_path, "--seed", str(seed))

    assert result.returncode == 2
    assert result.stderr.startswith(f"mock_server: {seed}: {message}"), result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert "listening" not in result.stdout


@pytest.mark.parametrize(
    "env",
    [
        pytest.param({}, id="memory-store"),
        pytest.param({"VERSORI_MOCK_STORE_BACKEND": "sqlite"}, id="sqlite-store-but-database-in-memory"),
    ],
)
def test_two_workers_without_shared_sqlite_files_are_refused(tmp_path: Path, env: dict[str, str]) -> None:
    result = _fails(tmp_path, "--workers", "2", env=env)

    assert result.returncode == 2
    assert result.stderr == (
        "mock_server: several workers need VERSORI_MOCK_STORE_BACKEND=sqlite and a VERSORI_MOCK_DATABASE file"
        " (not :memory:), or VERSORI_MOCK_STORE_BACKEND=redis, so that they share data\n"
    )
    assert "Traceback" not in result.stdout


def test_the_removed_callback_target_origin_stops_the_server_with_what_replaced_it(tmp_path: Path) -> None:
    result = _fails(tmp_path, env={"VERSORI_MOCK_CALLBACK_TARGET_ORIGIN": "http://localhost:3000"})

    assert result.returncode == 2
    assert result.stderr.startswith(
        "mock_server: VERSORI_MOCK_CALLBACK_TARGET_ORIGIN is no longer a setting: the OAuth callback now speaks"
        " Versori's popup protocol"
    ), result.stderr
    assert "listening" not in result.stdout
