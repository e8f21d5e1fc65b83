"""The test kit's pytest plugin, as a project of the user's sees it: a pytest run in a fresh directory, which finds
the fixtures through the ``pytest11`` entry point alone (no conftest, no ``-p``)."""

import subprocess
import sys
from pathlib import Path

from tests.support.readme import readme_python_example

SHARED_MODULE = """
import os


def record(mock):
    with open(os.environ["URLS_FILE"], "a") as urls:
        urls.write(mock.base_url + "\\n")


def test_first_leaves_a_connection_behind(versori_mock_shared):
    record(versori_mock_shared)
    versori_mock_shared.connect()


def test_second_finds_the_server_reset(versori_mock_shared):
    record(versori_mock_shared)
    assert versori_mock_shared.calls == []
    with versori_mock_shared.client() as client:
        page = client.connections.list(versori_mock_shared.organisation_id, versori_mock_shared.connector_id)
    assert page.total_count == 0
"""

FRESH_MODULE = """
import pytest


@pytest.fixture(scope="module")
def urls():
    return []


@pytest.mark.parametrize("run", [1, 2])
def test_each_test_gets_its_own_server(versori_mock, urls, run):
    assert versori_mock.calls == []
    versori_mock.connect()
    urls.append(versori_mock.base_url)
    assert len(set(urls)) == run


@pytest.mark.asyncio
async def test_pytest_asyncio(versori_mock):
    connection = await versori_mock.aconnect("Ada")
    async with versori_mock.async_client() as client:
        read = await client.connections.get(versori_mock.organisation_id, versori_mock.connector_id, connection.id)
    assert read.name == "Ada"


@pytest.mark.anyio
async def test_anyio(versori_mock):
    where = {"organisation_id": versori_mock.organisation_id, "connector_id": versori_mock.connector_id}
    await versori_mock.aseed({"connections": [{**where, "name": "Ada"}]})
    async with versori_mock.async_client() as client:
        page = await client.connections.list(versori_mock.organisation_id, versori_mock.connector_id)
    assert [item.name for item in page.items] == ["Ada"]
    await versori_mock.areset()
    assert versori_mock.calls == []
"""


def run_pytest(project: Path, ini: str) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    (project / "pytest.ini").write_text(f"[pytest]\nasyncio_default_fixture_loop_scope = function\n{ini}\n")
    urls = project / "urls.txt"
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(project)],
        cwd=project,
        env={"URLS_FILE": str(urls), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    return result, urls.read_text().split() if urls.exists() else []


def test_fresh_fixture_and_async_runners_in_a_users_project(tmp_path: Path) -> None:
    (tmp_path / "test_fresh.py").write_text(FRESH_MODULE)

    result, _ = run_pytest(tmp_path, "")

    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 passed" in result.stdout


def test_shared_fixture_is_one_server_for_the_session_reset_before_each_test(tmp_path: Path) -> None:
    (tmp_path / "test_shared_a.py").write_text(SHARED_MODULE)
    (tmp_path / "test_shared_b.py").write_text(SHARED_MODULE)

    result, urls = run_pytest(tmp_path, "")

    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 passed" in result.stdout
    assert len(urls) == 4
    assert len(set(urls)) == 1


def test_shared_fixture_can_be_one_server_per_module(tmp_path: Path) -> None:
    (tmp_path / "test_shared_a.py").write_text(SHARED_MODULE)
    (tmp_path / "test_shared_b.py").write_text(SHARED_MODULE)

    result, urls = run_pytest(tmp_path, "versori_mock_scope = module")

    assert result.returncode == 0, result.stdout + result.stderr
    assert urls[0] == urls[1]
    assert urls[2] == urls[3]
    assert urls[0] != urls[2]


def test_an_unknown_shared_scope_is_refused_by_name(tmp_path: Path) -> None:
    (tmp_path / "test_shared_a.py").write_text(SHARED_MODULE)

    result, _ = run_pytest(tmp_path, "versori_mock_scope = package")

    assert result.returncode != 0
    assert "versori_mock_scope must be one of session, module, not 'package'" in result.stdout + result.stderr


def test_the_readmes_first_test_passes(tmp_path: Path) -> None:
    (tmp_path / "test_first.py").write_text(readme_python_example(page="docs/testing.md"))

    result, _ = run_pytest(tmp_path, "")

    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout


def test_settings_come_from_a_fixture_the_project_overrides(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text(
        "import pytest\n\n\n"
        "@pytest.fixture(scope='session')\n"
        "def versori_mock_settings():\n"
        "    return {'pkce': False}\n"
    )
    (tmp_path / "test_pkce.py").write_text(
        "def test_no_pkce(versori_mock):\n"
        "    with versori_mock.client() as client:\n"
        "        url = client.connections.initialise_oauth2(\n"
        "            versori_mock.organisation_id, versori_mock.connector_id, client_id=versori_mock.client_id,\n"
        "            authorize_url=versori_mock.authorize_url,\n"
        "            credential={'id': versori_mock.credential_id, 'organisation_id': versori_mock.organisation_id},\n"
        "        ).url\n"
        "    assert 'state=' in url\n"
        "    assert 'code_challenge' not in url\n"
    )

    result, _ = run_pytest(tmp_path, "")

    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout
