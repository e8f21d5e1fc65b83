"""Checks httpx requests and responses against a contract (openapi.yaml unless told: platform-openapi.yaml for the
Platform API's client) with openapi-core.

openapi-core has no httpx integration, so the two small adapters below present an ``httpx.Request`` and an
``httpx.Response`` through its request and response protocols.
"""

import functools
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import httpx
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

from mock_server.core.yaml_text import load_yaml

from .paths import OPENAPI_PATH


@functools.cache
def contract(path: Path = OPENAPI_PATH) -> OpenAPI:
    """A contract of the project (the Connect API's unless told), loaded once per test session."""
    return OpenAPI.from_file_path(str(path))


@functools.cache
def contract_document(path: Path = OPENAPI_PATH) -> dict[str, Any]:
    """A contract (openapi.yaml unless told) as plain data, for tests that read its examples."""
    document: dict[str, Any] = load_yaml(path.read_text(encoding="utf-8"))
    return document


class HttpxOpenAPIRequest:
    """An ``httpx.Request`` as openapi-core's ``Request`` protocol."""

    def __init__(self, request: httpx.Request) -> None:
        self._request = request
        cookies: dict[str, str] = {}
        for part in request.headers.get("cookie", "").split(";"):
            name, _, value = part.strip().partition("=")
            if name:
                cookies[name] = value
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(parse_qs(request.url.query.decode("ascii"))),
            header=Headers(list(request.headers.multi_items())),
            cookie=ImmutableMultiDict(cookies),
        )

    @property
    def host_url(self) -> str:
        url = self._request.url
        return f"{url.scheme}://{url.netloc.decode('ascii')}"

    @property
    def path(self) -> str:
        return self._request.url.path

    @property
    def method(self) -> str:
        return self._request.method.lower()

    @property
    def body(self) -> bytes | None:
        return self._request.read() or None

    @property
    def content_type(self) -> str:
        return str(self._request.headers.get("content-type", "")).lower()


class HttpxOpenAPIResponse:
    """An ``httpx.Response`` as openapi-core's ``Response`` protocol."""

    def __init__(self, response: httpx.Response) -> None:
        self._response = response

    @property
    def status_code(self) -> int:
        return self._response.status_code

    @property
    def content_type(self) -> str:
        return str(self._response.headers.get("content-type", "")).lower()

    @property
    def headers(self) -> Headers:
        return Headers(list(self._response.headers.multi_items()))

    @property
    def data(self) -> bytes | None:
        return self._response.read() or None


def assert_request_conforms(request: httpx.Request, path: Path = OPENAPI_PATH) -> None:
    """Raise openapi-core's validation error when ``request`` breaks the contract at ``path``."""
    contract(path).validate_request(HttpxOpenAPIRequest(request))


def assert_response_conforms(request: httpx.Request, response: httpx.Response, path: Path = OPENAPI_PATH) -> None:
    """Raise openapi-core's validation error when ``response`` breaks the contract at ``path`` for ``request``."""
    contract(path).validate_response(HttpxOpenAPIRequest(request), HttpxOpenAPIResponse(response))
