"""Malformed and hostile requests over a real socket: each gets its documented 4xx ``Error`` within a bounded
time, and the server answers a valid request right after.

Every case goes out through ``tests.support.raw_http``, byte for byte as written here, so that bodies shorter
than their declared length, slow bodies, hand-made chunks and oversized headers reach the server as an attacker
would send them.
"""

import json
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import quote, urlsplit

import httpx
import pytest

from tests.support.examples import CONNECTOR_ID, ORGANISATION_ID
from tests.support.oauth_loop import connection_body, query_of
from tests.support.raw_http import RawRequest, RawResponse, exchange
from tests.support.server import DEV_API_KEY, SEEDED_CLIENT_ID, SEEDED_CREDENTIAL_ID, LiveServer, live_server
from tests.support.tokens import AUDIENCE, HS256_SECRET, ISSUER

pytestmark = pytest.mark.e2e

ENV = {
    "VERSORI_MOCK_DATABASE": ":memory:",
    "VERSORI_MOCK_VALIDATE_RESPONSES": "true",
    "VERSORI_MOCK_JWT_ISSUER": ISSUER,
    "VERSORI_MOCK_JWT_AUDIENCE": AUDIENCE,
    "VERSORI_MOCK_JWT_HS256_SECRET": HS256_SECRET,
    "VERSORI_MOCK_BODY_READ_TIMEOUT_SECONDS": "1",
}
CONNECTOR = f"/o/{ORGANISATION_ID}/connectors/{CONNECTOR_ID}"
INITIALISE = f"{CONNECTOR}/oauth2/initialise"
CONNECTIONS = f"{CONNECTOR}/connections"
CONNECTION_ID = "01M6FG5GT9A8PYJVBGZW4RBR2P"
AUTH = ("Authorization", f"Bearer {DEV_API_KEY}")
JSON = ("Content-Type", "application/json")
# Every answer must come within this many seconds: a bound, not a benchmark.
BOUND = 5.0
# The limits of the contract (PayloadTooLarge) and of the server (431 for headers over 16 KiB).
BODY_LIMIT = 64 * 1024
HEADER_LIMIT = 16 * 1024
# Stands for a state fresh from initialise, put in as the case is sent: a connection body needs a real state,
# so that the one fault in it is the one the case is about.
FRESH_STATE = "@FRESH_STATE@"
# Lookalikes: Cyrillic capital O (U+041E) for the digit 0, fullwidth digits (U+FF10, U+FF11) for 0 and 1,
# Cyrillic small es (U+0441) and a (U+0430) for the Latin c and a.
CYRILLIC_O = "\u041e"
FULLWIDTH_01 = "\uff10\uff11"

VALID: dict[str, Any] = {
    "credential": {"id": SEEDED_CREDENTIAL_ID, "organisationId": ORGANISATION_ID},
    "authorizeUrl": "https://as.example.org/authorize",
    "clientId": SEEDED_CLIENT_ID,
}
VALID_BODY = json.dumps(VALID).encode()


@dataclass(frozen=True)
class Expected:
    """The documented answer: status, ``Error.code``, the culprit in ``fields[].field`` when the contract names
    one, the methods ``Allow`` must list, and the time it must come within."""

    status: int
    code: str
    field: str | None = None
    allow: tuple[str, ...] = ()
    within: float = BOUND


# --- Requests ---------------------------------------------------------------------------------------------------


def initialise(**changes: Any) -> bytes:
    """The valid initialise body with ``changes``."""
    return json.dumps({**VALID, **changes}).encode()


def credential(**changes: str | None) -> dict[str, str | None]:
    return {"id": SEEDED_CREDENTIAL_ID, "organisationId": ORGANISATION_ID, **changes}


def connection(where: str, value: Any) -> bytes:
    """A valid connection body for a fresh state, with the field at ``where`` (``variables[0].name``) set."""
    body = connection_body("any-code", FRESH_STATE, "Ada's account")
    body["variables"] = [{"name": "region", "value": "eu-west-1"}]
    *parents, last = where.replace("[", ".").replace("]", "").split(".")
    node: Any = body
    for part in parents:
        node = node[int(part)] if part.isdigit() else node[part]
    node[last] = value
    return json.dumps(body).encode()


def init(**changes: Any) -> RawRequest:
    """The valid initialise request with ``changes`` to its body."""
    return post(initialise(**changes))


def conn(where: str, value: Any) -> RawRequest:
    """The valid connection request for a fresh state, with the field at ``where`` set to ``value``."""
    return post(connection(where, value), CONNECTIONS)


def post(
    body: bytes, path: str = INITIALISE, content_type: str | None = "application/json", extra: Sequence[Any] = ()
) -> RawRequest:
    typed = [("Content-Type", content_type)] if content_type is not None else []
    return RawRequest("POST", path, [AUTH, *typed, *extra], body)


def get(target: str) -> RawRequest:
    return RawRequest("GET", target, [AUTH])


def padded(*headers: tuple[str, str]) -> RawRequest:
    """The valid initialise request with more headers."""
    return post(VALID_BODY, extra=headers)


def chunk(data: bytes) -> bytes:
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


def initialise_at(organisation_id: str = ORGANISATION_ID, connector_id: str = CONNECTOR_ID) -> RawRequest:
    return post(VALID_BODY, f"/o/{quote(organisation_id)}/connectors/{quote(connector_id)}/oauth2/initialise")


# --- Cases ------------------------------------------------------------------------------------------------------


def case(case_id: str, request: RawRequest, status: int, code: str, field: str | None = None, **more: Any) -> Any:
    return pytest.param(request, Expected(status, code, field, **more), id=case_id)


def invalid(case_id: str, request: RawRequest, field: str) -> Any:
    """Refused by the contract's schemas or rules: 400 ``invalid_request`` naming ``field``."""
    return case(case_id, request, 400, "invalid_request", field)


def not_json(case_id: str, body: bytes) -> Any:
    return case(case_id, post(body), 400, "invalid_json")


def broken_json() -> list[Any]:
    return [
        not_json("json-truncated", b'{"credential": {"id": '),
        not_json("json-trailing-comma", VALID_BODY[:-1] + b",}"),
        not_json("json-single-quotes", VALID_BODY.replace(b'"', b"'")),
        not_json("json-unquoted-keys", b'{clientId: "versori-dev-client"}'),
        not_json("json-two-documents", VALID_BODY + b" " + VALID_BODY),
        not_json("json-comment", b"/* hello */" + VALID_BODY),
        not_json("json-nan", VALID_BODY[:-1] + b', "disableOfflineAccess": NaN}'),
        not_json("json-infinity", VALID_BODY[:-1] + b', "disableOfflineAccess": -Infinity}'),
        not_json("json-empty-body", b""),
        not_json("json-only-whitespace", b" \r\n\t "),
        not_json("json-deep-arrays", b"[" * 60_000),
        not_json("json-deep-objects", b'{"a":' * 10_000),
        not_json("json-deep-closed", b"[" * 30_000 + b"]" * 30_000),
        case("json-deep-arrays-100k", post(b"[" * 100_000), 413, "payload_too_large"),
        invalid("json-deep-but-parseable", init(credential=json.loads("[" * 500 + "]" * 500)), "credential"),
        not_json("bytes-latin-1", VALID_BODY.replace(b"dev-client", b"dev-cli\xe9nt")),
        not_json("bytes-utf-16", VALID_BODY.decode().encode("utf-16")),
        not_json("bytes-overlong-slash", VALID_BODY.replace(b"/authorize", b"\xc0\xafauthorize")),
        not_json("bytes-lone-continuation", VALID_BODY.replace(b"as.example", b"as\x80example")),
        not_json("duplicate-key", VALID_BODY[:-1] + b', "clientId": "other-client"}'),
        not_json(
            "duplicate-nested-key", VALID_BODY.replace(b'{"id": ', b'{"id": "01M686CQCVJBKJA92R4931M0P0", "id": ')
        ),
        # json.dumps escapes every non-ASCII character, so the lone surrogate goes out as the six bytes \ud800.
        case("lone-surrogate-connection-name", conn("name", "\ud800"), 400, "invalid_json"),
        not_json("lone-surrogate-key", initialise(additionalParams={"\udc00": "x"})),
        case(
            "duplicate-connection-key",
            post(connection("name", "A")[:-1] + b', "name": "B"}', CONNECTIONS),
            400,
            "invalid_json",
        ),
    ]


def wrong_types() -> list[Any]:
    """Numbers, booleans, null, arrays and objects where the contract wants strings (and the reverse)."""
    return [
        invalid("type-client-id-number", init(clientId=12345), "clientId"),
        invalid("type-prompt-huge-number", post(VALID_BODY[:-1] + b', "prompt": 1e999}'), "prompt"),
        invalid("type-authorize-url-bool", init(authorizeUrl=True), "authorizeUrl"),
        invalid("type-credential-id-null", init(credential=credential(id=None)), "credential.id"),
        invalid("type-credential-string", init(credential=SEEDED_CREDENTIAL_ID), "credential"),
        invalid("type-scopes-string", init(scopes="openid email"), "scopes"),
        invalid("type-scope-number", init(scopes=[1]), "scopes[0]"),
        invalid("type-prompt-array", init(prompt=["login"]), "prompt"),
        invalid("type-additional-params-object", init(additionalParams={"hd": "x"}), "additionalParams"),
        invalid("type-offline-string", init(disableOfflineAccess="true"), "disableOfflineAccess"),
        invalid("type-body-array", post(b"[]"), "body"),
        invalid("type-body-null", post(b"null"), "body"),
        invalid("type-body-string", post(b'"clientId"'), "body"),
        invalid("type-connection-name-number", conn("name", 42), "name"),
        invalid("type-connection-variables-object", conn("variables", {}), "variables"),
    ]


def sizes() -> list[Any]:
    """Huge strings within the 64 KiB body limit, and bodies over it: declared, chunked, or simply sent."""
    over_limit = initialise(clientId="x" * BODY_LIMIT)
    declared_100_mib = [AUTH, JSON, ("Content-Length", str(100 << 20))]
    growing = [chunk(b"x" * 8192)] * (BODY_LIMIT // 8192 + 2) + [chunk(b'"}'), b"0\r\n\r\n"]
    chunked = [AUTH, JSON, ("Transfer-Encoding", "chunked")]
    return [
        invalid("huge-client-id", init(clientId="x" * 60_000), "clientId"),
        invalid("huge-authorize-url", init(authorizeUrl="https://as.example.org/" + "a" * 60_000), "authorizeUrl"),
        invalid("huge-scope", init(scopes=["s" * 60_000]), "scopes[0]"),
        invalid("huge-additional-params", init(additionalParams="a=" + "b" * 60_000), "additionalParams"),
        invalid("huge-connection-name", conn("name", "n" * 60_000), "name"),
        case("body-over-limit", post(over_limit), 413, "payload_too_large"),
        case("body-1-mib", init(clientId="x" * (1 << 20)), 413, "payload_too_large"),
        # Only the head and the first 4 KiB go out: the server must answer without waiting for the rest.
        case(
            "body-100-mib-declared",
            RawRequest("POST", INITIALISE, declared_100_mib, over_limit[:4096]),
            413,
            "payload_too_large",
        ),
        case(
            "body-chunked-past-limit",
            RawRequest("POST", INITIALISE, chunked, chunk(b'{"clientId": "'), growing, pause=0.01),
            413,
            "payload_too_large",
        ),
    ]


def media_types() -> list[Any]:
    def unsupported(case_id: str, request: RawRequest) -> Any:
        return case(case_id, request, 415, "unsupported_media_type")

    multipart = b"--b\r\nContent-Disposition: form-data; name=body\r\n\r\n" + VALID_BODY + b"\r\n--b--\r\n"
    return [
        unsupported("type-text-plain", post(VALID_BODY, content_type="text/plain")),
        unsupported("type-form", post(b"clientId=x", content_type="application/x-www-form-urlencoded")),
        unsupported("type-multipart", post(multipart, content_type="multipart/form-data; boundary=b")),
        unsupported("type-json-latin-1", post(VALID_BODY, content_type="application/json; charset=latin-1")),
        unsupported("type-xml", post(b"<clientId/>", content_type="application/xml")),
        unsupported("type-missing", post(VALID_BODY, content_type=None)),
        unsupported("type-missing-on-connection", post(connection("name", "Ada"), CONNECTIONS, content_type=None)),
    ]


def control_characters_in_initialise() -> list[Any]:
    """NUL and CRLF in every string field of the initialise body, a ULID keeping its 26 characters."""

    def in_ulid(ulid: str, bad: str) -> str:
        return ulid[:12] + bad + ulid[12 + len(bad) :]

    cases = []
    for label, bad in (("nul", "\x00"), ("crlf", "\r\n")):
        cases += [
            invalid(
                f"credential-id-{label}",
                init(credential=credential(id=in_ulid(SEEDED_CREDENTIAL_ID, bad))),
                "credential.id",
            ),
            invalid(
                f"credential-organisation-{label}",
                init(credential=credential(organisationId=in_ulid(ORGANISATION_ID, bad))),
                "credential.organisationId",
            ),
            invalid(
                f"authorize-url-{label}", init(authorizeUrl=f"https://as.example.org/{bad}authorize"), "authorizeUrl"
            ),
            invalid(f"client-id-{label}", init(clientId=f"versori-dev{bad}client"), "clientId"),
            invalid(f"scope-{label}", init(scopes=[f"profile{bad}email"]), "scopes[0]"),
            invalid(f"prompt-{label}", init(prompt=f"consent{bad}login"), "prompt"),
            invalid(f"additional-params-{label}", init(additionalParams=f"hd=example.org{bad}x=y"), "additionalParams"),
        ]
    return [
        *cases,
        invalid("additional-params-encoded-nul", init(additionalParams="hd=example.org%00"), "additionalParams"),
        invalid("additional-params-encoded-crlf", init(additionalParams="hd=a%0d%0ax=y"), "additionalParams"),
        # A pattern ending in '$' must not let a final line feed through (ECMA-262, not Python, semantics).
        invalid("prompt-trailing-lf", init(prompt="login\n"), "prompt"),
        invalid("client-id-trailing-lf", init(clientId=SEEDED_CLIENT_ID + "\n"), "clientId"),
    ]


CONNECTION_FIELDS = {
    "name": ("name", "Ada's account"),
    "credential-name": ("credentials.action[0].credential.name", "Ada"),
    "code": ("credentials.action[0].credential.data.code", "any-code"),
    "state": ("credentials.action[0].credential.data.state", FRESH_STATE),
    "variable-name": ("variables[0].name", "region"),
    "variable-value": ("variables[0].value", "eu-west-1"),
    "grant-client-id": ("credentials.action[0].authSchemeConfig.grant.clientId", SEEDED_CLIENT_ID),
}


def control_characters_in_connection() -> list[Any]:
    """NUL and CRLF in every free-text field of the connection body, the rest of it valid."""
    cases = []
    for name, (where, value) in CONNECTION_FIELDS.items():
        for label, bad in (("nul", "\x00evil"), ("crlf", "\r\nX-Injected: 1")):
            cases.append(invalid(f"connection-{name}-{label}", conn(where, value + bad), where))
        if name in ("name", "variable-value"):
            cases.append(invalid(f"connection-{name}-trailing-lf", conn(where, value + "\n"), where))
    return cases


def injections_and_urls() -> list[Any]:
    """Header injection through additionalParams and prompt, and the authorize URLs the contract refuses."""

    def url(case_id: str, authorize_url: str) -> Any:
        return invalid(case_id, init(authorizeUrl=authorize_url), "authorizeUrl")

    return [
        invalid(
            "inject-header-additional-params", init(additionalParams="x=%0d%0aSet-Cookie:%20a=b"), "additionalParams"
        ),
        invalid("inject-header-prompt", init(prompt="consent\r\nSet-Cookie: a=b"), "prompt"),
        url("url-javascript", "javascript:alert(document.cookie)"),
        url("url-javascript-mixed-case", "JaVaScRiPt:alert(1)//https://as.example.org/"),
        url("url-data", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
        url("url-file", "file:///etc/passwd"),
        url("url-http-not-loopback", "http://as.example.org/authorize"),
        url("url-http-loopback-lookalike", "http://127.0.0.1.nip.io/authorize"),
        url("url-userinfo", "https://as.example.org@evil.example/authorize"),
        url("url-scheme-relative", "//evil.example/authorize"),
        url("url-homoglyph-host", "https://\u0430ccounts.google.com/o/oauth2/v2/auth"),
    ]


def lookalike_ids() -> list[Any]:
    """ULIDs with homoglyphs, in the path and in the body; and other ids that only look like ULIDs."""
    homoglyph_connection = f"{CONNECTIONS}/{quote(CYRILLIC_O + CONNECTION_ID[1:])}"
    return [
        invalid(
            "homoglyph-path-organisation",
            initialise_at(organisation_id=CYRILLIC_O + ORGANISATION_ID[1:]),
            "organisation_id",
        ),
        invalid(
            "homoglyph-path-connector", initialise_at(connector_id=FULLWIDTH_01 + CONNECTOR_ID[2:]), "connector_id"
        ),
        invalid("homoglyph-path-connection", get(homoglyph_connection), "connection_id"),
        invalid(
            "lowercase-path-organisation", initialise_at(organisation_id=ORGANISATION_ID.lower()), "organisation_id"
        ),
        invalid(
            "nul-path-organisation", initialise_at(organisation_id=ORGANISATION_ID[:25] + "\x00"), "organisation_id"
        ),
        invalid(
            "homoglyph-credential-id",
            init(credential=credential(id=CYRILLIC_O + SEEDED_CREDENTIAL_ID[1:])),
            "credential.id",
        ),
        invalid(
            "homoglyph-credential-organisation",
            init(credential=credential(organisationId=FULLWIDTH_01 + ORGANISATION_ID[2:])),
            "credential.organisationId",
        ),
        invalid("homoglyph-client-id", init(clientId=SEEDED_CLIENT_ID.replace("c", "\u0441")), "clientId"),
    ]


def protocol() -> list[Any]:
    """Oversized headers, slow bodies, framing the HTTP parser refuses, and what the contract has no route for."""
    slow = [AUTH, JSON, ("Content-Length", "100")]
    slow_chunked = [AUTH, JSON, ("Transfer-Encoding", "chunked")]
    many_headers = [(f"X-Pad-{index}", "x" * 16) for index in range(HEADER_LIMIT // 16)]
    return [
        case("header-64-kib", padded(("X-Padding", "x" * (64 * 1024))), 431, "headers_too_large"),
        case("headers-many-small", padded(*many_headers), 431, "headers_too_large"),
        case("header-1-5-mib", padded(("X-Padding", "x" * (3 << 19))), 431, "headers_too_large"),
        # One byte every half second: the server gives up after body_read_timeout_seconds (1 s here).
        case(
            "body-slow",
            RawRequest("POST", INITIALISE, slow, b"", [b" "] * 100, pause=0.5),
            408,
            "request_timeout",
            within=3.0,
        ),
        case(
            "body-slow-chunked",
            RawRequest("POST", INITIALISE, slow_chunked, b"", [chunk(b" ")] * 100, pause=0.5),
            408,
            "request_timeout",
            within=3.0,
        ),
        # Every answer other than 2xx is the contract's Error (docs/server.md), even for framing HTTP itself refuses.
        case("content-length-not-a-number", padded(("Content-Length", "abc")), 400, "invalid_request"),
        case(
            "content-length-twice",
            padded(("Content-Length", str(len(VALID_BODY))), ("Content-Length", "2")),
            400,
            "invalid_request",
        ),
        case("unknown-path", post(VALID_BODY, f"{CONNECTOR}/oauth2/initialize"), 404, "not_found"),
        case("unknown-path-admin", get("/admin"), 404, "not_found"),
        case("path-traversal", get(f"/o/{ORGANISATION_ID}/../../openapi.yaml"), 404, "not_found"),
        case(
            "method-delete-initialise",
            RawRequest("DELETE", INITIALISE, [AUTH]),
            405,
            "method_not_allowed",
            allow=("POST",),
        ),
        case(
            "method-put-connections",
            RawRequest("PUT", CONNECTIONS, [AUTH, JSON], VALID_BODY),
            405,
            "method_not_allowed",
            allow=("GET", "POST"),
        ),
        case(
            "method-post-connection",
            post(VALID_BODY, f"{CONNECTIONS}/{CONNECTION_ID}"),
            405,
            "method_not_allowed",
            allow=("GET",),
        ),
        invalid("query-unknown-on-initialise", post(VALID_BODY, f"{INITIALISE}?debug=true"), "debug"),
        invalid("query-unknown-on-list", get(f"{CONNECTIONS}?limit=5"), "limit"),
        invalid("query-first-zero", get(f"{CONNECTIONS}?first=0"), "first"),
        invalid("query-first-too-large", get(f"{CONNECTIONS}?first=101"), "first"),
        invalid("query-first-not-a-number", get(f"{CONNECTIONS}?first=ten"), "first"),
        invalid("query-first-huge", get(f"{CONNECTIONS}?first=" + "9" * 5000), "first"),
        invalid("query-after-empty", get(f"{CONNECTIONS}?after="), "after"),
        invalid("query-after-control-characters", get(f"{CONNECTIONS}?after=%00%0d%0aSet-Cookie:%20a=b"), "after"),
        invalid("query-after-too-long", get(f"{CONNECTIONS}?after=" + "A" * 300), "after"),
    ]


def hostile_cases() -> list[Any]:
    return [
        *broken_json(),
        *wrong_types(),
        *sizes(),
        *media_types(),
        *control_characters_in_initialise(),
        *control_characters_in_connection(),
        *injections_and_urls(),
        *lookalike_ids(),
        *protocol(),
    ]


# --- The test ---------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server() -> Iterator[LiveServer]:
    with live_server(env=ENV) as running:
        yield running


def valid_initialise(server: LiveServer) -> httpx.Response:
    return httpx.post(f"{server.url}{INITIALISE}", json=VALID, headers=dict([AUTH]), timeout=BOUND)


def with_fresh_state(server: LiveServer, request: RawRequest) -> RawRequest:
    placeholder = FRESH_STATE.encode()
    if placeholder not in request.body:
        return request
    response = valid_initialise(server)
    assert response.status_code == 200, response.text
    state = query_of(response.json()["url"])["state"]
    return replace(request, body=request.body.replace(placeholder, state.encode()))


def send(server: LiveServer, request: RawRequest, timeout: float) -> RawResponse:
    address = urlsplit(server.url)
    assert address.hostname is not None
    assert address.port is not None
    return exchange(address.hostname, address.port, request, timeout=timeout)


def test_the_table_is_large_and_its_ids_unique() -> None:
    ids = [param.id for param in hostile_cases()]
    assert len(ids) >= 45
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(("hostile", "expected"), hostile_cases())
def test_hostile_request_gets_its_error_in_time_and_the_server_keeps_serving(
    server: LiveServer, hostile: RawRequest, expected: Expected
) -> None:
    request = with_fresh_state(server, hostile)
    started = time.monotonic()
    answer = send(server, request, timeout=expected.within)
    elapsed = time.monotonic() - started
    after = valid_initialise(server)

    shown = f"{answer.status} {answer.headers} {answer.body[:600]!r}"
    assert answer.status == expected.status, shown
    assert elapsed < expected.within, f"answered after {elapsed:.2f} s"
    assert (answer.header("content-type") or "").split(";")[0].strip() == "application/json", shown
    error = answer.json()
    assert error["code"] == expected.code, shown
    assert isinstance(error["message"], str), shown
    assert error["message"].strip(), shown
    if expected.field is not None:
        assert expected.field in [item["field"] for item in error.get("fields", [])], shown
    allowed = (answer.header("allow") or "").replace(" ", "").split(",")
    assert all(method in allowed for method in expected.allow), shown
    assert answer.header("x-request-id"), shown
    assert answer.header_values("set-cookie") == [], shown
    assert after.status_code == 200, after.text
