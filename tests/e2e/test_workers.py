"""Two worker processes sharing the SQLite store: the loop started in one worker completes in the other."""

import time
from pathlib import Path

import httpx
import pytest

from tests.support.oauth_loop import AUTH, callback_message, connection_body, connector_path, initialise
from tests.support.server import live_server

pytestmark = pytest.mark.e2e


def _clients_on_two_workers(base_url: str) -> tuple[httpx.Client, httpx.Client]:
    """Two keep-alive clients whose connections landed on different worker processes."""
    clients: dict[int, httpx.Client] = {}
    deadline = time.monotonic() + 30
    while len(clients) < 2 and time.monotonic() < deadline:
        client = httpx.Client(base_url=base_url)
        try:
            worker = int(client.get("/healthz").json()["worker"])
        except httpx.TransportError:
            client.close()
            time.sleep(0.1)
            continue
        if worker in clients:
            client.close()
        else:
            clients[worker] = client
    assert len(clients) == 2, "the two workers did not both answer within 30 s"
    first, second = clients.values()
    return first, second


def test_the_loop_completes_across_two_workers(tmp_path: Path) -> None:
    env = {
        "VERSORI_MOCK_STORE_BACKEND": "sqlite",
        "VERSORI_MOCK_STORE_PATH": str(tmp_path / "state.sqlite3"),
        "VERSORI_MOCK_DATABASE": str(tmp_path / "connections.sqlite3"),
        "VERSORI_MOCK_AUTO_APPROVE": "true",
    }
    with live_server("--workers", "2", env=env) as server:
        one, other = _clients_on_two_workers(server.url)
        try:
            authorize_url = initialise(server.url)
            provider = one.get(authorize_url.removeprefix(server.url))
            assert provider.status_code == 303
            callback = other.get(provider.headers["location"].removeprefix(server.url))
            message = callback_message(callback.text)
            created = one.post(
                f"{connector_path()}/connections",
                json=connection_body(message["code"], message["state"]),
                headers=AUTH,
            )
            replayed = other.post(
                f"{connector_path()}/connections",
                json=connection_body(message["code"], message["state"], name="again"),
                headers=AUTH,
            )
        finally:
            one.close()
            other.close()

    assert "code" in message, message
    assert created.status_code == 200, created.text
    assert replayed.status_code == 400
    assert replayed.json()["code"] == "invalid_state"
