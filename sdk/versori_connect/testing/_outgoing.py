"""HTTP from inside the kit's process at the cost of a request, not of a TLS set-up.

A new httpx client loads the CA certificates again (16 ms), more than a whole OAuth loop against the kit costs.
``tls_context`` builds them once per process, as httpx would by default; the SDK clients the kit hands out use it.
The server opens and closes a client for each code exchange at a provider's token endpoint; with a
``SharedTransport`` every exchange (and ``connect``'s own calls) share one connection pool on that context, closed
when the server stops.
"""

import functools
import ssl

import httpx


@functools.cache
def tls_context() -> ssl.SSLContext:
    """What httpx builds by default (certifi's CA bundle, or SSL_CERT_FILE / SSL_CERT_DIR), built once."""
    return httpx.create_ssl_context()


class SharedTransport(httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self._pool = httpx.AsyncHTTPTransport(verify=tls_context())

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._pool.handle_async_request(request)

    async def aclose(self) -> None:
        """Called by each exchange's client as it closes: the pool stays open for the next one."""

    async def close(self) -> None:
        """Close the pool, for good (when the server has stopped)."""
        await self._pool.aclose()
