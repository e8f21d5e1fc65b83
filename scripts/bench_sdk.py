"""Per-call overhead of the hand-written client over a bare httpx request (run by scripts/bench-sdk).

Every variant sends the same bytes to the same in-process transport (an ``httpx.MockTransport`` answering a
fixed 200) and reads the JSON answer, so the difference is the layer's own work: building the request from
keyword arguments, the retry loop, logging checks and parsing into the generated model. Each round times every
variant back to back with the garbage collector paused; a ratio is taken within each round and the median
round's ratio is reported, so that a busy machine slows both sides of a ratio alike.
"""

import argparse
import asyncio
import gc
import json
import statistics
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
from bench_support.harness import median_ratio, verdict

from versori_connect import (
    DEFAULT_TIMEOUT,
    AsyncClient,
    AuthenticatedClient,
    Client,
    InitialiseOAuth2ConnectionRequest,
    initialise_oauth2_connection,
)

BASE_URL = "https://platform.versori.com/api/connect/v1"
API_KEY = "vk_bench_0123456789abcdef"
ORGANISATION_ID = "01M630NCG4ZDDRK8JJJ5EVRJSK"
CONNECTOR_ID = "01M65K23G4WE37NGTVC0HJVGP1"
URL = f"{BASE_URL}/o/{ORGANISATION_ID}/connectors/{CONNECTOR_ID}/oauth2/initialise"
ANSWER = json.dumps({"url": "https://accounts.google.com/o/oauth2/v2/auth?response_type=code&state=abc"}).encode()
CALL: dict[str, Any] = {
    "credential": {"id": "01M685ETG43A32W69JE3TGMGF2", "organisation_id": ORGANISATION_ID},
    "authorize_url": "https://accounts.google.com/o/oauth2/v2/auth",
    "client_id": "731947215860-k2v8q1c4bq7r3l0d9n5e6s2ftm4hj8ap.apps.googleusercontent.com",
    "scopes": ["openid", "email", "https://www.googleapis.com/auth/calendar.readonly"],
    "prompt": "consent+select_account",
    "disable_offline_access": True,
    "additional_params": {"access_type": "offline", "login_hint": "ada@example.org"},
}
# What the layer sends for CALL, written out by hand for the bare request.
WIRE_BODY: dict[str, Any] = {
    "credential": {"id": "01M685ETG43A32W69JE3TGMGF2", "organisationId": ORGANISATION_ID},
    "authorizeUrl": CALL["authorize_url"],
    "clientId": CALL["client_id"],
    "scopes": CALL["scopes"],
    "disableOfflineAccess": True,
    "prompt": CALL["prompt"],
    "additionalParams": "access_type=offline&login_hint=ada%40example.org",
}
HEADERS = {"Authorization": f"Bearer {API_KEY}", "Accept": "application/json", "Content-Type": "application/json"}

# A list while each variant makes one checked call, so that the script can prove they all send the same.
recorded: list[httpx.Request] | None = None


TARGET_RATIO = 1.3


def answer(request: httpx.Request) -> httpx.Response:
    if recorded is not None:
        recorded.append(request)
    return httpx.Response(200, content=ANSWER, headers={"Content-Type": "application/json", "X-Request-Id": "bench"})


async def async_answer(request: httpx.Request) -> httpx.Response:
    return answer(request)


@contextmanager
def same_requests(variants: int) -> Iterator[None]:
    """Fail unless the calls made in the block send one identical request per variant."""
    global recorded
    recorded = []
    try:
        yield
        requests = recorded
    finally:
        recorded = None
    seen = {(request.read(), request.headers["Authorization"], str(request.url)) for request in requests}
    if len(requests) != variants or len(seen) != 1:
        raise RuntimeError(f"the variants sent different requests: {seen}")


def _per_call_us(call: Callable[[], object], calls: int) -> float:
    gc.collect()
    gc.disable()
    try:
        started = time.perf_counter()
        for _ in range(calls):
            call()
        return (time.perf_counter() - started) / calls * 1e6
    finally:
        gc.enable()


async def _async_per_call_us(call: Callable[[], Awaitable[object]], calls: int) -> float:
    gc.collect()
    gc.disable()
    try:
        started = time.perf_counter()
        for _ in range(calls):
            await call()
        return (time.perf_counter() - started) / calls * 1e6
    finally:
        gc.enable()


def bench_sync(rounds: int, calls: int) -> dict[str, list[float]]:
    transport = httpx.MockTransport(answer)
    with (
        httpx.Client(transport=transport) as bare,
        Client(api_key=API_KEY, base_url=BASE_URL, transport=transport) as client,
        AuthenticatedClient(base_url=BASE_URL, token=API_KEY, httpx_args={"transport": transport}) as generated,
    ):
        body = InitialiseOAuth2ConnectionRequest.from_dict(WIRE_BODY)
        variants: dict[str, Callable[[], object]] = {
            "bare httpx": lambda: bare.post(URL, json=WIRE_BODY, headers=HEADERS, timeout=DEFAULT_TIMEOUT).json(),
            "Client": lambda: client.connections.initialise_oauth2(ORGANISATION_ID, CONNECTOR_ID, **CALL),
            "generated sync()": lambda: initialise_oauth2_connection.sync(
                ORGANISATION_ID, CONNECTOR_ID, client=generated, body=body
            ),
        }
        with same_requests(len(variants)):
            for call in variants.values():
                call()
        results: dict[str, list[float]] = {name: [] for name in variants}
        for call in variants.values():
            _per_call_us(call, calls)  # warm up
        for _ in range(rounds):
            for name, call in variants.items():
                results[name].append(_per_call_us(call, calls))
    return results


async def bench_async(rounds: int, calls: int) -> dict[str, list[float]]:
    transport = httpx.MockTransport(async_answer)
    async with (
        httpx.AsyncClient(transport=transport) as bare,
        AsyncClient(api_key=API_KEY, base_url=BASE_URL, transport=transport) as client,
    ):

        async def bare_call() -> object:
            response = await bare.post(URL, json=WIRE_BODY, headers=HEADERS, timeout=DEFAULT_TIMEOUT)
            return response.json()

        variants: dict[str, Callable[[], Awaitable[object]]] = {
            "bare httpx.AsyncClient": bare_call,
            "AsyncClient": lambda: client.connections.initialise_oauth2(ORGANISATION_ID, CONNECTOR_ID, **CALL),
        }
        with same_requests(len(variants)):
            for call in variants.values():
                await call()
        results: dict[str, list[float]] = {name: [] for name in variants}
        for call in variants.values():
            await _async_per_call_us(call, calls)  # warm up
        for _ in range(rounds):
            for name, call in variants.items():
                results[name].append(await _async_per_call_us(call, calls))
    return results


def report(results: dict[str, list[float]], baseline: str) -> float:
    """Print one line per variant; return the worst median ratio over the baseline."""
    worst = 0.0
    for name, times in results.items():
        ratio = median_ratio(times, results[baseline])
        if name != baseline and not name.startswith("generated"):
            worst = max(worst, ratio)
        print(f"{name:<24} {statistics.median(times):>9.1f} {min(times):>9.1f} {ratio:>6.2f}x")
    return worst


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=40, help="rounds per variant (default 40)")
    parser.add_argument("--calls", type=int, default=500, help="calls per variant in a round (default 500)")
    arguments = parser.parse_args()

    sync_results = bench_sync(arguments.rounds, arguments.calls)
    async_results = asyncio.run(bench_async(arguments.rounds, arguments.calls))

    print(f"{arguments.rounds} rounds of {arguments.calls} calls per variant, in-process httpx.MockTransport")
    print(f"{'variant':<24} {'median us':>9} {'best us':>9} {'ratio':>7}")
    worst = max(report(sync_results, "bare httpx"), report(async_results, "bare httpx.AsyncClient"))
    print(
        f"layer overhead: {worst:.2f}x at worst (target: at most {TARGET_RATIO:.2f}x): {verdict(worst, TARGET_RATIO)}"
    )


if __name__ == "__main__":
    main()
