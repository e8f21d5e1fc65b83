"""The server's errors as types (mock_server.core.errors and each layer's own), and the one place they become the
contract's Error JSON (mock_server.http.replies)."""

import asyncio
import importlib
import inspect
import json
import pkgutil
from typing import Any

import pytest
from uvicorn.server import ServerState

import mock_server
from mock_server import stores
from mock_server.api.connect.errors import (
    AuthSchemeConfigNotFoundError,
    ConnectionInUseError,
    ConnectionNotFoundError,
    ConnectorNotFoundError,
    NotACredentialOfTheConnectionError,
)
from mock_server.api.errors import (
    BothCursorsError,
    CredentialTypeMismatchError,
    IdMismatchError,
    OrganisationForbiddenError,
    SchemeTypeChangeError,
    UnknownCursorError,
)
from mock_server.api.preferences import chosen_error
from mock_server.app import create_app
from mock_server.contract.compiled import OffContractError
from mock_server.core.errors import FieldError, InternalError, InvalidRequestError, ServiceError, UnauthorizedError
from mock_server.http.errors import (
    BodyTimeoutError,
    HeadersTooLargeError,
    HeaderTimeoutError,
    InvalidJsonError,
    MethodNotAllowedError,
    NothingHereError,
    NotHttpError,
    PayloadTooLargeError,
    TooManyConnectionsError,
    UnsupportedMediaTypeError,
)
from mock_server.http.protocol import HttpLimits, LimitedConfig, LimitedHttpProtocol
from mock_server.http.replies import StatusError, error_headers, error_reply, status_of
from mock_server.oauth.authorize_url import RuleViolation
from mock_server.oauth.errors import (
    ClientIdMismatchError,
    CodeExchangeFailedError,
    CredentialNamedForAnotherOrganisationError,
    CredentialNotFoundError,
    CredentialOwnedElsewhereError,
    InvalidStateError,
    ProviderFailedError,
    ProviderUnreachableError,
)
from mock_server.settings import Settings
from mock_server.stores.base import NameTakenError, StoreUnavailableError
from tests.support.asgi import app_client


def _every_error_class() -> list[type[ServiceError]]:
    for module in pkgutil.walk_packages(mock_server.__path__, "mock_server."):
        importlib.import_module(module.name)
    found: list[type[ServiceError]] = []
    pending = [ServiceError]
    while pending:
        cls = pending.pop()
        found.append(cls)
        pending.extend(cls.__subclasses__())
    return [cls for cls in found if cls.__module__.startswith("mock_server.")]


def test_each_code_is_written_once_on_one_class() -> None:
    owners: dict[str, list[str]] = {}
    for cls in _every_error_class():
        if "code" in vars(cls):
            owners.setdefault(vars(cls)["code"], []).append(cls.__qualname__)

    assert {code: names for code, names in owners.items() if len(names) > 1} == {}


def test_every_error_class_answers_with_a_status_of_the_table() -> None:
    # ServiceError itself and StatusError (whose status is its own) aside, every class is of a kind the one table
    # maps: a 400 only for invalid requests.
    statuses = {
        cls.__qualname__: status_of(cls.__new__(cls))
        for cls in _every_error_class()
        if cls not in (ServiceError, StatusError)
    }

    assert all(400 <= status <= 599 for status in statuses.values())
    assert {name for name, status in statuses.items() if status == 400} == {
        cls.__qualname__
        for cls in _every_error_class()
        if cls.__qualname__ in statuses and issubclass(cls, InvalidRequestError)
    }


def test_no_store_knows_of_http() -> None:
    modules = [module.name for module in pkgutil.walk_packages(stores.__path__, "mock_server.stores.")]
    sources = {name: inspect.getsource(importlib.import_module(name)) for name in modules}

    assert {name for name, source in sources.items() if "starlette" in source or ".http" in source} == set()


class _Transport(asyncio.Transport):
    """Collects what the protocol writes."""

    def __init__(self) -> None:
        super().__init__()
        self.written = bytearray()
        self.closed = False

    def write(self, data: bytes | bytearray | memoryview) -> None:
        self.written += data

    def close(self) -> None:
        self.closed = True

    def is_closing(self) -> bool:
        return self.closed

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return ("127.0.0.1", 8000) if name in ("sockname", "peername") else default


@pytest.mark.parametrize(
    ("request_bytes", "status", "body"),
    [
        (
            b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: many\r\n\r\n",
            400,
            {"code": "invalid_request", "message": "The request is not valid HTTP/1.1."},
        ),
        (
            b"GET / HTTP/1.1\r\nHost: x\r\nX-Padding: " + b"x" * 4096 + b"\r\n\r\n",
            431,
            {"code": "headers_too_large", "message": "The request headers are larger than 1024 bytes."},
        ),
    ],
)
@pytest.mark.asyncio
async def test_requests_that_are_not_http_get_the_catalogues_error_json(
    request_bytes: bytes, status: int, body: dict[str, str]
) -> None:
    config = LimitedConfig(create_app(Settings(database=":memory:")), limits=HttpLimits(max_header_bytes=1024))
    config.load()
    protocol = LimitedHttpProtocol(config=config, server_state=ServerState(), app_state={})
    transport = _Transport()
    protocol.connection_made(transport)

    protocol.data_received(request_bytes)

    head, _, sent = bytes(transport.written).partition(b"\r\n\r\n")
    assert head.startswith(f"HTTP/1.1 {status} ".encode())
    assert b"content-type: application/json" in head
    assert json.loads(sent) == body
    assert transport.closed


@pytest.mark.parametrize(
    ("error", "status", "code"),
    [
        (NotHttpError(), 400, "invalid_request"),
        (HeadersTooLargeError(), 431, "headers_too_large"),
        (HeadersTooLargeError(16384), 431, "headers_too_large"),
        (HeaderTimeoutError(), 408, "request_timeout"),
        (TooManyConnectionsError(), 503, "service_unavailable"),
        (NothingHereError(), 404, "not_found"),
        (MethodNotAllowedError("POST"), 405, "method_not_allowed"),
        (InternalError("r1"), 500, "internal_error"),
        (UnauthorizedError("No.", 'Bearer realm="versori"'), 401, "unauthorized"),
        (OffContractError("body", []), 400, "invalid_request"),
        (UnsupportedMediaTypeError(), 415, "unsupported_media_type"),
        (BodyTimeoutError(), 408, "request_timeout"),
        (PayloadTooLargeError(65536), 413, "payload_too_large"),
        (InvalidJsonError("Expecting value"), 400, "invalid_json"),
        (OrganisationForbiddenError("o1"), 403, "forbidden"),
        (ConnectorNotFoundError("o1", "c1"), 404, "connector_not_found"),
        (CredentialNamedForAnotherOrganisationError(), 403, "credential_organisation_mismatch"),
        (CredentialOwnedElsewhereError("k1"), 403, "credential_organisation_mismatch"),
        (CredentialNotFoundError("k1"), 404, "credential_not_found"),
        (ClientIdMismatchError("k1"), 400, "client_id_mismatch"),
        (InvalidStateError("credentials.action[0].credential.data.state"), 400, "invalid_state"),
        (NameTakenError(), 409, "conflict"),
        (ConnectionNotFoundError("c1", "n1"), 404, "connection_not_found"),
        (UnknownCursorError("after"), 400, "invalid_request"),
        (BothCursorsError(), 400, "invalid_request"),
        (IdMismatchError("connection_id"), 400, "id_mismatch"),
        (SchemeTypeChangeError("schemeType", "oauth2"), 400, "scheme_type_change"),
        (
            CredentialTypeMismatchError("credentials.action[0].credential.type", "string", "none"),
            400,
            "credential_type_mismatch",
        ),
        (NotACredentialOfTheConnectionError("credentials.action[0].id", "k1"), 400, "invalid_request"),
        (ConnectionInUseError("n1"), 412, "connection_in_use"),
        (AuthSchemeConfigNotFoundError("c1", "a1"), 404, "auth_scheme_config_not_found"),
        (ProviderUnreachableError(), 502, "provider_unavailable"),
        (ProviderFailedError(500), 502, "provider_unavailable"),
        (CodeExchangeFailedError("invalid_grant"), 400, "code_exchange_failed"),
        (StoreUnavailableError(), 503, "store_unavailable"),
    ],
)
def test_each_error_gives_its_status_and_stable_code(error: ServiceError, status: int, code: str) -> None:
    assert (status_of(error), error.code) == (status, code)
    assert error.message


def test_the_messages_that_carry_a_value_name_it() -> None:
    assert OrganisationForbiddenError("01M630NCG4ZDDRK8JJJ5EVRJSK").message == (
        "These credentials may not act for organisation 01M630NCG4ZDDRK8JJJ5EVRJSK."
    )
    assert PayloadTooLargeError(65536).message == "The request body is larger than 65536 bytes."
    assert HeadersTooLargeError(16384).message == "The request headers are larger than 16384 bytes."
    assert InternalError("abc").details == "Request id: abc"


def test_fields_name_the_culprit() -> None:
    assert ClientIdMismatchError("k1").fields == [FieldError("clientId", "Does not match the credential's client id.")]
    assert CredentialNotFoundError("k1").fields == [FieldError("credential.id", "No such credential.")]
    assert CredentialNotFoundError("k1", field=None).fields == []
    assert RuleViolation("duplicate_parameter", "Twice.", "additionalParams").body() == {
        "code": "duplicate_parameter",
        "message": "Twice.",
        "fields": [{"field": "additionalParams", "message": "Twice."}],
    }


def test_a_chosen_error_is_the_example_with_retry_after_for_429_and_503() -> None:
    example = {"code": "rate_limited", "message": "Slow down.", "fields": [{"field": "x", "message": "y"}]}

    chosen = chosen_error(429, example)

    assert (status_of(chosen), chosen.code, error_headers(chosen)) == (429, "rate_limited", {"Retry-After": "1"})
    assert chosen.fields == [FieldError("x", "y")]
    assert error_headers(chosen_error(404, {"code": "not_found", "message": "No."})) == {}


def test_the_headers_come_from_what_the_error_says() -> None:
    assert error_headers(StoreUnavailableError()) == {"Retry-After": "1"}
    assert error_headers(MethodNotAllowedError("GET, HEAD")) == {"Allow": "GET, HEAD"}
    assert error_headers(InternalError("r1")) == {"X-Request-Id": "r1"}


def test_the_response_is_the_error_json_with_the_errors_headers() -> None:
    response = error_reply(UnauthorizedError("No credentials.", 'Bearer realm="versori"'))

    assert response.status_code == 401
    assert response.headers["www-authenticate"] == 'Bearer realm="versori"'
    assert response.headers["content-type"] == "application/json"
    assert json.loads(bytes(response.body)) == {"code": "unauthorized", "message": "No credentials."}


@pytest.mark.asyncio
async def test_routing_errors_come_from_the_catalogue() -> None:
    async with app_client(create_app(Settings(database=":memory:"))) as client:
        missing = await client.get("/nothing/here")
        wrong_method = await client.delete("/healthz")

    assert missing.status_code == 404
    assert missing.json() == {"code": "not_found", "message": "There is nothing at this path."}
    assert wrong_method.status_code == 405
    assert wrong_method.json()["code"] == "method_not_allowed"
    assert set(wrong_method.headers["allow"].split(", ")) == {"GET", "HEAD"}
