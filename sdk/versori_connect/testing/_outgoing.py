"""The server's own outgoing calls (the code exchange at a provider's token endpoint), through one connection pool
for the life of a VersoriMock.

The server opens and closes an httpx client for each exchange; on its own, each new client loads the CA
certificates again, which costs more than the rest of an OAuth loop. Here every exchange shares one pool, on a
TLS context built once per process, and the pool is closed when the server stops.
"""

import functools
import ssl

import httpx


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """What httpx builds by default (certifi's CA bundle, or SSL_CERT_FILE / SSL_CERT_DIR), built once."""
    return httpx.create_ssl_context()


class SharedTransport(httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self._pool = httpx.AsyncHTTPTransport(verify=_tls_context())

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._pool.handle_async_request(request)

    async def aclose(self) -> None:
        """Called by each exchange's client as it closes: the pool stays open for the next one."""

    async def close(self) -> None:
        """Close the pool, for good (when the server has stopped)."""
        await self._pool.aclose()
