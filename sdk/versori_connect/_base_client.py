"""What ``Client`` and ``AsyncClient`` share: configuration, request preparation and error translation, no I/O."""

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import httpx

from ._constants import API_KEY_ENV, BASE_URL_ENV, DEFAULT_BASE_URL
from ._exceptions import APIConnectionError, APITimeoutError, VersoriError
from ._generated.types import Unset
from ._logging import setup_logging
from ._types import TimeoutTypes


class BaseClient:
    """Configuration and request preparation of both clients."""

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
        """httpx arguments for an operation of ``_operations``: the absolute URL and our headers added."""
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


def check_http_arguments(http_client: object, transport: object) -> None:
    if http_client is not None and transport is not None:
        raise TypeError("Pass http_client or transport, not both.")


@contextmanager
def httpx_errors_translated(request: httpx.Request) -> Iterator[None]:
    """The one place where httpx's exceptions become this package's."""
    try:
        yield
    except httpx.TimeoutException as exc:
        raise APITimeoutError(request=request, message=f"Request timed out ({type(exc).__name__}).") from exc
    except httpx.RequestError as exc:
        raise APIConnectionError(request=request, message=f"Connection error ({type(exc).__name__}: {exc}).") from exc
