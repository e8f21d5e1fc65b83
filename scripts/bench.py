"""Throughput and latency of the reference server next to Prism and the stack's ceiling, in one run.

Starts each server on loopback, drives it with wrk (the same valid initialise requests, several
concurrency levels, several rounds in which the servers take turns), and prints for each the run of median
throughput: requests per second, p50/p99 latency and errors; then the ratios to Prism and to the ceiling
(a bare Starlette endpoint on the server's own stack; the old h11 stack's ceiling is there for the record),
the cost of metrics and start-up times (the SDK's import time is scripts/bench-import's, in a clean venv). A
benchmark, not a test: the numbers depend on the machine, so compare ratios from one run.
"""

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
LUA = ROOT / "scripts" / "bench_support" / "initialise.lua"
PATH = "/o/01M630NCG4ZDDRK8JJJ5EVRJSK/connectors/01M65K23G4WE37NGTVC0HJVGP1/oauth2/initialise"
BODY = {
    "credential": {"id": "01M6ARSFC30TQ8AMXN1Z8ZGT1F", "organisationId": "01M630NCG4ZDDRK8JJJ5EVRJSK"},
    "authorizeUrl": "https://as.example.org/authorize",
    "clientId": "versori-dev-client",
}
AUTH = {"Authorization": "Bearer vk_dev_example_organisation_local_only"}
METRICS_LEVEL = 16


@dataclass(frozen=True)
class Load:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    errors: int


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/bench", description=__doc__)
    parser.add_argument("--seconds", type=int, default=4, help="duration of each load run (default 4)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds, each server in turn; medians reported")
    parser.add_argument("--connections", default="1,16,64", help="concurrency levels (default 1,16,64)")
    arguments = parser.parse_args(argv)
    levels = [int(level) for level in arguments.connections.split(",")]
    if shutil.which("wrk") is None:
        print("bench: wrk is not installed (scripts/bench installs it from Debian's packages)", file=sys.stderr)
        return 1

    with tempfile.TemporaryDirectory() as data, ExitStack() as running:
        ceiling = [PYTHON, str(ROOT / "scripts" / "bench_support" / "ceiling.py"), "{port}"]
        servers = {
            "reference": [PYTHON, "-m", "mock_server", "--port", "{port}"],
            "prism": ["npx", "--no", "--", "prism", "mock", "openapi.yaml", "--port", "{port}", "--errors"],
            "ceiling": [*ceiling, "fast"],
            "h11-ceil": [*ceiling, "h11"],
            # The reference server with Prometheus metrics on, at 16 connections only: what metrics cost.
            "metrics": [PYTHON, "-m", "mock_server", "--port", "{port}", "--metrics"],
        }
        env = {"VERSORI_MOCK_DATABASE": str(Path(data) / "connections.sqlite3")}
        ports: dict[str, int] = {}
        startup: dict[str, float] = {}
        for name, command in servers.items():
            ports[name], startup[name], _ = running.enter_context(serving(command, env))
        # The servers take turns within each round, so that a slow spell of a shared machine hits them alike.
        runs: dict[tuple[str, int], list[Load]] = {}
        for _ in range(arguments.rounds):
            for level in levels:
                for name in servers:
                    if name != "metrics" or level == METRICS_LEVEL:
                        runs.setdefault((name, level), []).append(load(ports[name], level, arguments.seconds))
        results = {
            name: {level: median(runs[name, level]) for level in levels if (name, level) in runs} for name in servers
        }
        by_workers = workers_comparison(servers["reference"], env, Path(data), arguments.seconds, arguments.rounds)

    report(results, levels, startup, by_workers)
    return 0


def workers_comparison(
    reference: list[str], env: dict[str, str], data: Path, seconds: int, rounds: int
) -> dict[int, Load]:
    """One worker against two, both on the shared SQLite store that several workers need."""
    shared = {**env, "VERSORI_MOCK_STORE_BACKEND": "sqlite", "VERSORI_MOCK_STORE_PATH": str(data / "state.sqlite3")}
    by_workers: dict[int, Load] = {}
    for workers in (1, 2):
        with serving([*reference, "--workers", str(workers)], shared, wait_for_workers=workers) as (port, _, _):
            by_workers[workers] = median([load(port, 16, seconds) for _ in range(rounds)])
    return by_workers


def median(loads: list[Load]) -> Load:
    """The run of median throughput (its latencies and errors come with it)."""
    return sorted(loads, key=lambda run: run.requests_per_second)[len(loads) // 2]


@contextmanager
def serving(command: Sequence[str], env: dict[str, str], wait_for_workers: int = 1) -> Iterator[tuple[int, float, int]]:
    """Start a server on a free loopback port; yield the port, the seconds to its first valid answer and
    the process id."""
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
        seconds = first_success(port, process, started)
        seen: set[int] = set()
        while wait_for_workers > 1 and len(seen) < wait_for_workers and time.perf_counter() - started < 60:
            with httpx.Client() as client:
                seen.add(client.get(f"http://127.0.0.1:{port}/healthz").json()["worker"])
        yield port, seconds, process.pid
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def first_success(port: int, process: subprocess.Popen[bytes], started: float) -> float:
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


def load(port: int, connections: int, seconds: int) -> Load:
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


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def report(
    results: dict[str, dict[int, Load]], levels: list[int], startup: dict[str, float], by_workers: dict[int, Load]
) -> None:
    print(f"{'server':<10} {'conns':>5} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
    for name, loads in results.items():
        for level, result in loads.items():
            print(
                f"{name:<10} {level:>5} {result.requests_per_second:>9.0f} {result.p50_ms:>8.2f} "
                f"{result.p99_ms:>8.2f} {result.errors:>7}"
            )
    print()
    print(f"{'conns':>5} {'ref/prism':>10} {'ref/ceiling':>12} {'p99 ref/ceiling':>16} {'ceiling/h11-ceil':>17}")
    for level in levels:
        reference, prism = results["reference"][level], results["prism"][level]
        ceiling, old = results["ceiling"][level], results["h11-ceil"][level]
        print(
            f"{level:>5} {reference.requests_per_second / prism.requests_per_second:>9.1f}x "
            f"{reference.requests_per_second / ceiling.requests_per_second:>11.2f}x "
            f"{reference.p99_ms / ceiling.p99_ms:>15.2f}x "
            f"{ceiling.requests_per_second / old.requests_per_second:>16.2f}x"
        )
    print()
    if METRICS_LEVEL in results["metrics"]:
        plain, measured = results["reference"][METRICS_LEVEL], results["metrics"][METRICS_LEVEL]
        print(
            f"metrics on, {METRICS_LEVEL} connections: {measured.requests_per_second:.0f} req/s "
            f"({measured.requests_per_second / plain.requests_per_second:.2f}x the reference without), "
            f"p99 {measured.p99_ms:.2f} ms"
        )
    for workers, result in sorted(by_workers.items()):
        rate = result.requests_per_second
        print(f"reference, sqlite store, {workers} worker(s), 16 connections: {rate:.0f} req/s, {result.errors} errors")
    print()
    for name in ("reference", "prism", "ceiling"):
        print(f"start-up to first successful answer, {name}: {startup[name]:.2f} s")


if __name__ == "__main__":
    sys.exit(main())
