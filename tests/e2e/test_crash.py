"""Crash safety: the server killed with SIGKILL while clients write loses nothing it acknowledged. After a restart
on the same files (or the same Redis) every connection and every auth scheme config answered 2xx is there, of
Connect v1 and of the Platform API (its connections, end users and a system's configs), and each SQLite file
passes ``PRAGMA integrity_check``. On SQLite, an OAuth 1.0a sign-in started just before the kill is approved and
completed after the restart."""

import os
import signal
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest

from tests.support.oauth_loop import AUTH, SECOND_CONNECTOR_ID, connector_path
from tests.support.platform_server import BASE, approve_by_admin, key_connection, oauth1_connection, oauth1_initialise
from tests.support.redis_server import redis_server
from tests.support.schemes import scheme_config
from tests.support.server import LiveServer, live_server, wait_until_serving

pytestmark = pytest.mark.e2e

PATH = connector_path(SECOND_CONNECTOR_ID)
WRITERS = 4
# The server is killed once this many writes were acknowledged (or after WRITING_SECONDS on a very slow machine).
ACKNOWLEDGED = 40
WRITING_SECONDS = 20.0


@contextmanager
def backend(kind: str, folder: Path) -> Iterator[tuple[dict[str, str], tuple[str, ...], list[Path]]]:
    """The environment and arguments of a server on ``kind``, and the SQLite files it writes."""
    database = folder / "connections.sqlite3"
    env = {"VERSORI_MOCK_DATABASE": str(database)}
    with ExitStack() as stack:
        if kind == "sqlite-two-workers":
            states = folder / "state.sqlite3"
            yield (
                {**env, "VERSORI_MOCK_STORE_BACKEND": "sqlite", "VERSORI_MOCK_STORE_PATH": str(states)},
                (
                    "--workers",
                    "2",
                ),
                [database, states],
            )
        elif kind == "redis":
            redis = stack.enter_context(redis_server(folder))
            yield {**env, "VERSORI_MOCK_STORE_BACKEND": "redis", "VERSORI_MOCK_REDIS_URL": redis.url}, (), [database]
        else:
            yield env, (), [database]


def _connection(name: str) -> dict[str, Any]:
    config = scheme_config("none", "01M7KNNNE00000000000000000")
    credential = {"name": "crash credential", "type": "none", "data": {}}
    return {
        "name": name,
        "credentials": {"action": [{"authSchemeConfig": config, "credential": credential}], "trigger": []},
        "variables": [],
    }


class Writer(threading.Thread):
    """Creates connections and upserts configs on both APIs, and creates Platform end users, until told to stop or
    the server goes away; keeps the paths of what was acknowledged."""

    def __init__(self, url: str, number: int, stop: threading.Event, system: str) -> None:
        super().__init__(daemon=True)
        self.url, self.number, self.stop, self.system = url, number, stop, system
        self.connections: list[str] = []
        self.configs: list[str] = []
        self.platform_items: list[str] = []
        self.platform_configs: list[str] = []

    def run(self) -> None:
        with httpx.Client(base_url=self.url, headers=AUTH, timeout=5) as client:
            for n in range(10_000):
                if self.stop.is_set():
                    return
                config = scheme_config("none", f"01M7K{self.number:02}{n:04}" + "0" * 15)
                try:
                    created = client.post(f"{PATH}/connections", json=_connection(f"crash {self.number}-{n}"))
                    if created.status_code == 200:
                        self.connections.append(created.json()["id"])
                    upserted = client.put(f"{PATH}/auth-scheme-configs/{config['id']}", json=config)
                    if upserted.status_code == 200:
                        self.configs.append(config["id"])
                    self._platform(client, n)
                except httpx.TransportError:
                    return

    def _platform(self, client: httpx.Client, n: int) -> None:
        word = f"crash-{self.number}-{n}"
        made = client.post(f"{BASE}/connections", json=key_connection(word))
        if made.status_code == 201:
            self.platform_items.append(f"{BASE}/connections/{made.json()['id']}")
        user = client.post(f"{BASE}/users", json={"externalId": word})
        if user.status_code == 201:
            self.platform_items.append(f"{BASE}/users/{user.json()['id']}")
        config_id = f"01M7K{self.number:02}{n:04}" + "0" * 15
        config = {"type": "none", "none": {"id": config_id, "description": word}}
        if client.put(f"{BASE}/systems/{self.system}/auth-scheme-configs/{config_id}", json=config).status_code == 201:
            self.platform_configs.append(config_id)


def _new_system(url: str) -> str:
    body = {"name": "crash", "domain": "d.example", "templateBaseUrl": "https://d.example", "authSchemeConfigs": []}
    made = httpx.post(f"{url}{BASE}/systems", json=body, headers=AUTH)
    assert made.status_code == 201, made.text
    return str(made.json()["id"])


def _kill(server: LiveServer) -> None:
    os.killpg(server.pid, signal.SIGKILL)


@pytest.mark.parametrize("kind", ["memory", "sqlite-two-workers", "redis"])
def test_sigkill_while_writing_loses_nothing_acknowledged_and_leaves_sound_files(kind: str, tmp_path: Path) -> None:
    with backend(kind, tmp_path) as (env, arguments, files):
        with live_server(*arguments, env=env) as server:
            wait_until_serving(server.url)
            system = _new_system(server.url)
            stop = threading.Event()
            writers = [Writer(server.url, number, stop, system) for number in range(WRITERS)]
            for writer in writers:
                writer.start()
            deadline = time.monotonic() + WRITING_SECONDS
            while sum(len(writer.connections) for writer in writers) < ACKNOWLEDGED and time.monotonic() < deadline:
                time.sleep(0.01)
            # An OAuth 1.0a sign-in started just before the kill, its state and temporary token in SQLite. (On Redis
            # the catalogue outlives the server too, with the consumer's token URL at the old port.)
            sign_in = oauth1_initialise(server.url) if kind == "sqlite-two-workers" else None
            _kill(server)
            stop.set()
            for writer in writers:
                writer.join(timeout=30)
        acknowledged_connections = [id_ for writer in writers for id_ in writer.connections]
        acknowledged_configs = {id_ for writer in writers for id_ in writer.configs}
        platform_items = [f"{BASE}/systems/{system}", *(path for writer in writers for path in writer.platform_items)]
        platform_configs = {id_ for writer in writers for id_ in writer.platform_configs}

        with live_server(*arguments, env=env) as restarted, httpx.Client(base_url=restarted.url, headers=AUTH) as read:
            wait_until_serving(restarted.url)
            found = [read.get(f"{PATH}/connections/{id_}").status_code for id_ in acknowledged_connections]
            held = {item["id"] for item in read.get(PATH).json()["authSchemeConfigs"]}
            platform_found = [read.get(path).status_code for path in platform_items]
            configs = read.get(f"{BASE}/systems/{system}").json().get("authSchemeConfigs", [])
            platform_held = {item["none"]["id"] for item in configs}
            signed_in = None
            if sign_in is not None:
                redirect = dict(parse_qsl(urlsplit(approve_by_admin(restarted.url, sign_in)).query))
                body = oauth1_connection(restarted.url, redirect, "signed in across a kill -9")
                signed_in = read.post(f"{BASE}/connections", json=body)

    assert len(acknowledged_connections) >= ACKNOWLEDGED
    assert found == [200] * len(acknowledged_connections)
    assert acknowledged_configs <= held
    assert len(platform_items) >= ACKNOWLEDGED
    assert platform_found == [200] * len(platform_items)
    assert platform_configs <= platform_held
    if signed_in is not None:
        assert signed_in.status_code == 201, signed_in.text
        [credential] = [item["credential"] for item in signed_in.json()["credentials"]]
        assert (credential["type"], credential["data"]["oauth1Token"]["tokenSecret"]) == ("oauth1-token", "[redacted]")
    for path in files:
        with sqlite3.connect(path) as db:
            assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
