"""A provider token endpoint on loopback that gives one fixed answer and keeps what it was sent."""

import json
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class TokenEndpoint:
    url: str
    # The Authorization header of every request it got.
    authorizations: list[str]


@contextmanager
def token_endpoint(status: int, answer: Mapping[str, Any]) -> Iterator[TokenEndpoint]:
    """Until the block ends, every POST gets ``status`` with ``answer`` as JSON."""
    authorizations: list[str] = []
    body = json.dumps(answer).encode()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            authorizations.append(self.headers.get("Authorization", ""))
            self.rfile.read(int(self.headers.get("Content-Length", "0")))
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet: tests read the server's output, not the stub's."""

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield TokenEndpoint(f"http://127.0.0.1:{httpd.server_address[1]}/token", authorizations)
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
