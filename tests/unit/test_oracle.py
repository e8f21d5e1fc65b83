"""The contract tests' oracle (tests/support/oracle.py): the first documented rule a request breaks, in the
server's order, read from a small contract of its own; and how an answer is held to what was expected."""

import json
from typing import Any

import pytest

from tests.support.oracle import MAX_BODY_BYTES, ContractShape, Expected, SentRequest

CONTRACT: dict[str, Any] = {
    "openapi": "3.1.0",
    "paths": {
        "/things/{thing_id}": {
            "parameters": [{"$ref": "#/components/parameters/ThingId"}],
            "get": {
                "operationId": "get_thing",
                "parameters": [
                    {"name": "Prefer", "in": "header", "schema": {"type": "string", "maxLength": 4}},
                    {"name": "first", "in": "query", "schema": {"type": "integer", "minimum": 1}},
                    {"name": "force", "in": "query", "schema": {"type": "boolean"}},
                ],
                "responses": {"200": {"description": "The thing."}, "404": {"description": "None."}},
            },
            "put": {
                "operationId": "put_thing",
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                "responses": {"204": {"description": "Stored."}},
            },
        }
    },
    "components": {
        "parameters": {
            "ThingId": {"name": "thing_id", "in": "path", "required": True, "schema": {"pattern": "^[a-z]+$"}}
        },
        "schemas": {
            "Thing": {
                "type": "object",
                "additionalProperties": False,
                "required": ["name"],
                "properties": {"name": {"type": "string", "format": "uri"}, "count": {"type": "integer"}},
            }
        },
    },
}
SHAPE = ContractShape(CONTRACT)
JSON = {"content-type": "application/json"}


def sent(
    method: str, path: str, query: str = "", headers: dict[str, str] | None = None, body: bytes = b""
) -> SentRequest:
    return SentRequest(method, path, query, headers or {}, body)


def put(body: bytes, content_type: str = "application/json") -> SentRequest:
    return sent("PUT", "/things/abc", headers={"content-type": content_type}, body=body)


def outcome(request: SentRequest) -> tuple[int, str | None, frozenset[str]] | None:
    refusal = SHAPE.refusal(request)
    return None if refusal is None else (refusal.status, refusal.code, refusal.blamed)


def test_a_request_that_breaks_no_rule_is_not_refused() -> None:
    assert outcome(sent("GET", "/things/abc", "first=2&force=true", {"prefer": "x"})) is None
    assert outcome(put(b'{"name": "not a URI at all", "count": 3}')) is None


def test_the_route_comes_first_no_path_404_a_method_it_does_not_take_405_a_slash_too_many_307() -> None:
    assert outcome(sent("GET", "/nothing/abc", "first=x")) == (404, "not_found", frozenset())
    assert outcome(sent("DELETE", "/things/abc", "first=x")) == (405, "method_not_allowed", frozenset())
    assert outcome(sent("GET", "/things/abc/")) == (307, None, frozenset())
    assert outcome(sent("GET", "/things//")) == (404, "not_found", frozenset())


def test_head_is_answered_as_get() -> None:
    assert outcome(sent("HEAD", "/things/abc", "first=0")) == (400, "invalid_request", frozenset({"first"}))


def test_the_headers_come_before_the_path_and_the_path_before_the_query() -> None:
    assert outcome(sent("GET", "/things/ABC", "first=0", {"prefer": "too long"})) == (
        400,
        "invalid_request",
        frozenset({"Prefer"}),
    )
    assert outcome(sent("GET", "/things/ABC", "first=0")) == (400, "invalid_request", frozenset({"thing_id"}))


def test_a_pattern_ends_at_the_end_of_the_string_as_ecma_262_reads_it() -> None:
    assert outcome(sent("GET", "/things/abc\n")) == (400, "invalid_request", frozenset({"thing_id"}))


@pytest.mark.parametrize(
    ("query", "blamed"),
    [
        ("first=0", {"first"}),
        ("first=%C2%B2", {"first"}),  # ², a digit to str.isdigit, no integer to OpenAPI
        ("first=%2B5", {"first"}),
        ("first=5&first=x", {"first"}),  # the last value counts
        ("force=True", {"force"}),
        ("other=1", {"other"}),
        ("=1", {"query"}),
        ("first=x&other=1", {"first", "other"}),
    ],
)
def test_a_query_parameter_off_the_contract_or_unknown_is_refused(query: str, blamed: set[str]) -> None:
    assert outcome(sent("GET", "/things/abc", query)) == (400, "invalid_request", frozenset(blamed))


def test_a_query_parameter_is_read_as_its_type_and_the_last_value_counts() -> None:
    assert outcome(sent("GET", "/things/abc", "first=x&first=05&force=false")) is None


@pytest.mark.parametrize(
    "content_type", ["", "text/plain", "application/json; charset=latin-1", "application/json; foo=bar"]
)
def test_a_body_not_json_in_utf8_is_415_before_anything_else(content_type: str) -> None:
    assert outcome(put(b"x" * (MAX_BODY_BYTES + 1), content_type)) == (415, "unsupported_media_type", frozenset())


def test_json_in_utf8_may_say_its_charset() -> None:
    assert outcome(put(b'{"name": "a"}', 'application/json; charset="UTF-8"')) is None


def test_a_body_over_64_kib_is_413_before_it_is_read() -> None:
    name = "a" * MAX_BODY_BYTES
    assert outcome(put(json.dumps({"name": name}).encode())) == (413, "payload_too_large", frozenset())
    declared = sent("PUT", "/things/abc", headers={**JSON, "content-length": str(MAX_BODY_BYTES + 1)}, body=b"{}")
    assert outcome(declared) == (413, "payload_too_large", frozenset())


@pytest.mark.parametrize("body", [b"", b"{", b'{"name": "a", "name": "b"}', b'{"name": "a", "count": NaN}', b"\xff"])
def test_a_body_that_is_not_strict_json_is_invalid_json(body: bytes) -> None:
    assert outcome(put(body)) == (400, "invalid_json", frozenset())


@pytest.mark.parametrize("body", [{}, {"name": 1}, {"name": "a", "other": 1}, {"name": "a", "count": 1.5}])
def test_a_body_off_the_schema_is_invalid_request(body: dict[str, Any]) -> None:
    assert outcome(put(json.dumps(body).encode())) == (400, "invalid_request", frozenset())


def test_the_fingerprint_ignores_what_no_rule_reads() -> None:
    one = sent("GET", "/things/abc", headers={"user-agent": "a", "x-schemathesis-testcaseid": "1", "prefer": "x"})
    other = sent("GET", "/things/abc", headers={"user-agent": "b", "x-schemathesis-testcaseid": "2", "prefer": "x"})
    third = sent("GET", "/things/abc", headers={"prefer": "y"})

    assert one.fingerprint() == other.fingerprint() != third.fingerprint()


def test_an_answer_must_have_the_status_code_and_field_expected() -> None:
    expected = Expected(400, "conflicting_parameter", "additionalParams")
    body = {"code": "conflicting_parameter", "fields": [{"field": "additionalParams"}]}

    assert expected.mismatches(400, body) == []
    assert expected.mismatches(200, {})[0] == "answered 200 None, expected 400 conflicting_parameter"
    assert expected.mismatches(400, {**body, "code": "invalid_request"}) != []
    assert expected.mismatches(400, {**body, "fields": [{"field": "prompt"}]}) != []
    assert Expected(204).mismatches(204, None) == []


def test_a_refused_parameter_must_be_the_only_one_named() -> None:
    expected = Expected(400, "invalid_request", blamed=frozenset({"first", "a" * 70}))

    assert expected.mismatches(400, {"code": "invalid_request", "fields": [{"field": "first"}]}) == []
    assert expected.mismatches(400, {"code": "invalid_request", "fields": [{"field": "a" * 64 + "…"}]}) == []
    assert expected.mismatches(400, {"code": "invalid_request", "fields": [{"field": "force"}]}) != []
    assert expected.mismatches(400, {"code": "invalid_request"}) != []
