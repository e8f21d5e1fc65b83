"""What every API's client shares, sync or async: its configuration, and the request that an operation and a call's
options make; no I/O."""

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any, ClassVar

import httpx

from .api import APIDescriptor
from .exceptions import APIConnectionError, APITimeoutError, VersoriError
from .logs import setup_logging
from .options import NO_OPTIONS, FinalRequestOptions, NotGiven, check_max_retries
from .types import TimeoutTypes


class BaseClient:
    """Configuration and request preparation of every client; ``_api`` says which API it calls."""

    _api: ClassVar[APIDescriptor]

    def __init__(
        self,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: TimeoutTypes,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
    ) -> None:
        api = self._api
        api_key = api_key or os.environ.get(api.api_key_env)
        if not api_key:
            raise VersoriError(
                f"No API key for the {api.name}: pass api_key= or set the {api.api_key_env} environment variable "
                f"(and {api.base_url_env} to reach a server other than production, {api.default_base_url})."
            )
        check_max_retries(max_retries)
        self._api_key = api_key
        self.base_url = (base_url or os.environ.get(api.base_url_env) or api.default_base_url).rstrip("/")
        self.timeout = timeout
        self.max_retries = max_retries
        self.default_headers: Mapping[str, str] = dict(default_headers or {})
        self._headers = merged_headers(
            {"Authorization": f"Bearer {api_key}", "Accept": "application/json"}, self.default_headers
        )
        setup_logging()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def _prepare(
        self, operation: Mapping[str, Any], options: FinalRequestOptions
    ) -> tuple[dict[str, Any], TimeoutTypes, int]:
        """httpx arguments for an operation of the API with a call's options, and the call's timeout and retries:
        the URL made absolute, the client's headers under the operation's, the call's extras over both."""
        headers = merged_headers(self._headers, operation.get("headers", {}))
        arguments = {**operation, "url": self.base_url + operation["url"], "headers": headers}
        if options is NO_OPTIONS:
            return arguments, self.timeout, self.max_retries
        if options.extra_headers:
            arguments["headers"] = merged_headers(headers, options.extra_headers)
        if options.extra_query:
            arguments["params"] = {**operation.get("params", {}), **options.extra_query}
        if options.extra_body is not None:
            arguments["json"] = _merged_body(operation.get("json"), options.extra_body)
        timeout = self.timeout if isinstance(options.timeout, NotGiven) else options.timeout
        max_retries = self.max_retries if options.max_retries is None else options.max_retries
        return arguments, timeout, max_retries

    def _changed_arguments(
        self,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | None,
        default_headers: Mapping[str, str] | None,
        set_default_headers: Mapping[str, str] | None,
    ) -> dict[str, Any]:
        """The constructor's arguments for a client like this one with the given ones changed (``with_options``):
        ``default_headers`` are added to this client's, ``set_default_headers`` replace them."""
        if default_headers is not None and set_default_headers is not None:
            raise TypeError("Pass default_headers (added to the client's) or set_default_headers, not both.")
        if set_default_headers is not None:
            headers = set_default_headers
        else:
            headers = merged_headers(self.default_headers, default_headers or {})
        return {
            "api_key": api_key or self._api_key,
            "base_url": base_url or self.base_url,
            "timeout": self.timeout if isinstance(timeout, NotGiven) else timeout,
            "max_retries": self.max_retries if max_retries is None else max_retries,
            "default_headers": headers,
        }


def merged_headers(headers: Mapping[str, str], over: Mapping[str, str]) -> dict[str, str]:
    """``headers`` with those of ``over`` in their place: names compared without case, as HTTP does, and each
    written as the mapping that set it wrote it."""
    merged = dict(headers)
    for name, value in over.items():
        if name not in merged:
            lowered = name.lower()
            for same in [existing for existing in merged if existing.lower() == lowered]:
                del merged[same]
        merged[name] = value
    return merged


def _merged_body(body: object, extra_body: Mapping[str, object]) -> Mapping[str, object]:
    if body is None:
        return extra_body
    if not isinstance(body, Mapping):
        raise TypeError(f"extra_body is merged into a JSON object, but this operation's body is {type(body).__name__}")
    return {**body, **extra_body}


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
