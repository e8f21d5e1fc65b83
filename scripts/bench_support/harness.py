"""What every benchmark here shares: servers started on loopback (``serving``), load from wrk (``load``), a Redis of
its own (``redis_server``), medians, ratios taken round by round, and the verdict against a target.

A benchmark is not a test: the numbers depend on the machine, so compare ratios from one run, the variants taking
turns within each round so that a slow spell of a shared machine falls on all of them alike.
"""

import os
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
REFERENCE = [PYTHON, "-m", "mock_server", "--port", "{port}"]
LUA = ROOT / "scripts" / "bench_support" / "initialise.lua"
# The request every load sends: a valid initialise of the built-in seed (initialise.lua sends the same).
PATH = "/o/01M630NCG4ZDDRK8JJJ5EVRJSK/connectors/01M65K23G4WE37NGTVC0HJVGP1/oauth2/initialise"
BODY = {
    "credential": {"id": "01M6ARSFC30TQ8AMXN1Z8ZGT1F", "organisationId": "01M630NCG4ZDDRK8JJJ5EVRJSK"},
    "authorizeUrl": "https://as.example.org/authorize",
    "clientId": "versori-dev-client",
}
AUTH = {"Authorization": "Bearer vk_dev_example_organisation_local_only"}


@dataclass(frozen=True)
class Load:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    errors: int


def median(loads: list[Load]) -> Load:
    """The run of median throughput (its latencies and errors come with it)."""
    return sorted(loads, key=lambda run: run.requests_per_second)[len(loads) // 2]


def median_ratio(samples: Sequence[float], baseline: Sequence[float]) -> float:
    """The median over rounds of each round's ``sample / baseline``: a busy round slows both sides alike."""
    return statistics.median(sample / base for sample, base in zip(samples, baseline, strict=True))


def verdict(measured: float, at_most: float) -> str:
    """``met`` when ``measured`` is at most the target, else ``MISSED``."""
    return "met" if measured <= at_most else "MISSED"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def serving(command: Sequence[str], env: dict[str, str], wait_for_workers: int = 1) -> Iterator[tuple[int, float, int]]:
    """Start a server (``{port}`` in ``command`` becomes a free loopback port); yield the port, the seconds to its
    first valid initialise answer and the process id; stop it with SIGTERM at the end."""
    port = free_port()
    started = time.perf_counter()
    process = subprocess.Popen(
        [part.format(port=port) for part in command],
        cwd=ROOT,
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        seconds = _first_success(port, process, started)
        seen: set[int] = set()
        while wait_for_workers > 1 and len(seen) < wait_for_workers and time.perf_counter() - started < 60:
            with httpx.Client() as client:
                seen.add(client.get(f"http://127.0.0.1:{port}/healthz").json()["worker"])
        yield port, seconds, process.pid
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def _first_success(port: int, process: subprocess.Popen[bytes], started: float) -> float:
    url = f"http://127.0.0.1:{port}{PATH}"
    while time.perf_counter() - started < 120:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        try:
            if httpx.post(url, json=BODY, headers=AUTH, timeout=2).status_code == 200:
                return time.perf_counter() - started
        except httpx.TransportError:
            pass
        time.sleep(0.01)
    raise RuntimeError("server gave no successful answer within 120 s")


def load(port: int, connections: int, seconds: int, api: str = "connect") -> Load:
    """wrk (one thread) sending the initialise of ``initialise.lua`` for ``seconds``: Connect v1's on a connector,
    or with ``api="platform"`` the Platform API's on a system."""
    run = subprocess.run(
        [
            "wrk",
            "-t1",
            f"-c{connections}",
            f"-d{seconds}s",
            "--timeout",
            "5s",
            "-s",
            str(LUA),
            f"http://127.0.0.1:{port}",
            "--",
            api,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    line = next(line for line in run.stdout.splitlines() if line.startswith("BENCH "))
    requests, duration_us, p50, p99, status_errors, socket_errors, timeouts = line.split()[1:]
    return Load(
        requests_per_second=int(requests) / (int(duration_us) / 1_000_000),
        p50_ms=float(p50),
        p99_ms=float(p99),
        errors=int(status_errors) + int(socket_errors) + int(timeouts),
    )


def together(ports: list[int], connections: int, seconds: int) -> Load:
    """wrk on every port at once; req/s and errors added, the worst p50 and p99 kept."""
    results: list[Load] = []
    threads = [threading.Thread(target=lambda p=port: results.append(load(p, connections, seconds))) for port in ports]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return Load(
        requests_per_second=sum(result.requests_per_second for result in results),
        p50_ms=max(result.p50_ms for result in results),
        p99_ms=max(result.p99_ms for result in results),
        errors=sum(result.errors for result in results),
    )


@contextmanager
def redis_server(directory: Path) -> Iterator[str]:
    """A redis-server of its own on a free loopback port, nothing persisted; yields its URL."""
    port = free_port()
    command = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    process = subprocess.Popen([*command, "--dir", str(directory)], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    try:
        for line in process.stdout:
            if "Ready to accept connections" in line:
                break
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)
