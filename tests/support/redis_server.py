"""A real ``redis-server`` for tests: on a free loopback port, in a temporary directory, persisting nothing
(``--save ''``, ``--appendonly no``); it can be stopped and started again on the same port (an outage)."""

import contextlib
import shutil
from collections.abc import Iterator
from pathlib import Path

from .processes import free_port, running


class RedisServer:
    def __init__(self, directory: Path) -> None:
        executable = shutil.which("redis-server")
        assert executable, "redis-server is missing: scripts/test installs it from Debian's packages"
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self._command = [
            executable,
            "--port",
            str(self.port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(directory),
        ]
        self._process: contextlib.ExitStack | None = None

    def start(self) -> None:
        stack = contextlib.ExitStack()
        stack.enter_context(running(self._command, ready=r"Ready to accept connections", timeout=30))
        self._process = stack

    def stop(self) -> None:
        if self._process is not None:
            self._process.close()
            self._process = None


@contextlib.contextmanager
def redis_server(directory: Path) -> Iterator[RedisServer]:
    server = RedisServer(directory)
    server.start()
    try:
        yield server
    finally:
        server.stop()
