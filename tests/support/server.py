"""The reference server for tests: in-process (an ASGI app and an httpx client on it) or as a real process."""

import re
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from .examples import ORGANISATION_ID
from .processes import running

DEV_API_KEY = "vk_dev_example_organisation_local_only"
OTHER_API_KEY = "vk_dev_other_organisation_local_only"
SEEDED_CLIENT_ID = "versori-dev-client"
SEEDED_CREDENTIAL_ID = "01M6ARSFC30TQ8AMXN1Z8ZGT1F"
OTHER_ORGANISATION_ID = "01M6AQVHG4RXZ3EJVTMV2HF4GG"
OTHER_CREDENTIAL_ID = "01M6D4J1G4Q9Y2E6V0N3K8T5HB"


@dataclass(frozen=True)
class LiveServer:
    """A running ``python -m mock_server`` and what its banner said."""

    url: str
    banner: dict[str, str]
    # The process (the leader of its own process group, with the workers it starts).
    pid: int


@contextmanager
def live_server(
    *arguments: str | Path, env: Mapping[str, str] | None = None, output: list[str] | None = None
) -> Iterator[LiveServer]:
    """``python -m mock_server --port 0`` on loopback until the block ends; its output lines go to ``output``."""
    lines: list[str] = [] if output is None else output
    command = [sys.executable, "-m", "mock_server", "--port", "0", *arguments]
    started: list[subprocess.Popen[str]] = []
    with running(command, ready=r"^contract: (\S+)/openapi\.yaml$", output=lines, env=env, started=started) as match:
        banner = dict(
            (m.group(1), m.group(2)) for line in lines if (m := re.match(r"^([a-z0-9_]+): (\S+)$", line.strip()))
        )
        yield LiveServer(url=match.group(1), banner=banner, pid=started[0].pid)


def wait_until_serving(url: str) -> None:
    """Wait for the server's first answer: with several workers, each builds its app after the banner."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.05)
    raise AssertionError(f"{url} never answered")


def initialise_body(**changes: Any) -> dict[str, Any]:
    """A valid initialise request body for the seeded mock-provider credential, with ``changes`` applied."""
    body: dict[str, Any] = {
        "credential": {"id": SEEDED_CREDENTIAL_ID, "organisationId": ORGANISATION_ID},
        "authorizeUrl": "https://as.example.org/authorize",
        "clientId": SEEDED_CLIENT_ID,
    }
    body.update(changes)
    return body
