"""Two worker processes sharing the SQLite store: the loop started in one worker completes in the other.

Each step is sent on a keep-alive connection known to be held by one worker or the other (``/healthz`` names
the worker), so every sharing the tests claim is exercised on every run, not by chance.
"""

import base64
import hashlib
import secrets
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.oauth_loop import AUTH, callback_message, connection_body, connector_path, initialise, query_of
from tests.support.server import SEEDED_CLIENT_ID, live_server

pytestmark = pytest.mark.e2e

CLIENT_SECRET = "dev-client-secret-for-local-use-only"


def _worker(client: httpx.Client) -> int:
    return int(client.get("/healthz").json()["worker"])


def _clients_on_two_workers(base_url: str) -> tuple[httpx.Client, httpx.Client]:
    """Two keep-alive clients whose connections landed on different worker processes."""
    clients: dict[int, httpx.Client] = {}
    deadline = time.monotonic() + 30
    while len(clients) < 2 and time.monotonic() < deadline:
        client = httpx.Client(base_url=base_url)
        try:
            worker = _worker(client)
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


@pytest.fixture(scope="module")
def workers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[httpx.Client, httpx.Client]]:
    directory: Path = tmp_path_factory.mktemp("workers")
    env = {
        "VERSORI_MOCK_STORE_BACKEND": "sqlite",
        "VERSORI_MOCK_STORE_PATH": str(directory / "state.sqlite3"),
        "VERSORI_MOCK_DATABASE": str(directory / "connections.sqlite3"),
        "VERSORI_MOCK_AUTO_APPROVE": "true",
    }
    with live_server("--workers", "2", env=env) as server:
        one, other = _clients_on_two_workers(server.url)
        try:
            yield one, other
            # Keep-alive held: each client stayed on its worker throughout.
            assert _worker(one) != _worker(other)
        finally:
            one.close()
            other.close()


def test_the_loop_completes_across_two_workers(workers: tuple[httpx.Client, httpx.Client]) -> None:
    one, other = workers
    authorize_url = initialise(str(one.base_url).rstrip("/"))
    provider = one.get(authorize_url)
    assert provider.status_code == 303
    callback = other.get(provider.headers["location"])
    message = callback_message(callback.text)
    assert "code" in message, message

    created = one.post(
        f"{connector_path()}/connections", json=connection_body(message["code"], message["state"]), headers=AUTH
    )
    replayed = other.post(
        f"{connector_path()}/connections",
        json=connection_body(message["code"], message["state"], name="again"),
        headers=AUTH,
    )
    fetched = other.get(f"{connector_path()}/connections/{created.json()['id']}", headers=AUTH)

    assert created.status_code == 200, created.text
    assert replayed.status_code == 400
    assert replayed.json()["code"] == "invalid_state"
    assert fetched.json() == created.json()


def test_a_code_issued_by_one_worker_is_redeemed_at_the_other(workers: tuple[httpx.Client, httpx.Client]) -> None:
    one, other = workers
    redirect_uri = f"{str(one.base_url).rstrip('/')}/oauth2/callback"
    verifier = secrets.token_urlsafe(32)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    approved = one.get(
        "/mock-provider/authorize",
        params={
            "client_id": SEEDED_CLIENT_ID,
            "redirect_uri": redirect_uri,
            "response_type": "code",
            "scope": "profile",
            "state": "any",
            "code_challenge": challenge,
            "code_challenge_method": "S256",
        },
    )
    assert approved.status_code == 303, approved.text
    code = query_of(approved.headers["location"])["code"]

    tokens = other.post(
        "/mock-provider/token",
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": redirect_uri,
            "code_verifier": verifier,
        },
        auth=(SEEDED_CLIENT_ID, CLIENT_SECRET),
    )
    assert tokens.status_code == 200, tokens.text
    refreshed = one.post(
        "/mock-provider/token",
        data={"grant_type": "refresh_token", "refresh_token": tokens.json()["refresh_token"]},
        auth=(SEEDED_CLIENT_ID, CLIENT_SECRET),
    )
    assert refreshed.status_code == 200, refreshed.text
