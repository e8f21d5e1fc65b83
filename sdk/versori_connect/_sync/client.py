# Derived from versori_connect/_async/client.py by scripts/unasync.py: edit that file, then run the script.
"""``Client``: the HTTP client, the retry loop around each request, and the resources."""

import time
from collections.abc import Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx

from .. import _retry
from .._base_client import BaseClient, check_http_arguments, httpx_errors_translated
from .._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from .._exceptions import APIConnectionError
from .._generated.types import Unset
from .._logging import log_attempt
from .._response import Parser, read_response
from .._types import RawResponse, TimeoutTypes

if TYPE_CHECKING:
    from .resources import Connections, Connectors

_T = TypeVar("_T")


class Client(BaseClient):
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
        check_http_arguments(http_client, transport)
        self._owns_http_client = http_client is None
        self._http_client = http_client or httpx.Client(transport=transport)

    # The resources import the generated operations, models and unions (and attrs) on first use, not with the
    # client, so that `from versori_connect import Client` costs little more than `import httpx`.
    @cached_property
    def connections(self) -> "Connections":
        """Connections link a connector to one account at a provider."""
        from .resources import Connections

        return Connections(self)

    @cached_property
    def connectors(self) -> "Connectors":
        """The organisation's connectors, with their auth scheme configs (``.auth_scheme_configs``)."""
        from .resources import Connectors

        return Connectors(self)

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
        replayable: bool = True,
    ) -> RawResponse[_T]:
        """Send an operation until its answer is final or the retries run out (the last error propagates); one
        that is not ``replayable`` is repeated only when the server cannot have acted on it (``_retry``)."""
        arguments = self._prepare(operation)
        timeout, max_retries = self._options(timeout, max_retries)
        attempt = 0
        while True:
            attempt += 1
            started = time.perf_counter()
            request = self._http_client.build_request(**arguments, timeout=timeout)
            try:
                with httpx_errors_translated(request):
                    response = self._http_client.send(request)
            except APIConnectionError as error:
                log_attempt(request, error, attempt, started)
                sent = not _retry.never_sent(error)
                if (delay := _retry.next_delay(attempt, max_retries, None, replayable=replayable, sent=sent)) is None:
                    raise
            else:
                log_attempt(request, response, attempt, started)
                if (delay := _retry.next_delay(attempt, max_retries, response, replayable=replayable)) is None:
                    return read_response(response, parse)
            _retry._sleep(delay)
