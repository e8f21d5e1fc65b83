"""One HTTP/1.1 exchange over a raw socket, for the requests httpx will not send: a body shorter than its
declared length, a body sent a byte at a time, a chunked body written by hand, an oversized header.

The answer is read as soon as the server gives one, even while the request is still being sent: a server that
refuses early must be seen to do so, and a server that closes the connection on an unread body must not turn
that into a client error.
"""

import json
import select
import socket
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

_ABORTED = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError)


@dataclass(frozen=True)
class RawRequest:
    """A request as bytes on the wire.

    ``body`` follows the head at once; ``Content-Length: len(body)`` is added unless ``headers`` already give a
    length (``Content-Length`` or ``Transfer-Encoding``). ``trickle`` is sent after it, one part every ``pause``
    seconds, for as long as the server has not answered.
    """

    method: str
    target: str
    headers: Sequence[tuple[str, str]] = ()
    body: bytes = b""
    trickle: Sequence[bytes] = ()
    pause: float = 0.0

    def head(self, host: str) -> bytes:
        headers = [("Host", host), *self.headers]
        if not any(name.lower() in ("content-length", "transfer-encoding") for name, _ in headers):
            headers.append(("Content-Length", str(len(self.body))))
        lines = [f"{self.method} {self.target} HTTP/1.1", *(f"{name}: {value}" for name, value in headers)]
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


@dataclass(frozen=True)
class RawResponse:
    status: int
    headers: list[tuple[str, str]]
    body: bytes

    def header(self, name: str) -> str | None:
        """The first value of header ``name`` (any case), or None."""
        values = self.header_values(name)
        return values[0] if values else None

    def header_values(self, name: str) -> list[str]:
        return [value for key, value in self.headers if key.lower() == name.lower()]

    def json(self) -> Any:
        return json.loads(self.body)


def exchange(host: str, port: int, request: RawRequest, timeout: float = 10.0) -> RawResponse:
    """Send ``request`` on a fresh connection and read one response; TimeoutError after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    with socket.create_connection((host, port), timeout=timeout) as sock:
        if _send(sock, request.head(f"{host}:{port}") + request.body):
            for part in request.trickle:
                if _answer_waiting(sock, min(request.pause, _left(deadline))) or not _send(sock, part):
                    break
                if time.monotonic() >= deadline:
                    break
        return _read_response(sock, deadline)


def _send(sock: socket.socket, data: bytes) -> bool:
    """False when the server has already closed its side (it may still have answered)."""
    try:
        sock.sendall(data)
    except _ABORTED:
        return False
    return True


def _answer_waiting(sock: socket.socket, wait: float) -> bool:
    readable, _, _ = select.select([sock], [], [], wait)
    return bool(readable)


def _left(deadline: float) -> float:
    return max(0.0, deadline - time.monotonic())


def _read_response(sock: socket.socket, deadline: float) -> RawResponse:
    buffer = bytearray()
    while b"\r\n\r\n" not in buffer:
        if not _receive(sock, buffer, deadline):
            raise ConnectionError(f"the connection closed before a complete response head: {bytes(buffer[:200])!r}")
    head, _, rest = bytes(buffer).partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = [(name.strip(), value.strip()) for name, _, value in (line.partition(":") for line in header_lines)]
    response = RawResponse(int(status_line.split(" ")[1]), headers, b"")
    body = bytearray(rest)
    length = response.header("content-length")
    if length is not None:
        while len(body) < int(length):
            if not _receive(sock, body, deadline):
                raise ConnectionError(f"the connection closed after {len(body)} of {length} body bytes")
        return RawResponse(response.status, headers, bytes(body[: int(length)]))
    if (response.header("transfer-encoding") or "").lower() == "chunked":
        while not body.endswith(b"0\r\n\r\n"):
            if not _receive(sock, body, deadline):
                break
        return RawResponse(response.status, headers, _unchunk(bytes(body)))
    while _receive(sock, body, deadline):
        pass
    return RawResponse(response.status, headers, bytes(body))


def _receive(sock: socket.socket, buffer: bytearray, deadline: float) -> bool:
    """Append what arrives to ``buffer``; False once the server has closed the connection."""
    left = _left(deadline)
    if left <= 0:
        raise TimeoutError("no complete answer in time")
    sock.settimeout(left)
    try:
        data = sock.recv(65536)
    except _ABORTED:
        return False
    except TimeoutError as error:
        raise TimeoutError(f"no complete answer in time; received so far: {bytes(buffer[:200])!r}") from error
    buffer += data
    return bool(data)


def _unchunk(data: bytes) -> bytes:
    body = bytearray()
    while data:
        size_line, _, data = data.partition(b"\r\n")
        size = int(size_line.split(b";")[0] or b"0", 16)
        if size == 0:
            break
        body += data[:size]
        data = data[size + 2 :]
    return bytes(body)
