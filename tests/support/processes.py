"""Start the project's own commands as real processes and stop them, with everything they started."""

import os
import re
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

from .paths import REPO_ROOT


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def running(
    command: Sequence[str | Path],
    ready: str,
    timeout: float = 120.0,
    output: list[str] | None = None,
    env: Mapping[str, str] | None = None,
    started: list[subprocess.Popen[str]] | None = None,
) -> Iterator[re.Match[str]]:
    """Run ``command`` until the block ends; enter the block once a line of its output matches ``ready``.

    The process gets a session of its own so that everything it starts is stopped with it. Its output is
    collected in ``output`` and shown in the error if it exits or stays silent for ``timeout`` seconds; it is
    appended to ``started`` when given (to signal it).
    """
    process = subprocess.Popen(
        [str(part) for part in command],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
        env={**os.environ, **(env or {})},
    )
    if started is not None:
        started.append(process)
    assert process.stdout is not None
    output = [] if output is None else output
    found: list[re.Match[str]] = []
    seen = threading.Event()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            output.append(line)
            match = re.search(ready, line)
            if match and not found:
                found.append(match)
                seen.set()
        seen.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + timeout
        while not seen.wait(timeout=0.2) and time.monotonic() < deadline:
            pass
        if not found:
            raise AssertionError(f"{command[0]} did not print {ready!r}; its output:\n{''.join(output)}")
        yield found[0]
    finally:
        _stop(process)
        reader.join(timeout=10)
        process.stdout.close()


def _stop(process: subprocess.Popen[str]) -> None:
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)
