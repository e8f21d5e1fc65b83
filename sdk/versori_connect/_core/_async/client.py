"""``AsyncAPIClient``: the HTTP client, the retry loop around each request, and clients derived with other defaults.

Each API's async client is a subclass naming its ``_api`` descriptor and its resources.
"""

import time
from collections.abc import Mapping
from types import TracebackType
from typing import Any, Self, TypeVar

import httpx

from .. import retry
from ..base_client import BaseClient, check_http_arguments, httpx_errors_translated
from ..constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ..exceptions import APIConnectionError
from ..logs import log_attempt
from ..options import NOT_GIVEN, FinalRequestOptions, NotGiven
from ..response import Parser, read_response
from ..types import RawResponse, TimeoutTypes

_T = TypeVar("_T")


class AsyncAPIClient(BaseClient):
    """An API's client, with ``await`` on each call.

    ``api_key`` (an API key or a JWT) and ``base_url`` default to the API's environment variables, then
    production. ``default_headers`` are sent with every call. Pass ``http_client`` (which stays yours to close) or
    ``transport`` to control the HTTP layer.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        check_http_arguments(http_client, transport)
        self._owns_http_client = http_client is None
        self._http_client = http_client or httpx.AsyncClient(transport=transport)

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        set_default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> Self:
        """A new client with the given defaults changed and the others as this one's; this client is unchanged.

        ``default_headers`` are added to this client's (``set_default_headers`` replace them). The new client
        sends through this client's HTTP connection pool unless given ``http_client``; the pool stays this
        client's: closing the new client leaves it open, closing this one closes it for both."""
        arguments = self._changed_arguments(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            set_default_headers=set_default_headers,
        )
        return type(self)(**arguments, http_client=http_client or self._http_client)

    copy = with_options

    async def aclose(self) -> None:
        """Close the HTTP connections, unless the ``http_client`` was passed in (or shared by ``with_options``)."""
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
        options: FinalRequestOptions,
        *,
        replayable: bool = True,
    ) -> RawResponse[_T]:
        """Send an operation until its answer is final or the retries run out (the last error propagates); one
        that is not ``replayable`` is repeated only when the server cannot have acted on it (``retry``)."""
        arguments, timeout, max_retries = self._prepare(operation, options)
        attempt = 0
        while True:
            attempt += 1
            started = time.perf_counter()
            request = self._http_client.build_request(**arguments, timeout=timeout)
            try:
                with httpx_errors_translated(request):
                    response = await self._http_client.send(request)
            except APIConnectionError as error:
                log_attempt(request, error, attempt, started)
                sent = not retry.never_sent(error)
                if (delay := retry.next_delay(attempt, max_retries, None, replayable=replayable, sent=sent)) is None:
                    raise
            else:
                log_attempt(request, response, attempt, started)
                if (delay := retry.next_delay(attempt, max_retries, response, replayable=replayable)) is None:
                    return read_response(response, parse, self._api.parse_error, retries_taken=attempt - 1)
            await retry._async_sleep(delay)
