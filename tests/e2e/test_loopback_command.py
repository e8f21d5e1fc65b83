"""``python -m versori_connect connect`` against a freshly started reference server (``python -m mock_server``): the
lines it prints, the sign-in approved through the admin API, and the one-line message and non-zero status of each
failure (the timeout, Ctrl-C, a port in use, a refused or missing API key)."""

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from tests.support.examples import ORGANISATION_ID
from tests.support.oauth_loop import AUTH
from tests.support.paths import REPO_ROOT
from tests.support.platform_server import BASE, MOCK_SYSTEM_ID, MOCK_TEMPLATE_ID
from tests.support.processes import free_port
from tests.support.readme import readme_python_example
from tests.support.server import DEV_API_KEY, LiveServer, live_server

pytestmark = pytest.mark.e2e

# Long enough for the command to start and finish under load; a wait that runs out is a failure.
WAIT_SECONDS = 60


@pytest.fixture(scope="module")
def server() -> Iterator[LiveServer]:
    with live_server(env={"VERSORI_MOCK_DATABASE": ":memory:"}) as running:
        yield running


def start(
    server: LiveServer, *options: str, api_key: str | None = DEV_API_KEY, sigint_ignored: bool = False
) -> subprocess.Popen[str]:
    """The command on the seed's built-in provider (the system and its static template), with ``options``."""
    command = [
        sys.executable,
        "-m",
        "versori_connect",
        "connect",
        "--base-url",
        f"{server.url}/api/v2",
        "--organisation",
        ORGANISATION_ID,
        "--system",
        MOCK_SYSTEM_ID,
        "--template",
        MOCK_TEMPLATE_ID,
        *options,
    ]
    env = {name: value for name, value in os.environ.items() if name != "VERSORI_API_KEY"}
    if api_key is not None:
        env["VERSORI_API_KEY"] = api_key
    return subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        # As a shell leaves a job started in the background without job control.
        preexec_fn=(lambda: signal.signal(signal.SIGINT, signal.SIG_IGN)) if sigint_ignored else None,
    )


def finish(process: subprocess.Popen[str]) -> tuple[int, list[str], list[str]]:
    """The exit status and the lines of standard output and standard error still to come."""
    out, err = process.communicate(timeout=WAIT_SECONDS)
    return process.returncode, out.splitlines(), err.splitlines()


def authorize_url_line(process: subprocess.Popen[str]) -> str:
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line.startswith("authorize_url: "), line
    return line.removeprefix("authorize_url: ").rstrip("\n")


def test_the_command_prints_the_authorize_url_then_the_connection_id(server: LiveServer) -> None:
    process = start(server, "--name", "From the command", "--no-browser", "--timeout", str(WAIT_SECONDS))
    authorize_url = authorize_url_line(process)
    approved = httpx.post(f"{server.url}/__admin/approve", json={"authorize_url": authorize_url})
    page = httpx.get(approved.json()["redirect_url"])

    status, out, err = finish(process)

    assert (status, err, page.status_code) == (0, [], 200)
    (line,) = out
    assert line.startswith("connection_id: ")
    connection_id = line.removeprefix("connection_id: ")
    stored = httpx.get(f"{server.url}{BASE}/connections/{connection_id}", headers=AUTH)
    assert stored.status_code == 200, stored.text
    assert stored.json()["name"] == "From the command"
    assert parse_qs(urlsplit(authorize_url).query)["redirect_uri"][0].startswith("http://127.0.0.1:")


def test_the_docs_example_connects_through_the_browser_it_opens(server: LiveServer) -> None:
    """docs/sdk.md's notebook lines, with the system's browser (Python's ``webbrowser``) a stand-in that approves."""
    example = readme_python_example("## Connecting an account from a script or a notebook", page="docs/sdk.md")
    browser = f"{sys.executable} {REPO_ROOT / 'tests' / 'support' / 'approving_browser.py'} %s"

    ran = subprocess.run(
        [sys.executable, "-c", example.replace("http://127.0.0.1:8000", server.url)],
        env={**os.environ, "BROWSER": browser},
        capture_output=True,
        text=True,
        timeout=WAIT_SECONDS,
        check=False,
    )

    assert (ran.returncode, ran.stderr) == (0, "")
    reported, connection_id = ran.stdout.splitlines()
    assert reported.startswith(f"authorize_url: {server.url}/mock-provider/authorize?")
    stored = httpx.get(f"{server.url}{BASE}/connections/{connection_id}", headers=AUTH)
    assert stored.json()["name"] == "My mock account"


def test_a_timeout_ends_it_with_the_message_and_status_1(server: LiveServer) -> None:
    process = start(server, "--name", "Late", "--no-browser", "--timeout", "1")
    authorize_url = authorize_url_line(process)
    redirect_url = parse_qs(urlsplit(authorize_url).query)["redirect_uri"][0]

    status, out, err = finish(process)

    assert (status, out) == (1, [])
    assert err == [
        f"timed out after 1 s waiting for the provider's redirect to {redirect_url}; run the command again and "
        "finish signing in within --timeout seconds"
    ]


@pytest.mark.parametrize("sigint_ignored", [False, True], ids=["default", "ignored-by-the-launcher"])
def test_ctrl_c_ends_it_with_status_130_and_frees_the_port(server: LiveServer, sigint_ignored: bool) -> None:
    port = free_port()
    process = start(server, "--name", "Interrupted", "--no-browser", "--port", str(port), sigint_ignored=sigint_ignored)
    authorize_url_line(process)

    process.send_signal(signal.SIGINT)
    status, out, err = finish(process)

    assert (status, out, err) == (130, [], ["interrupted: no connection was made"])
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", port))


def test_a_port_in_use_is_one_line_saying_to_choose_another(server: LiveServer) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        status, out, err = finish(start(server, "--name", "Taken", "--no-browser", "--port", str(port)))

    assert (status, out) == (1, [])
    assert err == [
        f"port {port} of 127.0.0.1 is in use, so the redirect cannot be received there: choose another with --port, "
        "or --port 0 for a free one"
    ]


def test_a_refused_api_key_is_one_line_naming_the_option(server: LiveServer) -> None:
    status, out, err = finish(start(server, "--name", "Refused", "--api-key", "vk_not_a_key_of_this_server"))

    assert (status, out, len(err)) == (1, [], 1)
    assert err[0].startswith("the API key was refused (401 ")
    assert err[0].endswith("): check --api-key or VERSORI_API_KEY")


def test_no_api_key_is_one_line_naming_the_option_and_the_variable(server: LiveServer) -> None:
    status, out, err = finish(start(server, "--name", "Keyless", api_key=None))

    assert (status, out, err) == (1, [], ["no API key: pass --api-key or set VERSORI_API_KEY"])
