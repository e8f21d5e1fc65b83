"""Soak: the reference server under full load for a minute stays correct and its memory stays bounded.

Warms up, measures resident memory, drives 60 s of load on initialise, measures again, then checks that
a valid request still gets a correct answer. Passes when there were no errors, memory grew by at most 20%
after warm-up (the state store's bound holds), and the last answer is right. Not part of scripts/test.
"""

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
from bench_support.harness import AUTH, BODY, PATH, REFERENCE, load, serving


def resident_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/soak", description=__doc__)
    parser.add_argument("--seconds", type=int, default=60, help="duration of the load (default 60)")
    parser.add_argument("--connections", type=int, default=64, help="concurrent connections (default 64)")
    arguments = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as data:
        env = {"VERSORI_MOCK_DATABASE": str(Path(data) / "connections.sqlite3")}
        with serving(REFERENCE, env) as (port, _, pid):
            warm = load(port, arguments.connections, 15)
            before = resident_kib(pid)
            soak = load(port, arguments.connections, arguments.seconds)
            after = resident_kib(pid)
            answer = httpx.post(f"http://127.0.0.1:{port}{PATH}", json=BODY, headers=AUTH, timeout=5)
    query = parse_qs(urlsplit(answer.json().get("url", "")).query) if answer.status_code == 200 else {}
    correct = answer.status_code == 200 and len(query.get("state", [""])[0]) == 43
    growth = (after - before) / before
    print(f"warm-up: {warm.requests_per_second:.0f} req/s, {warm.errors} errors")
    print(
        f"soak: {arguments.seconds} s at {arguments.connections} connections, {soak.requests_per_second:.0f} req/s, "
        f"p50 {soak.p50_ms:.2f} ms, p99 {soak.p99_ms:.2f} ms, {soak.errors} errors"
    )
    print(f"resident memory: {before / 1024:.1f} MiB after warm-up, {after / 1024:.1f} MiB at the end ({growth:+.1%})")
    print(f"a valid request afterwards: {answer.status_code}, {'correct' if correct else 'WRONG'}")
    passed = soak.errors == 0 and growth <= 0.20 and correct
    print("soak: passed" if passed else "soak: FAILED")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
