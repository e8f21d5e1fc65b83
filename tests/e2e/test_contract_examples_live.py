"""Every example of openapi.yaml and of platform-openapi.yaml sent to a running server (docs/server.md: "every
example of openapi.yaml works against the server", and the Platform API's at /api/v2), which checks its own answers
against the contracts (--validate-responses).

Each request example is sent with the path and query examples of its operation. The initialise examples get
the contract's 200 examples back, the server's own state, redirect_uri and PKCE parameters aside. The create
and get examples name a state and a connection that only a real OAuth loop makes (tests/e2e/test_oauth_loop.py
runs it), so on a fresh server they get the rule's answer for those, never a refusal for their shape.
"""

import functools
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

from mock_server.core.yaml_text import load_yaml
from tests.support.oauth_loop import AUTH
from tests.support.operations import Operation, call, secured_operations
from tests.support.paths import PLATFORM_OPENAPI_PATH
from tests.support.server import LiveServer, live_server

pytestmark = pytest.mark.e2e

# What a fresh server answers each operation's examples: a status, and the Error code when it is not 2xx; an
# "operation-example" key for an example whose answer differs from its operation's.
ANSWERS: dict[str, tuple[int, str | None]] = {
    "initialise_oauth2_connection": (200, None),
    # The examples give both cursors, after and before, which the list refuses together.
    "list_connector_connections": (400, "invalid_request"),
    "create_connector_connection": (400, "invalid_state"),
    # An API key needs no loop: the connection is made.
    "create_connector_connection-api_key": (200, None),
    "get_connection": (404, "connection_not_found"),
    "update_connection": (404, "connection_not_found"),
    "delete_connection": (404, "connection_not_found"),
    "list_connectors": (400, "invalid_request"),
    "get_connector": (200, None),
    # Replaces the built-in provider's config of the example id (same schemeType).
    "upsert_auth_scheme_config": (200, None),
    # The body's id is not the path's example id.
    "upsert_auth_scheme_config-hmac": (400, "id_mismatch"),
    "delete_auth_scheme_config": (200, None),
}
# The Platform API's examples on a fresh server, in the contract's order (its deletes come after the reads and
# writes of the same items, as above).
PLATFORM_ANSWERS: dict[str, tuple[int, str | None]] = {
    "list_systems": (400, "invalid_request"),  # both cursors
    "create_system": (201, None),
    "get_system": (200, None),
    "update_system": (201, None),
    # Two templates of the project link the Google Calendar system.
    "delete_system": (409, "conflict"),
    "upsert_auth_scheme_config": (201, None),
    "upsert_auth_scheme_config-hmac": (400, "id_mismatch"),
    "upsert_auth_scheme_config-oauth1": (400, "id_mismatch"),
    # The path's id is the system's oauth2 config.
    "upsert_auth_scheme_config-jwt_bearer": (400, "scheme_type_change"),
    "delete_auth_scheme_config": (204, None),
    "initialise_oauth2_connection": (200, None),
    # The path's example system (Google Calendar) has no oauth1 config naming the seed's consumer credential.
    "initialise_oauth1_connection": (400, "invalid_request"),
    "list_connections": (400, "invalid_request"),
    "create_connection": (201, None),
    # Its state comes only from a real loop (tests/e2e/test_platform_live.py runs one).
    "create_connection-oauth2_code": (400, "invalid_state"),
    "get_connection": (200, None),
    "update_connection": (200, None),
    # Ada's calendar is dynamic and Ada still exists.
    "delete_connection": (412, "connection_in_use"),
    "create_connection_template": (200, None),
    "list_project_connection_templates": (200, None),
    # delete_auth_scheme_config's example removed the one config it names from the system just before.
    "update_connection_template": (400, "invalid_request"),
    "delete_connection_template": (204, None),
    "create_end_user": (201, None),
    "list_end_users": (200, None),
    "get_end_user": (200, None),
    "delete_end_user": (204, None),
}
# Chosen by the server for each call, so they cannot equal the example's.
PER_CALL = {"state", "redirect_uri", "code_challenge", "code_challenge_method"}


@pytest.fixture(scope="module")
def server() -> Iterator[LiveServer]:
    with live_server("--validate-responses", env={"VERSORI_MOCK_DATABASE": ":memory:"}) as running:
        yield running


def _examples() -> list[Any]:
    return [
        pytest.param(operation, name, body, id=f"{operation.operation_id}-{name}")
        for operation in secured_operations()
        for name, body in (operation.body_examples or {"no-body": None}).items()
    ]


@pytest.mark.parametrize(("operation", "name", "body"), _examples())
def test_every_example_gets_its_documented_answer(
    server: LiveServer, operation: Operation, name: str, body: Any
) -> None:
    assert operation.operation_id in ANSWERS, f"say what {operation.operation_id} answers its examples"
    status, code = ANSWERS.get(f"{operation.operation_id}-{name}", ANSWERS[operation.operation_id])

    response = call(operation, server.url, AUTH, body=body, params=operation.query_examples)

    assert response.status_code == status, response.text
    if code is not None:
        assert response.json()["code"] == code, response.text


@functools.cache
def _platform_operations() -> list[Operation]:
    document = load_yaml(PLATFORM_OPENAPI_PATH.read_text(encoding="utf-8"))
    return secured_operations(document, "/api/v2")


def _platform_examples() -> list[Any]:
    return [
        pytest.param(operation, name, body, id=f"platform-{operation.operation_id}-{name}")
        for operation in _platform_operations()
        for name, body in (operation.body_examples or {"no-body": None}).items()
    ]


@pytest.mark.parametrize(("operation", "name", "body"), _platform_examples())
def test_every_platform_example_gets_its_documented_answer(
    server: LiveServer, operation: Operation, name: str, body: Any
) -> None:
    assert operation.operation_id in PLATFORM_ANSWERS, f"say what {operation.operation_id} answers its examples"
    key = f"{operation.operation_id}-{name}"
    status, code = PLATFORM_ANSWERS.get(key, PLATFORM_ANSWERS[operation.operation_id])

    response = call(operation, server.url, AUTH, body=body, params=operation.query_examples)

    assert response.status_code == status, response.text
    if code is not None:
        assert response.json()["code"] == code, response.text


@pytest.mark.parametrize("name", ["google", "minimal"])
def test_each_initialise_example_gets_its_200_example(server: LiveServer, name: str) -> None:
    operation = next(op for op in secured_operations() if op.operation_id == "initialise_oauth2_connection")
    example = operation.response_examples("200")[name]

    response = call(operation, server.url, AUTH, body=operation.body_examples[name])

    got, expected = urlsplit(response.json()["url"]), urlsplit(example["url"])
    got_query, expected_query = parse_qsl(got.query), parse_qsl(expected.query)
    assert got._replace(query="") == expected._replace(query="")
    assert [pair for pair in got_query if pair[0] not in PER_CALL] == [
        pair for pair in expected_query if pair[0] not in PER_CALL
    ]
    assert dict(got_query)["redirect_uri"] == f"{server.url}/oauth2/callback"
