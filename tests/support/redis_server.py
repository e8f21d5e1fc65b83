"""A real ``redis-server`` for tests: on a free loopback port, in a temporary directory, persisting nothing
(``--save ''``, ``--appendonly no``); it can be stopped and started again on the same port (an outage). And the
commands a Redis receives while something runs, as ``MONITOR`` lists them (``commands_during``)."""

import asyncio
import contextlib
import secrets
import shutil
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path

from redis.asyncio import Redis

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


async def commands_while(url: str, action: Callable[[], Awaitable[object]]) -> list[str]:
    """The commands (name and arguments) the Redis at ``url`` received from its clients while ``action`` ran, in
    order, as ``MONITOR`` lists them: a script once (not the commands it runs), each command of a pipeline."""
    marker = f"end-of-count-{secrets.token_hex(8)}"
    watching, marking = Redis.from_url(url, decode_responses=True), Redis.from_url(url, decode_responses=True)
    try:
        await marking.ping()  # connected before the count: its handshake is not counted
        async with watching.monitor() as monitor:
            await action()
            await marking.echo(marker)  # once MONITOR lists it, everything before it was listed
            received: list[str] = []
            while True:
                event = await monitor.next_command()
                if event["client_type"] == "lua":
                    continue
                if marker in event["command"]:
                    return received
                received.append(event["command"])
    finally:
        await watching.aclose()
        await marking.aclose()


def commands_during(url: str, action: Callable[[], object]) -> list[str]:
    """``commands_while`` for a plain function (run on a thread of its own)."""

    async def in_a_thread() -> None:
        await asyncio.to_thread(action)

    return asyncio.run(commands_while(url, in_a_thread))
