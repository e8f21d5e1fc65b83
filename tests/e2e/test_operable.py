"""The reference server as an operable service, over real sockets: the header timeout (slowloris), the limit on
open connections, graceful shutdown on SIGTERM, Prometheus metrics and JSON log lines.

Limits and timeouts are configured small so that each test is cheap; every wait is bounded, and "in time" means
before the configured timeout plus a margin, never a measured speed.
"""

import json
import os
import re
import resource
import select
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from mock_server.http.runtime import KEEP_ALIVE_SECONDS
from tests.support import oauth_loop
from tests.support.oauth_loop import AUTH, callback_message, connector_path, follow_to_callback, initialise, query_of
from tests.support.paths import REPO_ROOT
from tests.support.processes import free_port, running
from tests.support.server import initialise_body, live_server

pytestmark = pytest.mark.e2e

INITIALISE = f"{connector_path()}/oauth2/initialise"
CONNECTIONS = f"{connector_path()}/connections"
# The margin an answer may take past the configured timeout on a busy machine: a bound, not a benchmark.
MARGIN = 3.0


# --- Raw sockets --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


def connect(url: str) -> socket.socket:
    host, port = url.removeprefix("http://").split(":")
    return socket.create_connection((host, int(port)), timeout=10)


def read_answer(sock: socket.socket, within: float) -> Answer:
    """One HTTP/1.1 answer with a Content-Length, read within ``within`` seconds (TimeoutError otherwise)."""
    deadline = time.monotonic() + within
    data = b""
    while b"\r\n\r\n" not in data or len(data.partition(b"\r\n\r\n")[2]) < _length(data):
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError(f"no complete answer within {within} s; got {data[:200]!r}")
        sock.settimeout(left)
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError(f"closed before a complete answer; got {data[:200]!r}")
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    status_line, *lines = head.decode("latin-1").split("\r\n")
    headers = {name.strip().lower(): value.strip() for name, _, value in (line.partition(":") for line in lines)}
    return Answer(int(status_line.split()[1]), headers, body)


def _length(data: bytes) -> int:
    match = re.search(rb"(?im)^content-length:\s*(\d+)", data.partition(b"\r\n\r\n")[0])
    return int(match.group(1)) if match else 0


def closed_by_server(sock: socket.socket, within: float) -> bool:
    """True once the server has closed the connection (EOF or reset), within ``within`` seconds."""
    sock.settimeout(within)
    try:
        while sock.recv(65536):
            pass
    except ConnectionResetError:
        return True
    except TimeoutError:
        return False
    return True


def healthz(url: str) -> int:
    return httpx.get(f"{url}/healthz", timeout=10).status_code


# --- Header timeout (slowloris) -----------------------------------------------------------------------------------

TIMEOUT_ENV = {"VERSORI_MOCK_DATABASE": ":memory:", "VERSORI_MOCK_HEADER_TIMEOUT_SECONDS": "1"}


def test_headers_trickling_in_get_408_in_time_and_others_are_served() -> None:
    with live_server(env=TIMEOUT_ENV) as server, connect(server.url) as slow:
        started = time.monotonic()
        slow.sendall(b"POST " + INITIALISE.encode() + b" HTTP/1.1\r\nHost: mock\r\nX-Slow: ")
        answer = None
        # One more byte every 0.2 s, as a slowloris client sends; the others are served meanwhile.
        while answer is None and time.monotonic() - started < 1 + MARGIN:
            assert healthz(server.url) == 200
            if select.select([slow], [], [], 0.2)[0]:
                answer = read_answer(slow, within=MARGIN)
            else:
                slow.sendall(b"x")

        assert answer is not None, "no answer to headers trickling in"
        assert time.monotonic() - started < 1 + MARGIN
        assert answer.status == 408
        assert answer.headers["content-type"] == "application/json"
        assert answer.json()["code"] == "request_timeout"
        assert answer.headers["x-request-id"]
        assert closed_by_server(slow, within=MARGIN)
        assert healthz(server.url) == 200


def test_a_connection_that_sends_nothing_gets_408_and_is_closed() -> None:
    with live_server(env=TIMEOUT_ENV) as server, connect(server.url) as silent:
        answer = read_answer(silent, within=1 + MARGIN)

        assert answer.status == 408
        assert answer.json()["code"] == "request_timeout"
        assert closed_by_server(silent, within=MARGIN)


def test_the_timeout_counts_again_for_the_next_request_on_a_kept_alive_connection() -> None:
    request = b"GET /healthz HTTP/1.1\r\nHost: mock\r\n\r\n"
    with live_server(env=TIMEOUT_ENV) as server, connect(server.url) as kept:
        kept.sendall(request)
        assert read_answer(kept, within=MARGIN).status == 200
        kept.sendall(b"GET /healthz HTTP/1.1\r\nHost: mo")

        answer = read_answer(kept, within=1 + MARGIN)

        assert answer.status == 408
        assert answer.json()["code"] == "request_timeout"


# --- Connection limit ---------------------------------------------------------------------------------------------


def test_a_connection_beyond_the_limit_gets_503_with_retry_after_and_the_others_are_served() -> None:
    env = {"VERSORI_MOCK_DATABASE": ":memory:", "VERSORI_MOCK_MAX_CONNECTIONS": "3"}
    request = b"GET /healthz HTTP/1.1\r\nHost: mock\r\n\r\n"
    with live_server(env=env) as server:
        held = [connect(server.url) for _ in range(3)]
        try:
            extra = connect(server.url)
            extra.sendall(request)
            refused = read_answer(extra, within=MARGIN)
            extra.close()
            held[0].sendall(request)
            still_served = read_answer(held[0], within=MARGIN)

            assert refused.status == 503
            assert refused.headers["retry-after"] == "1"
            assert refused.headers["content-type"] == "application/json"
            assert refused.json()["code"] == "service_unavailable"
            assert still_served.status == 200
        finally:
            for sock in held:
                sock.close()
        # Once the held connections are closed, new ones are served again (the server notices the closes soon).
        assert _eventually_served(server.url)


def test_thousands_of_idle_connections_do_not_exhaust_the_server() -> None:
    idle_count = 3000
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < idle_count + 200:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, idle_count + 1000), hard))
    env = {
        "VERSORI_MOCK_DATABASE": ":memory:",
        "VERSORI_MOCK_MAX_CONNECTIONS": "100",
        "VERSORI_MOCK_HEADER_TIMEOUT_SECONDS": "2",
    }
    with live_server(env=env) as server:
        idle = [connect(server.url) for _ in range(idle_count)]
        try:
            # While they are open, the server still answers, with its 503 Error.
            busy = httpx.get(f"{server.url}/healthz", timeout=10)
            assert busy.status_code == 503
            assert busy.json()["code"] == "service_unavailable"
            # After the header timeout every idle connection has its 408 and is closed.
            answers = [read_answer(sock, within=2 + 2 * MARGIN) for sock in idle]
            assert {answer.status for answer in answers} == {408}
        finally:
            for sock in idle:
                sock.close()
        assert _eventually_served(server.url)


# Run the rest of the command line with the soft open-file limit of argv[1]: the server starts below its needs.
_LOW_LIMIT = (
    "import os, resource, sys; "
    "resource.setrlimit(resource.RLIMIT_NOFILE, (int(sys.argv[1]), resource.getrlimit(resource.RLIMIT_NOFILE)[1])); "
    "os.execv(sys.argv[2], sys.argv[2:])"
)


def test_the_server_raises_its_own_open_file_limit_and_serves_more_connections_than_it_started_with() -> None:
    soft_limit = 64
    command = [sys.executable, "-c", _LOW_LIMIT, str(soft_limit), sys.executable, "-m", "mock_server", "--port", "0"]
    with running(command, ready=r"^contract: (\S+)/openapi\.yaml$", env={"VERSORI_MOCK_DATABASE": ":memory:"}) as up:
        socks = [connect(up.group(1)) for _ in range(3 * soft_limit)]
        try:
            for sock in socks:
                sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: mock\r\n\r\n")
            statuses = [read_answer(sock, within=5 + MARGIN).status for sock in socks]
        finally:
            for sock in socks:
                sock.close()

    assert statuses == [200] * (3 * soft_limit)


def test_an_idle_kept_alive_connection_is_closed_after_the_keep_alive_time() -> None:
    with live_server(env={"VERSORI_MOCK_DATABASE": ":memory:"}) as server:
        sock = connect(server.url)
        try:
            sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: mock\r\n\r\n")
            assert read_answer(sock, within=5 + MARGIN).status == 200
            still_open = not closed_by_server(sock, within=KEEP_ALIVE_SECONDS - 1)
            closed = closed_by_server(sock, within=1 + MARGIN)
        finally:
            sock.close()

    assert (KEEP_ALIVE_SECONDS, still_open, closed) == (5, True, True)


def _eventually_served(url: str, within: float = 2 * MARGIN) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if healthz(url) == 200:
            return True
        time.sleep(0.05)
    return False


# --- Graceful shutdown --------------------------------------------------------------------------------------------


@dataclass
class Process:
    url: str
    process: subprocess.Popen[str]
    output: list[str]


@contextmanager
def server_process(env: Mapping[str, str]) -> Iterator[Process]:
    """``python -m mock_server`` whose process the test signals itself."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "mock_server", "--port", str(port)],
        cwd=REPO_ROOT,
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    output: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            output.append(line)
            if line.startswith("contract: "):
                ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert ready.wait(timeout=60), "".join(output)
        yield Process(f"http://127.0.0.1:{port}", process, output)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
        reader.join(timeout=10)
        assert process.stdout is not None
        process.stdout.close()


def _raw_post(url: str, path: str, body: Mapping[str, Any], headers: Mapping[str, str]) -> socket.socket:
    """Send a whole POST on a new connection and leave its answer to be read."""
    data = json.dumps(body).encode()
    head = [f"POST {path} HTTP/1.1", "Host: mock", "Content-Type: application/json", f"Content-Length: {len(data)}"]
    head += [f"{name}: {value}" for name, value in headers.items()]
    sock = connect(url)
    sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode() + data)
    return sock


def _refused(url: str) -> bool:
    try:
        connect(url).close()
    except ConnectionRefusedError:
        return True
    return False


def test_sigterm_lets_requests_in_flight_finish_refuses_new_ones_and_loses_nothing(tmp_path: Path) -> None:
    # States live in SQLite here, so that what the requests in flight stored can be looked for after a restart.
    env = {
        "VERSORI_MOCK_DATABASE": ":memory:",
        "VERSORI_MOCK_STORE_BACKEND": "sqlite",
        "VERSORI_MOCK_STORE_PATH": str(tmp_path / "state.sqlite3"),
        "VERSORI_MOCK_ALLOW_PREFER": "true",
        "VERSORI_MOCK_SHUTDOWN_GRACE_SECONDS": "20",
    }
    in_flight = 6
    with server_process(env) as server:
        # Each initialise waits 2 s (Prefer: delay) before it stores its state: it is in flight when SIGTERM comes.
        sockets = [
            _raw_post(server.url, INITIALISE, initialise_body(), {**AUTH, "Prefer": "delay=2000"})
            for _ in range(in_flight)
        ]
        # Answered after the initialise requests were read: the server holds all of them now.
        assert healthz(server.url) == 200
        server.process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + MARGIN
        while not _refused(server.url) and time.monotonic() < deadline:
            time.sleep(0.05)
        refused_while_finishing = _refused(server.url)

        answers = [read_answer(sock, within=20) for sock in sockets]
        for sock in sockets:
            sock.close()
        server.process.wait(timeout=20)

    assert refused_while_finishing
    assert [answer.status for answer in answers] == [200] * in_flight, [a.body for a in answers]
    states = [query_of(answer.json()["url"])["state"] for answer in answers]
    with live_server(env=env) as restarted:
        returned = [callback_message(_callback(restarted.url, state)) for state in [*states, "never-issued"]]
    assert [message.get("code") for message in returned[:-1]] == ["any-code"] * in_flight, returned
    assert returned[-1]["error"] == "invalid_state"


def _callback(url: str, state: str) -> str:
    return httpx.get(f"{url}/oauth2/callback", params={"code": "any-code", "state": state}).text


def test_sigterm_exits_within_the_grace_period_even_with_a_request_still_running(tmp_path: Path) -> None:
    env = {
        "VERSORI_MOCK_DATABASE": ":memory:",
        "VERSORI_MOCK_ALLOW_PREFER": "true",
        "VERSORI_MOCK_SHUTDOWN_GRACE_SECONDS": "1",
    }
    with server_process(env) as server:
        slow = _raw_post(server.url, INITIALISE, initialise_body(), {**AUTH, "Prefer": "delay=10000"})
        assert healthz(server.url) == 200
        signalled = time.monotonic()
        server.process.send_signal(signal.SIGTERM)
        server.process.wait(timeout=1 + 2 * MARGIN)
        exited_after = time.monotonic() - signalled
        slow.close()

    # The request would have taken 10 s; the process ended after the 1 s grace period, well before that.
    assert exited_after < 1 + 2 * MARGIN


# --- Metrics ------------------------------------------------------------------------------------------------------


def _samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def test_a_client_gone_before_its_body_arrived_is_logged_and_counted_as_499_without_a_traceback() -> None:
    output: list[str] = []
    env = {"VERSORI_MOCK_DATABASE": ":memory:", "VERSORI_MOCK_METRICS": "true", "VERSORI_MOCK_LOG_FORMAT": "json"}
    with live_server(env=env, output=output) as server:
        host, port = urlsplit(server.url).hostname, urlsplit(server.url).port
        with socket.create_connection((str(host), int(str(port)))) as half:
            head = f"POST {INITIALISE} HTTP/1.1\r\nHost: x\r\nAuthorization: {AUTH['Authorization']}\r\n"
            half.sendall(f"{head}Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{{".encode())
            time.sleep(0.2)  # the server reads the head and waits for the rest of the body
        deadline = time.monotonic() + MARGIN
        while not any(INITIALISE in line for line in output) and time.monotonic() < deadline:
            time.sleep(0.05)
        counted = _samples(httpx.get(f"{server.url}/metrics").text)

    lines = [json.loads(line) for line in output if line.startswith("{")]
    logged = [
        (line["operation"], line["status"]) for line in lines if "request_id" in line and INITIALISE in line["path"]
    ]
    assert logged == [("initialise_oauth2_connection", 499)]
    requests = {labels: value for (name, labels), value in counted.items() if name == "versori_mock_requests_total"}
    assert requests == {(("operation", "initialise_oauth2_connection"), ("status", "499")): 1.0}
    assert not any("Traceback" in line for line in output)


def test_metrics_count_what_was_sent() -> None:
    env = {"VERSORI_MOCK_DATABASE": ":memory:", "VERSORI_MOCK_METRICS": "true"}
    with live_server(env=env) as server, httpx.Client(base_url=server.url, headers=AUTH) as client:
        for _ in range(3):
            assert client.post(INITIALISE, json=initialise_body()).status_code == 200
        for _ in range(2):
            assert client.post(INITIALISE, json=initialise_body(clientId=42)).status_code == 400
        assert (
            client.post(INITIALISE, json=initialise_body(), headers={"Authorization": "Bearer no"}).status_code == 401
        )
        assert client.get("/nowhere").status_code == 404
        response = client.get("/metrics")

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    samples = _samples(response.text)

    def requests(operation: str, status: str) -> float:
        return samples[("versori_mock_requests_total", (("operation", operation), ("status", status)))]

    assert requests("initialise_oauth2_connection", "200") == 3
    assert requests("initialise_oauth2_connection", "400") == 2
    assert requests("initialise_oauth2_connection", "401") == 1
    assert requests("unmatched", "404") == 1
    latency = ("versori_mock_request_duration_seconds_count", (("operation", "initialise_oauth2_connection"),))
    assert samples[latency] == 6
    everything = (
        "versori_mock_request_duration_seconds_bucket",
        (("le", "+Inf"), ("operation", "initialise_oauth2_connection")),
    )
    assert samples[everything] == 6


def _states(samples: dict[tuple[str, tuple[tuple[str, str], ...]], float]) -> dict[str, float]:
    return {event: samples[(f"versori_mock_states_{event}_total", ())] for event in STATE_EVENTS}


STATE_EVENTS = ("issued", "consumed", "expired", "unknown")


def test_metrics_count_states_issued_and_consumed_and_a_used_one_presented_again_as_unknown() -> None:
    env = {"VERSORI_MOCK_DATABASE": ":memory:", "VERSORI_MOCK_METRICS": "true", "VERSORI_MOCK_AUTO_APPROVE": "true"}
    with live_server(env=env) as server:
        before = _states(_samples(httpx.get(f"{server.url}/metrics").text))
        for _ in range(2):
            initialise(server.url)
        redirect = follow_to_callback(initialise(server.url))
        code, state = redirect.message["code"], redirect.message["state"]
        created = oauth_loop.create_connection(server.url, code, state)
        again = oauth_loop.create_connection(server.url, code, state, name="Ada again")
        after = _states(_samples(httpx.get(f"{server.url}/metrics").text))

    assert created.status_code == 200, created.text
    assert (again.status_code, again.json()["code"]) == (400, "invalid_state")
    assert before == {"issued": 0, "consumed": 0, "expired": 0, "unknown": 0}
    assert after == {"issued": 3, "consumed": 1, "expired": 0, "unknown": 1}


def test_metrics_count_a_state_presented_after_its_lifetime_as_expired_once() -> None:
    env = {"VERSORI_MOCK_DATABASE": ":memory:", "VERSORI_MOCK_METRICS": "true", "VERSORI_MOCK_STATE_TTL_SECONDS": "1"}
    with live_server(env=env) as server:
        first, second = (query_of(initialise(server.url))["state"] for _ in range(2))
        time.sleep(1.5)  # both states' lifetime (1 s) is over; a precondition, not a measurement
        answers = [oauth_loop.create_connection(server.url, "any-code", state) for state in (first, first, second)]
        counted = _states(_samples(httpx.get(f"{server.url}/metrics").text))

    assert [(answer.status_code, answer.json()["code"]) for answer in answers] == [(400, "invalid_state")] * 3
    # The first presentation of each finds it expired; the store then forgets it, so the second is unknown.
    assert counted == {"issued": 2, "consumed": 0, "expired": 2, "unknown": 1}


def test_metrics_of_several_workers_add_up_whichever_answers_the_scrape(tmp_path: Path) -> None:
    env = {
        "VERSORI_MOCK_DATABASE": str(tmp_path / "connections.sqlite3"),
        "VERSORI_MOCK_STORE_BACKEND": "sqlite",
        "VERSORI_MOCK_STORE_PATH": str(tmp_path / "state.sqlite3"),
    }
    with live_server("--workers", "2", "--metrics", env=env) as server:
        workers: set[int] = set()
        sent = 0
        deadline = time.monotonic() + 30
        # New connections each time, so that both workers get some of them. The workers build their apps after
        # the banner, so on a busy machine the first requests wait in the listen queue for longer than httpx's 5 s.
        while len(workers) < 2 and time.monotonic() < deadline:
            workers.add(httpx.get(f"{server.url}/healthz", timeout=30).json()["worker"])
            sent += 1
        # Each initialise on a new connection too, so that both workers may issue states.
        for _ in range(6):
            initialise(server.url)
        scrapes = [_samples(httpx.get(f"{server.url}/metrics").text) for _ in range(4)]

    assert len(workers) == 2
    counted = ("versori_mock_requests_total", (("operation", "/healthz"), ("status", "200")))
    assert [scrape[counted] for scrape in scrapes] == [sent] * 4
    assert [_states(scrape)["issued"] for scrape in scrapes] == [6] * 4


def test_metrics_are_off_unless_asked_for() -> None:
    with live_server(env={"VERSORI_MOCK_DATABASE": ":memory:"}) as server:
        response = httpx.get(f"{server.url}/metrics")

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


# --- JSON log lines -----------------------------------------------------------------------------------------------


def test_json_log_has_one_line_per_request_with_id_operation_status_and_duration() -> None:
    output: list[str] = []
    env = {"VERSORI_MOCK_DATABASE": ":memory:", "VERSORI_MOCK_AUTO_APPROVE": "true"}
    with live_server("--log-format", "json", env=env, output=output) as server:
        initialised = httpx.post(
            f"{server.url}{INITIALISE}", json=initialise_body(), headers={**AUTH, "X-Request-Id": "trace-me-1"}
        )
        redirect = follow_to_callback(initialise(server.url))
        code, state = redirect.message["code"], redirect.message["state"]
        deadline = time.monotonic() + MARGIN
        while not any("/oauth2/callback" in line for line in output) and time.monotonic() < deadline:
            time.sleep(0.05)

    assert initialised.status_code == 200
    lines = [json.loads(line) for line in output if line.startswith("{")]
    requests = [line for line in lines if "request_id" in line]
    traced = [line for line in requests if line["request_id"] == "trace-me-1"]
    assert len(traced) == 1
    assert traced[0]["operation"] == "initialise_oauth2_connection"
    assert traced[0]["status"] == 200
    assert traced[0]["method"] == "POST"
    assert isinstance(traced[0]["duration_ms"], float)
    assert traced[0]["duration_ms"] >= 0
    callbacks = [line for line in requests if line["path"].startswith("/oauth2/callback")]
    assert len(callbacks) == 1
    assert "code=[redacted]" in callbacks[0]["path"]
    assert "state=[redacted]" in callbacks[0]["path"]
    assert not any(code in line or state in line for line in output)


# --- Malformed HTTP on this stack ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "garbage",
    [b"HELLO\r\n\r\n", b"GET / HTTP/1.1\r\nHost: mock\r\nBad Header\r\n\r\n", b"GET /healthz HTTP/9.9\r\n\r\n"],
    ids=["not-http", "header-without-colon", "unknown-version"],
)
def test_bytes_that_are_not_http_get_the_error_json(garbage: bytes) -> None:
    with live_server(env={"VERSORI_MOCK_DATABASE": ":memory:"}) as server, connect(server.url) as sock:
        sock.sendall(garbage)
        answer = read_answer(sock, within=MARGIN)
        assert closed_by_server(sock, within=MARGIN)
        assert healthz(server.url) == 200

    assert answer.status == 400
    assert answer.headers["content-type"] == "application/json"
    assert answer.json()["code"] == "invalid_request"
    assert answer.headers["x-request-id"]
