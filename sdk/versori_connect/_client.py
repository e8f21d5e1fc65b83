"""``Client`` and ``AsyncClient``: configuration, the one request path, and where httpx errors are translated."""

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from types import TracebackType
from typing import Any, Self, TypeVar

import httpx

from ._constants import API_KEY_ENV, BASE_URL_ENV, DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._exceptions import APIConnectionError, APITimeoutError, VersoriError
from ._generated.types import Unset
from ._logging import setup_logging
from ._resources import AsyncConnections, Connections
from ._response import Parser, read_response
from ._retry import async_retry_loop, retry_loop
from ._types import RawResponse, TimeoutTypes

_T = TypeVar("_T")


class _BaseClient:
    """What the twins share: configuration and request preparation, no I/O."""

    def __init__(self, *, api_key: str | None, base_url: str | None, timeout: TimeoutTypes, max_retries: int) -> None:
        api_key = api_key or os.environ.get(API_KEY_ENV)
        if not api_key:
            raise VersoriError(
                f"No API key: pass api_key= or set the {API_KEY_ENV} environment variable "
                f"(and {BASE_URL_ENV} to reach a server other than production, {DEFAULT_BASE_URL})."
            )
        if max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, got {max_retries}")
        self.base_url = (base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL).rstrip("/")
        self.timeout = timeout
        self.max_retries = max_retries
        self._headers = {"Authorization": f"Bearer {api_key}", "Accept": "application/json"}
        setup_logging()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def _prepare(self, operation: Mapping[str, Any]) -> dict[str, Any]:
        """httpx arguments for a generated operation's ``_get_kwargs``: the absolute URL and our headers added."""
        return {
            **operation,
            "url": self.base_url + operation["url"],
            "headers": {**self._headers, **operation.get("headers", {})},
        }

    def _options(self, timeout: TimeoutTypes | Unset, max_retries: int | Unset) -> tuple[TimeoutTypes, int]:
        """A call's timeout and retries: its own when given, else the client's."""
        if isinstance(max_retries, int) and max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, got {max_retries}")
        return (
            self.timeout if isinstance(timeout, Unset) else timeout,
            self.max_retries if isinstance(max_retries, Unset) else max_retries,
        )


@contextmanager
def _httpx_errors_translated(request: httpx.Request) -> Iterator[None]:
    """The one place where httpx's exceptions become this package's."""
    try:
        yield
    except httpx.TimeoutException as exc:
        raise APITimeoutError(request=request, message=f"Request timed out ({type(exc).__name__}).") from exc
    except httpx.RequestError as exc:
        raise APIConnectionError(request=request, message=f"Connection error ({type(exc).__name__}: {exc}).") from exc


class Client(_BaseClient):
    """The Versori Connect API.

    ``api_key`` (an API key or a JWT) and ``base_url`` default to ``VERSORI_API_KEY`` and ``VERSORI_BASE_URL``,
    then production. Pass ``http_client`` (which stays yours to close) or ``transport`` to control the HTTP layer.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__(api_key=api_key, base_url=base_url, timeout=timeout, max_retries=max_retries)
        if http_client is not None and transport is not None:
            raise TypeError("Pass http_client or transport, not both.")
        self._owns_http_client = http_client is None
        self._http_client = http_client or httpx.Client(transport=transport)
        self.connections = Connections(self)

    def close(self) -> None:
        """Close the HTTP connections, unless the ``http_client`` was passed in."""
        if self._owns_http_client:
            self._http_client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    def _request(
        self,
        operation: Mapping[str, Any],
        parse: Parser[_T],
        *,
        timeout: TimeoutTypes | Unset,
        max_retries: int | Unset,
    ) -> RawResponse[_T]:
        """Send a generated operation, retrying as the policy says, and read the final answer."""
        arguments = self._prepare(operation)
        timeout, max_retries = self._options(timeout, max_retries)

        def send() -> httpx.Response:
            request = self._http_client.build_request(**arguments, timeout=timeout)
            with _httpx_errors_translated(request):
                return self._http_client.send(request)

        return read_response(retry_loop(send, max_retries), parse)


class AsyncClient(_BaseClient):
    """The async twin of ``Client``: the same arguments, ``await`` on each call, ``aclose()`` to finish."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(api_key=api_key, base_url=base_url, timeout=timeout, max_retries=max_retries)
        if http_client is not None and transport is not None:
            raise TypeError("Pass http_client or transport, not both.")
        self._owns_http_client = http_client is None
        self._http_client = http_client or httpx.AsyncClient(transport=transport)
        self.connections = AsyncConnections(self)

    async def aclose(self) -> None:
        """Close the HTTP connections, unless the ``http_client`` was passed in."""
        if self._owns_http_client:
            await self._http_client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.aclose()

    async def _request(
        self,
        operation: Mapping[str, Any],
        parse: Parser[_T],
        *,
        timeout: TimeoutTypes | Unset,
        max_retries: int | Unset,
    ) -> RawResponse[_T]:
        """Send a generated operation, retrying as the policy says, and read the final answer."""
        arguments = self._prepare(operation)
        timeout, max_retries = self._options(timeout, max_retries)

        async def send() -> httpx.Response:
            request = self._http_client.build_request(**arguments, timeout=timeout)
            with _httpx_errors_translated(request):
                return await self._http_client.send(request)

        return read_response(await async_retry_loop(send, max_retries), parse)
