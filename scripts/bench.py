"""Throughput and latency of the reference server next to Prism and the stack's ceiling, in one run.

Starts each server on loopback, drives it with wrk (the same valid initialise requests, several
concurrency levels, several rounds in which the servers take turns), and prints for each the run of median
throughput: requests per second, p50/p99 latency and errors. The reference server is driven twice, on Connect
v1's initialise on a connector ("reference") and on the Platform API's initialise on a system ("platform", the
same server and the same bodies: the one implementation of both); then the ratios to Prism and to the ceiling
(a bare Starlette endpoint on the server's own stack; the old h11 stack's ceiling is there for the record),
the cost of metrics and start-up times (the SDK's import time is scripts/bench-import's, in a clean venv). A
benchmark, not a test: the numbers depend on the machine, so compare ratios from one run.
"""

import argparse
import shutil
import sys
import tempfile
from collections.abc import Sequence
from contextlib import ExitStack
from pathlib import Path

from bench_support.harness import PYTHON, REFERENCE, ROOT, Load, load, median, serving

METRICS_LEVEL = 16


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
            "reference": REFERENCE,
            # The same server on the Platform API's initialise on a system (its port is the reference's).
            "platform": REFERENCE,
            "prism": ["npx", "--no", "--", "prism", "mock", "openapi.yaml", "--port", "{port}", "--errors"],
            "ceiling": [*ceiling, "fast"],
            "h11-ceil": [*ceiling, "h11"],
            # The reference server with Prometheus metrics on, at 16 connections only: what metrics cost.
            "metrics": [*REFERENCE, "--metrics"],
        }
        env = {"VERSORI_MOCK_DATABASE": str(Path(data) / "connections.sqlite3")}
        ports: dict[str, int] = {}
        startup: dict[str, float] = {}
        for name, command in servers.items():
            if name != "platform":
                ports[name], startup[name], _ = running.enter_context(serving(command, env))
        ports["platform"] = ports["reference"]
        # The servers take turns within each round, so that a slow spell of a shared machine hits them alike.
        runs: dict[tuple[str, int], list[Load]] = {}
        for _ in range(arguments.rounds):
            for level in levels:
                for name in servers:
                    if name != "metrics" or level == METRICS_LEVEL:
                        api = "platform" if name == "platform" else "connect"
                        runs.setdefault((name, level), []).append(load(ports[name], level, arguments.seconds, api))
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
    print(
        f"{'conns':>5} {'ref/prism':>10} {'ref/ceiling':>12} {'p99 ref/ceiling':>16} {'ceiling/h11-ceil':>17}"
        f" {'platform/ref':>13}"
    )
    for level in levels:
        reference, prism = results["reference"][level], results["prism"][level]
        ceiling, old = results["ceiling"][level], results["h11-ceil"][level]
        platform = results["platform"][level]
        print(
            f"{level:>5} {reference.requests_per_second / prism.requests_per_second:>9.1f}x "
            f"{reference.requests_per_second / ceiling.requests_per_second:>11.2f}x "
            f"{reference.p99_ms / ceiling.p99_ms:>15.2f}x "
            f"{ceiling.requests_per_second / old.requests_per_second:>16.2f}x "
            f"{platform.requests_per_second / reference.requests_per_second:>12.2f}x"
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
