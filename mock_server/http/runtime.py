"""How the server runs: uvicorn on uvloop with the httptools parser, behind the limits of ``http_protocol``, on a
socket bound here, in one process or several workers.

The same ``serve`` runs the bench's ceiling (``scripts/bench_support/ceiling.py``), so that the ceiling is this
stack with nothing of the app.
"""

import gc
import os
import resource
import shutil
import socket
import tempfile
from typing import Any

from starlette.types import ASGIApp
from uvicorn import Server
from uvicorn.supervisors import Multiprocess

from ..settings import Settings
from .access_log import logging_config
from .protocol import HttpLimits, LimitedConfig


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY on accepted connections only for sockets that say TCP,
    # and without it Nagle's algorithm and delayed ACKs hold every answer's body back by 40 ms.
    listener = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((host, port))
    listener.listen(2048)
    listener.set_inheritable(True)
    return listener


# How long a kept-alive connection may stay idle between requests before the server closes it.
KEEP_ALIVE_SECONDS = 5


def server_config(app: ASGIApp | str, settings: Settings, **options: Any) -> LimitedConfig:
    """uvicorn's configuration for ``settings``; ``options`` add to it or replace its values (the test kit, serving
    inside a test process, passes ``log_config=None`` and ``log_level=None`` to leave that process's logging alone)."""
    defaults: dict[str, Any] = {
        "loop": "uvloop",
        "ws": "none",
        "lifespan": "on",
        "log_level": settings.log_level,
        # The app logs each request itself (server_log.AccessLog), with its id, operation and duration.
        "access_log": False,
        "log_config": logging_config(settings.log_format, settings.log_level),
        "proxy_headers": False,
        "server_header": False,
        "timeout_graceful_shutdown": settings.shutdown_grace_seconds,
        "timeout_keep_alive": KEEP_ALIVE_SECONDS,
        "workers": settings.workers,
    }
    limits = HttpLimits(
        max_header_bytes=settings.max_header_bytes,
        header_timeout_seconds=settings.header_timeout_seconds,
        max_connections=settings.max_connections,
    )
    return LimitedConfig(app, limits=limits, **{**defaults, **options})


def serve(app: ASGIApp, settings: Settings, listener: socket.socket, worker_app: str | None = None) -> None:
    """Serve ``app`` on ``listener`` until SIGTERM or SIGINT; with several workers, each worker process builds
    its own app from the factory ``worker_app`` ("module:function")."""
    _allow_many_connections()
    if settings.workers == 1:
        freeze_startup_heap()
        Server(server_config(app, settings)).run(sockets=[listener])
        return
    if worker_app is None:
        raise ValueError("several workers need a factory for their app")
    metrics_dir = tempfile.mkdtemp(prefix="versori-mock-metrics-") if settings.metrics else None
    if metrics_dir is not None:
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = metrics_dir
    try:
        Multiprocess(server_config(worker_app, settings, factory=True), sockets=[listener]).run()
    finally:
        if metrics_dir is not None:
            shutil.rmtree(metrics_dir, ignore_errors=True)


def freeze_startup_heap() -> None:
    """Keep what start-up made (modules, the contracts' slow validators, the seed) out of the garbage collector's
    passes: it lives as long as the process, and a full pass over it held answers back by several milliseconds
    (the worst of the p99 under load). Only the server's own process does this, never a test kit's host."""
    gc.collect()
    gc.freeze()


def _allow_many_connections() -> None:
    """Raise the open-file limit to its maximum, so that thousands of idle connections find the limits of the
    HTTP layer (timeout, 503), not the process's."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
