"""Prometheus metrics (opt in: ``--metrics`` or ``VERSORI_MOCK_METRICS=true``), served at ``GET /metrics``.

With several workers, ``python -m mock_server`` gives them one ``PROMETHEUS_MULTIPROC_DIR``, and ``/metrics``
adds up every worker's counts, whichever worker answers the scrape.

States are counted as the state store reports them (``state.StateEvents``): issued, consumed, expired (presented
after their lifetime, each state once) and unknown (presented, but not held).
"""

import os

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.multiprocess import MultiProcessCollector
from starlette.requests import Request
from starlette.responses import Response

# From a fast initialise (well under a millisecond) to a Prefer delay (at most 10 s).
_LATENCY_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self._requests = Counter(
            "versori_mock_requests",
            "Requests answered, by operation (the contract's operationId, else the route) and status.",
            ["operation", "status"],
            registry=self.registry,
        )
        self._latency = Histogram(
            "versori_mock_request_duration_seconds",
            "Time from a request's arrival to the end of its answer, by operation.",
            ["operation"],
            buckets=_LATENCY_BUCKETS,
            registry=self.registry,
        )
        # Each (operation, status) pair's children, looked up once: the labels() lookup costs more than the count.
        self._children: dict[tuple[str, int], tuple[Counter, Histogram]] = {}
        self.states = StateCounters(self.registry)

    def observe(self, operation: str, status: int, seconds: float) -> None:
        children = self._children.get((operation, status))
        if children is None:
            children = (self._requests.labels(operation, str(status)), self._latency.labels(operation))
            self._children[operation, status] = children
        children[0].inc()
        children[1].observe(seconds)

    def exposition(self) -> bytes:
        if "PROMETHEUS_MULTIPROC_DIR" in os.environ:
            workers = CollectorRegistry()
            MultiProcessCollector(workers)  # type: ignore[no-untyped-call]
            return generate_latest(workers)
        return generate_latest(self.registry)

    async def endpoint(self, request: Request) -> Response:
        return Response(self.exposition(), media_type=CONTENT_TYPE_LATEST)


class StateCounters:
    """The state store's events (``state.StateEvents``) as counters."""

    def __init__(self, registry: CollectorRegistry) -> None:
        def counter(name: str, help_text: str) -> Counter:
            return Counter(f"versori_mock_states_{name}", help_text, registry=registry)

        self._issued = counter("issued", "States handed out by initialise.")
        self._consumed = counter("consumed", "States used up by creating the connection they started.")
        self._expired = counter(
            "expired",
            "States presented (callback or connection create) after their lifetime ended; each state once, as the"
            " store then forgets it. A state never presented again is not counted.",
        )
        self._unknown = counter(
            "unknown",
            "States presented (connection create) that the store does not hold: never issued, already consumed,"
            " or expired more than one lifetime ago.",
        )

    def issued(self) -> None:
        self._issued.inc()

    def consumed(self) -> None:
        self._consumed.inc()

    def expired(self) -> None:
        self._expired.inc()

    def unknown(self) -> None:
        self._unknown.inc()
