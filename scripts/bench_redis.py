"""Throughput of reference-server instances sharing one Redis, next to one instance on its own.

Drives initialise (a state written per call) with wrk, 16 connections in all: one instance in memory, one
instance on Redis, then two instances on the same Redis with 8 connections each, loaded at the same time (as
a load balancer would spread them) and their req/s added. Rounds alternate the three setups; medians are
reported, and the Redis store's throughput and p99 against the memory store's, round by round, with their
verdicts (targets: at least 0.6x the throughput, p99 at most 2x). A benchmark, not a test: on a shared machine
compare the numbers of one run.
"""

import argparse
import sys
import tempfile
from collections.abc import Sequence
from contextlib import ExitStack
from pathlib import Path

from bench_support.harness import REFERENCE, Load, load, median, median_ratio, redis_server, serving, together, verdict

THROUGHPUT_AT_LEAST = 0.6
P99_AT_MOST = 2.0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/bench-redis", description=__doc__)
    parser.add_argument("--seconds", type=int, default=5, help="duration of each load run (default 5)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds; medians reported (default 3)")
    arguments = parser.parse_args(argv)
    seconds = arguments.seconds

    with tempfile.TemporaryDirectory() as data, ExitStack() as running:
        database = {"VERSORI_MOCK_DATABASE": str(Path(data) / "connections.sqlite3")}
        redis_url = running.enter_context(redis_server(Path(data)))
        on_redis = {"VERSORI_MOCK_STORE_BACKEND": "redis", "VERSORI_MOCK_REDIS_URL": redis_url}
        memory_port = running.enter_context(serving(REFERENCE, database))[0]
        a_port = running.enter_context(serving(REFERENCE, on_redis))[0]
        b_port = running.enter_context(serving(REFERENCE, on_redis))[0]
        runs: dict[str, list[Load]] = {}
        for _ in range(arguments.rounds):
            runs.setdefault("one instance, memory store", []).append(load(memory_port, 16, seconds))
            runs.setdefault("one instance, redis store", []).append(load(a_port, 16, seconds))
            runs.setdefault("two instances, one redis", []).append(together([a_port, b_port], 8, seconds))

    print(f"{'setup (16 connections in all)':<32} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
    for name, loads in runs.items():
        result = median(loads)
        print(
            f"{name:<32} {result.requests_per_second:>9.0f} {result.p50_ms:>8.2f} {result.p99_ms:>8.2f}"
            f" {result.errors:>7}"
        )
    memory, redis = runs["one instance, memory store"], runs["one instance, redis store"]
    throughput = median_ratio([run.requests_per_second for run in redis], [run.requests_per_second for run in memory])
    p99 = median_ratio([run.p99_ms for run in redis], [run.p99_ms for run in memory])
    # verdict() is "at most": the throughput's floor is compared as its inverse.
    floor = verdict(1 / throughput, 1 / THROUGHPUT_AT_LEAST)
    print(f"redis/memory throughput {throughput:.2f}x (at least {THROUGHPUT_AT_LEAST}x: {floor})")
    print(f"redis/memory p99        {p99:.2f}x (at most {P99_AT_MOST}x: {verdict(p99, P99_AT_MOST)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
