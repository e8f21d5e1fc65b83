"""Where one process's time goes under load: py-spy samples a server while wrk sends the bench's initialise
requests (16 connections), then prints the functions that hold the most samples, by own time and by total
time (own time plus what they call). Started by ``scripts/profile``; see BENCHMARKS.md for recorded lists.

    python scripts/profile_server.py [--seconds 10] [--top 20] -- COMMAND (with {port})
"""

import argparse
import collections
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from bench_support.harness import load, serving


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/profile", description=__doc__)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("command", nargs="+", help="the server's command line, with {port} for its port")
    arguments = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as data, serving(arguments.command, {}) as (port, _, pid):
        raw = Path(data) / "samples.txt"
        sampler = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "py-spy"),
                "record",
                "--pid",
                str(pid),
                "--format",
                "raw",
                "--rate",
                "200",
                "--duration",
                str(arguments.seconds),
                "--output",
                str(raw),
                "--nonblocking",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        result = load(port, 16, arguments.seconds + 1)
        sampler.wait(timeout=60)
        own, total, samples = _tally(raw.read_text(encoding="utf-8"))
    print(f"{result.requests_per_second:.0f} req/s under the profiler (16 connections); {samples} samples")
    for title, counts in (("own time", own), ("total time", total)):
        print(f"\n{'%':>6}  {title}")
        for frame, count in counts.most_common(arguments.top):
            print(f"{100 * count / samples:>5.1f}%  {frame}")
    return 0


def _tally(raw: str) -> tuple[collections.Counter[str], collections.Counter[str], int]:
    """Samples per function from py-spy's collapsed stacks ("frame;frame;... count"), skipping the idle loop."""
    own: collections.Counter[str] = collections.Counter()
    total: collections.Counter[str] = collections.Counter()
    samples = 0
    for line in raw.splitlines():
        stack, _, count_text = line.rpartition(" ")
        frames = [_short(frame) for frame in stack.split(";")]
        count = int(count_text)
        samples += count
        own[frames[-1]] += count
        for frame in set(frames):
            total[frame] += count
    return own, total, samples


def _short(frame: str) -> str:
    """``name (path/to/module.py:12)`` as ``name (module.py)``: lines differ within one function."""
    name, _, where = frame.partition(" (")
    return f"{name} ({os.path.basename(where.split(':')[0])})"


if __name__ == "__main__":
    sys.exit(main())
