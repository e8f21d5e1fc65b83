"""mock_server.core.errors: the one catalogue of the server's errors, and the answers built from it."""

import ast
import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from uvicorn.server import ServerState

from mock_server.app import create_app
from mock_server.core import errors
from mock_server.core.errors import ApiError, FieldError, error_response
from mock_server.http.protocol import HttpLimits, LimitedConfig, LimitedHttpProtocol
from mock_server.settings import Settings
from tests.support.asgi import app_client

SERVER = Path(__file__).resolve().parents[2] / "mock_server"


def test_only_the_catalogue_builds_an_api_error() -> None:
    builders = []
    for path in sorted(SERVER.glob("*.py")):
        if path.name == "errors.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "ApiError":
                builders.append(f"{path.name}:{node.lineno}")

    assert builders == []


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
        (errors.not_valid_http(), 400, "invalid_request"),
        (errors.headers_too_large(), 431, "headers_too_large"),
        (errors.headers_too_large(16384), 431, "headers_too_large"),
        (errors.header_timeout(), 408, "request_timeout"),
        (errors.too_many_connections(), 503, "service_unavailable"),
        (errors.not_found(), 404, "not_found"),
        (errors.method_not_allowed({"Allow": "POST"}), 405, "method_not_allowed"),
        (errors.internal_error("r1"), 500, "internal_error"),
        (errors.unauthorized("No.", 'Bearer realm="versori"'), 401, "unauthorized"),
        (errors.off_contract("body", []), 400, "invalid_request"),
        (errors.unsupported_media_type(), 415, "unsupported_media_type"),
        (errors.request_timeout(), 408, "request_timeout"),
        (errors.payload_too_large(65536), 413, "payload_too_large"),
        (errors.invalid_json("Expecting value"), 400, "invalid_json"),
        (errors.forbidden("o1"), 403, "forbidden"),
        (errors.connector_not_found("o1", "c1"), 404, "connector_not_found"),
        (errors.credential_for_another_organisation(), 403, "credential_organisation_mismatch"),
        (errors.credential_owned_elsewhere("k1"), 403, "credential_organisation_mismatch"),
        (errors.credential_not_found("k1"), 404, "credential_not_found"),
        (errors.client_id_mismatch("k1"), 400, "client_id_mismatch"),
        (errors.invalid_state("credentials.action[0].credential.data.state"), 400, "invalid_state"),
        (errors.name_taken(), 409, "conflict"),
        (errors.connection_not_found("c1", "n1"), 404, "connection_not_found"),
        (errors.unknown_cursor("after"), 400, "invalid_request"),
        (errors.both_cursors(), 400, "invalid_request"),
        (errors.id_mismatch("connection_id"), 400, "id_mismatch"),
        (errors.scheme_type_change("schemeType", "oauth2"), 400, "scheme_type_change"),
        (
            errors.credential_type_mismatch("credentials.action[0].credential.type", "string", "none"),
            400,
            "credential_type_mismatch",
        ),
        (errors.not_a_credential_of_the_connection("credentials.action[0].id", "k1"), 400, "invalid_request"),
        (errors.connection_in_use("n1"), 412, "connection_in_use"),
        (errors.auth_scheme_config_not_found("c1", "a1"), 404, "auth_scheme_config_not_found"),
        (errors.provider_unreachable(), 502, "provider_unavailable"),
        (errors.provider_failed(500), 502, "provider_unavailable"),
        (errors.code_exchange_failed("invalid_grant"), 400, "code_exchange_failed"),
    ],
)
def test_each_constructor_gives_its_status_and_stable_code(error: ApiError, status: int, code: str) -> None:
    assert (error.status, error.code) == (status, code)
    assert error.message


def test_the_messages_that_carry_a_value_name_it() -> None:
    assert errors.forbidden("01M630NCG4ZDDRK8JJJ5EVRJSK").message == (
        "These credentials may not act for organisation 01M630NCG4ZDDRK8JJJ5EVRJSK."
    )
    assert errors.payload_too_large(65536).message == "The request body is larger than 65536 bytes."
    assert errors.headers_too_large(16384).message == "The request headers are larger than 16384 bytes."
    assert errors.internal_error("abc").details == "Request id: abc"


def test_fields_name_the_culprit() -> None:
    assert errors.client_id_mismatch("k1").fields == [
        FieldError("clientId", "Does not match the credential's client id.")
    ]
    assert errors.credential_not_found("k1").fields == [FieldError("credential.id", "No such credential.")]
    assert errors.credential_not_found("k1", field=None).fields == []
    assert errors.rule_broken("duplicate_parameter", "Twice.", "additionalParams").body() == {
        "code": "duplicate_parameter",
        "message": "Twice.",
        "fields": [{"field": "additionalParams", "message": "Twice."}],
    }


def test_a_chosen_error_is_the_example_with_retry_after_for_429_and_503() -> None:
    example = {"code": "rate_limited", "message": "Slow down.", "fields": [{"field": "x", "message": "y"}]}

    chosen = errors.chosen(429, example)

    assert (chosen.status, chosen.code, chosen.headers) == (429, "rate_limited", {"Retry-After": "1"})
    assert chosen.fields == [FieldError("x", "y")]
    assert errors.chosen(404, {"code": "not_found", "message": "No."}).headers == {}


def test_the_response_is_the_error_json_with_the_errors_headers() -> None:
    response = error_response(errors.unauthorized("No credentials.", 'Bearer realm="versori"'))

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
