"""What the test kit costs a test (run by scripts/bench-testkit).

- start-up: ``VersoriMock().start()`` until its server accepts connections, for a fresh one each time, after a
  first one in the process has compiled the contract (that first one is reported on its own);
- round trip: one OAuth 2.0 loop and a read, as a test writes it: ``connect`` (initialise, the kit's in-process
  approve, create) and a get through a ``Client`` made beforehand;
- a whole test, for reference: start, a client, the round trip and stop, as the ``versori_mock`` fixture and a test
  using it would.

Medians over many runs, with the 90th percentile and the worst, so that one slow run on a busy machine does not
decide the number.
"""

import argparse
import functools
import statistics
import time
from collections.abc import Callable

from bench_support.harness import verdict

from versori_connect import Client
from versori_connect.testing import VersoriMock

START_TARGET_MS = 300.0
ROUND_TRIP_TARGET_MS = 30.0


def round_trip(mock: VersoriMock, client: Client, name: str) -> None:
    """``connect`` (initialise and create through the SDK, approve in-process), then a get through ``client``."""
    created = mock.connect(name, scopes=["profile"])
    read = client.connections.get(mock.organisation_id, mock.connector_id, created.id)
    assert read.name == name


def timed_ms(action: Callable[[], object]) -> float:
    began = time.perf_counter()
    action()
    return (time.perf_counter() - began) * 1000


def start_and_stop(stops: list[float]) -> float:
    mock = VersoriMock()
    elapsed = timed_ms(mock.start)
    stops.append(timed_ms(mock.stop))
    return elapsed


def whole_test() -> None:
    with VersoriMock() as mock, mock.client() as client:
        round_trip(mock, client, "Ada")


def summary(samples: list[float]) -> str:
    ordered = sorted(samples)
    p90 = ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]
    return f"median {statistics.median(ordered):7.1f} ms   p90 {p90:7.1f} ms   max {ordered[-1]:7.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--starts", type=int, default=20, help="fresh VersoriMocks to start (default 20)")
    parser.add_argument("--loops", type=int, default=50, help="round trips to time (default 50)")
    arguments = parser.parse_args()

    first_stops: list[float] = []
    first = start_and_stop(first_stops)
    stops: list[float] = []
    starts = [start_and_stop(stops) for _ in range(arguments.starts)]
    with VersoriMock() as mock, mock.client() as client:
        round_trip(mock, client, "warm-up")
        loops = [timed_ms(functools.partial(round_trip, mock, client, f"account {i}")) for i in range(arguments.loops)]
    tests = [timed_ms(whole_test) for _ in range(max(3, arguments.starts // 2))]

    rows = [
        (f"fresh VersoriMock ready ({len(starts)} runs)", starts, START_TARGET_MS),
        (f"initialise, approve, create, get ({len(loops)} runs)", loops, ROUND_TRIP_TARGET_MS),
        (f"stop ({len(stops)} runs)", stops, None),
        (f"a whole test: start, client, round trip, stop ({len(tests)} runs)", tests, None),
    ]
    print(f"first VersoriMock in the process (compiles the contract): {first:.1f} ms")
    for label, samples, target in rows:
        aim = (
            ""
            if target is None
            else f"   target at most {target:.0f} ms: {verdict(statistics.median(samples), target)}"
        )
        print(f"{label:<62} {summary(samples)}{aim}")


if __name__ == "__main__":
    main()
