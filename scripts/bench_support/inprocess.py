"""One initialise's cost inside the app, without sockets: the bench's four requests driven straight through the
ASGI application (the reference server's, or the bare ceiling endpoint's), best of several runs, in µs per
request; ``--profile`` prints cProfile's top functions instead.

    python scripts/bench_support/inprocess.py [reference|ceiling] [--requests 3000] [--runs 5] [--profile]
"""

import sys
from pathlib import Path

# This folder holds a profile.py (scripts/profile's), which would shadow the standard library's for cProfile.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parents[1]))

import argparse  # noqa: E402
import asyncio  # noqa: E402
import cProfile  # noqa: E402
import importlib.util  # noqa: E402
import json  # noqa: E402
import logging  # noqa: E402
import pstats  # noqa: E402
import time  # noqa: E402
from typing import Any  # noqa: E402

import uvloop  # noqa: E402

from mock_server.app import create_app  # noqa: E402
from mock_server.http.body import BODY_ARRIVED  # noqa: E402
from mock_server.settings import Settings  # noqa: E402

PATH = "/o/01M630NCG4ZDDRK8JJJ5EVRJSK/connectors/01M65K23G4WE37NGTVC0HJVGP1/oauth2/initialise"
_BASE = {
    "credential": {"id": "01M6ARSFC30TQ8AMXN1Z8ZGT1F", "organisationId": "01M630NCG4ZDDRK8JJJ5EVRJSK"},
    "authorizeUrl": "https://as.example.org/authorize",
    "clientId": "versori-dev-client",
}
# The same four bodies as initialise.lua.
BODIES = [
    json.dumps(body).encode()
    for body in (
        _BASE,
        {**_BASE, "scopes": ["openid", "email", "profile"]},
        {**_BASE, "prompt": "consent+select_account"},
        {**_BASE, "additionalParams": "access_type=offline&login_hint=ada%40example.org"},
    )
]


def _scope(body: bytes) -> dict[str, Any]:
    return {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": PATH,
        "raw_path": PATH.encode(),
        "root_path": "",
        "query_string": b"",
        "headers": [
            (b"host", b"127.0.0.1:8000"),
            (b"authorization", b"Bearer vk_dev_example_organisation_local_only"),
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
        ],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8000),
        # As the HTTP protocol marks a request that came whole (they all do here).
        BODY_ARRIVED: True,
    }


async def _drive(app: Any, count: int) -> float:
    statuses: list[int] = []

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            statuses.append(message["status"])

    started = time.process_time()
    for index in range(count):
        body = BODIES[index % len(BODIES)]
        sent = False

        async def receive(body: bytes = body) -> dict[str, Any]:
            nonlocal sent
            if sent:
                await asyncio.sleep(3600)
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await app(_scope(body), receive, send)
    elapsed = time.process_time() - started
    if set(statuses) != {200}:
        raise SystemExit(f"unexpected statuses: {sorted(set(statuses))}")
    return elapsed / count


def _app(which: str) -> Any:
    if which == "ceiling":
        spec = importlib.util.spec_from_file_location("ceiling", _HERE / "ceiling.py")
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module.app
    logging.getLogger("mock_server.access").setLevel(logging.INFO)
    return create_app(Settings(database=":memory:"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("which", nargs="?", default="reference", choices=("reference", "ceiling"))
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--sort", default="tottime", help="a pstats key: tottime (own time) or cumulative")
    arguments = parser.parse_args()
    app = _app(arguments.which)
    # The access lines go to a sink: what is measured is writing them, not the terminal.
    sys.stdout = open("/dev/null", "w")  # noqa: SIM115
    loop = uvloop.new_event_loop()  # as the server runs
    loop.run_until_complete(_drive(app, 200))
    if arguments.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        loop.run_until_complete(_drive(app, arguments.requests))
        profiler.disable()
        sys.stdout = sys.__stdout__
        pstats.Stats(profiler).sort_stats(arguments.sort).print_stats(arguments.top)
        return
    best = min(loop.run_until_complete(_drive(app, arguments.requests)) for _ in range(arguments.runs))
    sys.stdout = sys.__stdout__
    print(f"{arguments.which}: {best * 1e6:.1f} µs per initialise (best of {arguments.runs} x {arguments.requests})")


if __name__ == "__main__":
    main()
