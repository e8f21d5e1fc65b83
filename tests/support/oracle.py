"""The contract tests' oracle: what each generated request must get, decided before it is sent.

Two halves. The structural half (``ContractShape``) reads an OpenAPI document, and nothing of the server's own
code, and answers which documented rule a request breaks first, in the order the reference server documents
for every operation (mock_server/api/endpoint.py): the route (404, 405, and Starlette's 307 to the path with or
without its trailing slash), then the documented headers, the path
parameters, the query (an unknown parameter is refused too), then the body: its media type (415), its size (413,
the documented 64 KiB), strict JSON (400 ``invalid_json``) and its schema (400 ``invalid_request``). Each caller is
let in: the Connect API's cases carry the test's API key, the admin API's come from loopback. It is shared by
every contract: a new one brings its document.

The semantic half is each API's steering (``tests/support/connect_steering.py``, ``admin_steering.py``): the
hooks that shape a valid case know what they aimed at, and record it here (``Oracle.expect``) under the
fingerprint of the request as it will be sent. ``Oracle.send`` then expects, before it sends a case, the refusal
for a request the contract refuses, the steering's expectation for one it allows, and fails for a valid request
nobody classified, or for an answer that is not what was expected.

Written for this test, independently of ``mock_server.contract``: the routes, the order of the checks, a
parameter's text read as its schema's type the way OpenAPI serialises it (an integer is decimal ASCII digits, a
boolean ``true`` or ``false``), the media type, the size and strict JSON. The schemas, their references inlined
here, are checked with jsonschema-rs as JSON Schema 2020-12 (``pattern`` as ECMA-262, ``format`` an
annotation): the Python ``jsonschema`` took 27 ms for a create body of nine credentials, 0.07 ms here, and the
run checks thousands.
"""

import functools
import hashlib
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import jsonschema_rs
import requests
import schemathesis
from schemathesis.checks import CheckContext, CheckFunction
from schemathesis.config import SanitizationConfig
from schemathesis.core import SCHEMATHESIS_TEST_CASE_HEADER
from schemathesis.core.transport import Response
from schemathesis.specs.openapi.checks import ignored_auth
from schemathesis.transport.prepare import prepare_request

MAX_BODY_BYTES = 64 * 1024  # the body limit the contracts document (413 payload_too_large)
_METHODS = ("get", "put", "post", "delete", "patch")
_UNSENT = SanitizationConfig(enabled=False)
Case = schemathesis.Case[Any]


@dataclass(frozen=True)
class Expected:
    """What one request must get: ``status`` and the Error's ``code`` (None for a success); ``field``, when the
    rule names one, is the first of the answer's ``fields``; ``blamed``, when not empty, holds every field the
    answer may name (the parameters a refused part holds wrongly). ``rule`` says which rule, for a failure."""

    status: int
    code: str | None = None
    field: str | None = None
    blamed: frozenset[str] = frozenset()
    rule: str = ""

    @property
    def outcome(self) -> tuple[int, str | None, str | None]:
        return self.status, self.code, self.field

    def mismatches(self, status: int, body: Any) -> list[str]:
        """How an answer of ``status`` and JSON ``body`` differs from this; empty when it is this."""
        answer = body if isinstance(body, dict) else {}
        code = answer.get("code") if status >= 400 else None
        fields = [str(item.get("field")) for item in answer.get("fields") or [] if isinstance(item, dict)]
        found: list[str] = []
        if (status, code) != (self.status, self.code):
            found.append(f"answered {status} {code}, expected {self.status} {self.code}")
        if self.field is not None and fields[:1] != [self.field]:
            found.append(f"named the fields {fields}, expected {self.field!r} first")
        if self.blamed and not (fields and all(_names_one_of(name, self.blamed) for name in fields)):
            found.append(f"named the fields {fields}, expected only some of {sorted(self.blamed)}")
        return found


def success(status: int, rule: str = "valid") -> Expected:
    return Expected(status, rule=rule)


def refused(status: int, code: str, field: str | None = None, rule: str = "") -> Expected:
    return Expected(status, code, field, rule=rule or code)


def _names_one_of(field_name: str, names: frozenset[str]) -> bool:
    # A long unknown name is cut (``name…``) in the answer; an empty one is named by its part ("query").
    if field_name in names:
        return True
    return field_name.endswith("…") and any(name.startswith(field_name[:-1]) for name in names)


@dataclass(frozen=True)
class SentRequest:
    """A request as the server receives it: the path percent-decoded (as the ASGI scope carries it), the
    query as sent, header names in lower case."""

    method: str
    path: str
    query: str
    headers: Mapping[str, str]
    body: bytes

    @classmethod
    def of(cls, prepared: requests.PreparedRequest) -> "SentRequest":
        parts = urlsplit(str(prepared.url))
        body = prepared.body or b""
        assert isinstance(body, str | bytes), "a streamed body: these contracts take none"
        return cls(
            method=str(prepared.method).upper(),
            path=unquote(parts.path),
            query=parts.query,
            headers={name.lower(): str(value) for name, value in prepared.headers.items()},
            body=body.encode("utf-8") if isinstance(body, str) else body,
        )

    def fingerprint(self) -> str:
        """The same for two requests the server cannot tell apart."""
        headers = sorted((name, value) for name, value in self.headers.items() if name not in _UNREAD_HEADERS)
        text = json.dumps([self.method, self.path, self.query, headers], ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8") + b"\0" + self.body).hexdigest()


# Headers no rule reads: the HTTP client's own, which schemathesis's in-process client changes as it sends (its
# User-Agent), and schemathesis's id of the case.
_UNREAD_HEADERS = frozenset(
    {"user-agent", "accept", "accept-encoding", "connection", SCHEMATHESIS_TEST_CASE_HEADER.lower()}
)


class _Checker:
    """One schema of the document, its references inlined, checked as JSON Schema 2020-12 does: ``pattern`` as
    ECMA-262 reads it (a final ``$`` ends the string), ``format`` an annotation."""

    def __init__(self, schema: dict[str, Any]) -> None:
        self.schema = schema
        self._validator = jsonschema_rs.Draft202012Validator(schema, validate_formats=False)

    def allows(self, instance: Any) -> bool:
        return bool(self._validator.is_valid(instance))


@dataclass(frozen=True)
class Parameter:
    name: str
    checker: _Checker


@dataclass(frozen=True)
class OperationShape:
    """What the document says of one operation's request."""

    operation_id: str
    headers: tuple[Parameter, ...]
    path: tuple[Parameter, ...]
    query: tuple[Parameter, ...]
    body: _Checker | None


@dataclass
class _Route:
    pattern: re.Pattern[str]
    operations: dict[str, OperationShape] = field(default_factory=dict)

    def takes(self, method: str) -> OperationShape | None:
        """The operation of ``method`` here; HEAD is answered as GET."""
        return self.operations.get("GET" if method == "HEAD" and "HEAD" not in self.operations else method)


class ContractShape:
    """The structural rules of one OpenAPI document, for the requests of its operations, whose paths the server
    answers under ``base_path`` (the Platform API's ``/api/v2``; the others' at the root)."""

    def __init__(self, document: Mapping[str, Any], base_path: str = "") -> None:
        self._document = document
        self._routes: list[_Route] = []
        for template, item in document["paths"].items():
            route = _Route(_route_pattern(base_path + template))
            for method in _METHODS:
                if method in item:
                    route.operations[method.upper()] = self._operation(item, method)
            self._routes.append(route)
        self._refusals: dict[str, Expected | None] = {}

    def refusal(self, request: SentRequest) -> Expected | None:
        """The first documented rule ``request`` breaks, as the answer it must get; None when it breaks none."""
        fingerprint = request.fingerprint()
        if fingerprint not in self._refusals:
            self._refusals[fingerprint] = next(self._refusals_of(request), None)
        return self._refusals[fingerprint]

    def _refusals_of(self, request: SentRequest) -> Iterator[Expected]:
        matched = [(route, route.pattern.fullmatch(request.path)) for route in self._routes]
        routed = [(route, match) for route, match in matched if match is not None]
        taken = [(route.takes(request.method), match) for route, match in routed if route.takes(request.method)]
        if not taken:
            yield self._unrouted(request, bool(routed))
            return
        operation, match = taken[0]
        assert operation is not None
        yield from _parameter_refusals("header", operation.headers, _header_values(request, operation))
        yield from _parameter_refusals("path", operation.path, match.groupdict())
        if request.query:
            yield from _query_refusals(operation, request.query)
        if operation.body is not None:
            yield from _body_refusals(operation.body, request)

    def _unrouted(self, request: SentRequest, path_matched: bool) -> Expected:
        if path_matched:
            return refused(405, "method_not_allowed", rule="a method the path does not take")
        # Starlette's router sends a path that matches with its trailing slash removed (or one added) there.
        other = request.path.rstrip("/") if request.path.endswith("/") else request.path + "/"
        if request.path != "/" and any(route.pattern.fullmatch(other) for route in self._routes):
            return Expected(307, rule="the path with its trailing slash changed")
        return refused(404, "not_found", rule="no route")

    def _operation(self, item: Mapping[str, Any], method: str) -> OperationShape:
        spec = item[method]
        by_location: dict[str, list[Parameter]] = {"header": [], "path": [], "query": [], "cookie": []}
        for parameter in [*item.get("parameters", []), *spec.get("parameters", [])]:
            resolved = self._resolved(parameter)
            if resolved.get("required") and resolved["in"] in ("header", "query"):
                raise NotImplementedError("a required header or query parameter: the server's order for it is unknown")
            by_location[resolved["in"]].append(Parameter(resolved["name"], _Checker(self._inlined(resolved["schema"]))))
        body = None
        if "requestBody" in spec:
            body = _Checker(self._inlined(spec["requestBody"]["content"]["application/json"]["schema"]))
        return OperationShape(
            operation_id=spec["operationId"],
            headers=tuple(by_location["header"]),
            path=tuple(by_location["path"]),
            query=tuple(by_location["query"]),
            body=body,
        )

    def _resolved(self, node: Mapping[str, Any]) -> Mapping[str, Any]:
        while "$ref" in node:
            target: Any = self._document
            for token in str(node["$ref"]).removeprefix("#/").split("/"):
                target = target[token.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def _inlined(self, schema: Any, seen: tuple[str, ...] = ()) -> Any:
        """``schema`` with each ``$ref`` replaced by what it names (its siblings are annotations in these
        documents), so that checking a value looks nothing up."""
        if isinstance(schema, list):
            return [self._inlined(item, seen) for item in schema]
        if not isinstance(schema, dict):
            return schema
        if "$ref" in schema:
            reference = str(schema["$ref"])
            assert reference not in seen, f"{reference} refers to itself: it cannot be inlined"
            return self._inlined(self._resolved({"$ref": reference}), (*seen, reference))
        return {key: self._inlined(value, seen) for key, value in schema.items()}


def _route_pattern(template: str) -> re.Pattern[str]:
    """A path template as a router reads it: each ``{name}`` one non-empty segment."""
    parts = re.split(r"\{([^{}]+)\}", template)
    regex = "".join(re.escape(part) if index % 2 == 0 else f"(?P<{part}>[^/]+)" for index, part in enumerate(parts))
    return re.compile(regex)


def _header_values(request: SentRequest, operation: OperationShape) -> dict[str, str]:
    return {
        item.name: request.headers[item.name.lower()]
        for item in operation.headers
        if item.name.lower() in request.headers
    }


def _parameter_refusals(part: str, parameters: tuple[Parameter, ...], values: Mapping[str, Any]) -> Iterator[Expected]:
    wrong = frozenset(
        item.name for item in parameters if item.name in values and not item.checker.allows(values[item.name])
    )
    if wrong:
        yield Expected(400, "invalid_request", blamed=wrong, rule=f"{part} {sorted(wrong)} off the contract")


def _query_refusals(operation: OperationShape, query: str) -> Iterator[Expected]:
    # Starlette's reading of a query: every pair, blank values kept; a name given twice keeps its last value.
    pairs = parse_qsl(query, keep_blank_values=True)
    known = {item.name: item for item in operation.query}
    unknown = frozenset((name or "query") for name, _ in pairs if name not in known)
    values = {name: _as_type(value, known[name].checker.schema) for name, value in pairs if name in known}
    wrong = frozenset(name for name, value in values.items() if not known[name].checker.allows(value))
    if unknown or wrong:
        yield Expected(400, "invalid_request", blamed=unknown | wrong, rule=f"query {sorted(unknown | wrong)}")


_INTEGER = re.compile(r"-?[0-9]+")


def _as_type(text: str, schema: Mapping[str, Any]) -> Any:
    """A query parameter's text as its schema's type, when it is written as one (else the text itself)."""
    if schema.get("type") == "integer" and _INTEGER.fullmatch(text):
        return int(text)
    if schema.get("type") == "boolean" and text in ("true", "false"):
        return text == "true"
    return text


def _body_refusals(checker: _Checker, request: SentRequest) -> Iterator[Expected]:
    if not _is_json_in_utf8(request.headers.get("content-type", "")):
        yield refused(415, "unsupported_media_type", rule="not application/json in UTF-8")
        return
    declared = request.headers.get("content-length", "")
    if len(request.body) > MAX_BODY_BYTES or (declared.isdigit() and int(declared) > MAX_BODY_BYTES):
        yield refused(413, "payload_too_large", rule="a body over 64 KiB")
        return
    try:
        body = _strict_json(request.body)
    except (UnicodeDecodeError, ValueError, RecursionError):
        yield refused(400, "invalid_json", rule="not strict JSON")
        return
    if not checker.allows(body):
        yield refused(400, "invalid_request", rule="a body off the contract's schema")


def _is_json_in_utf8(content_type: str) -> bool:
    """``application/json``, with no parameter but a UTF-8 charset."""
    media_type, _, parameters = content_type.partition(";")
    if media_type.strip().lower() != "application/json":
        return False
    if not parameters.strip():
        return True
    name, _, value = parameters.strip().partition("=")
    return name.lower() == "charset" and value.strip('"').lower() == "utf-8"


def _strict_json(raw: bytes) -> Any:
    """RFC 8259 JSON in UTF-8 with no name repeated in an object (RFC 7493 §2.3) and no NaN or Infinity."""

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        names = [name for name, _ in items]
        if len(set(names)) != len(names):
            raise ValueError("a repeated name")
        return dict(items)

    def constant(name: str) -> Any:
        raise ValueError(f"{name} is not JSON")

    return json.loads(raw.decode("utf-8"), object_pairs_hook=pairs, parse_constant=constant)


class UnclassifiedCaseError(AssertionError):
    """A request the contract allows reached the test without an expectation: nothing steered it."""


class Oracle:
    """Expectations for the requests of one contract, sent to ``base_url`` with ``headers`` (the call's own)."""

    def __init__(self, shape: ContractShape, base_url: str, headers: Mapping[str, str]) -> None:
        self.shape = shape
        self._base_url = base_url
        self._headers = dict(headers)
        self._expected: dict[str, Expected] = {}
        self._ignored_auth_once = _ignored_auth_recording(set())

    def sent(self, case: Case) -> SentRequest:
        """``case`` as the server will receive it."""
        return SentRequest.of(prepare_request(case, self._headers, config=_UNSENT, base_url=self._base_url))

    def refusal(self, case: Case) -> Expected | None:
        return self.shape.refusal(self.sent(case))

    def expect(self, case: Case, expected: Expected) -> None:
        """Record what the steering aimed ``case`` at; only for a request the contract allows."""
        request = self.sent(case)
        refusal = self.shape.refusal(request)
        if refusal is not None:
            raise AssertionError(f"the steering aimed at {expected.rule!r} with a request refused: {refusal.rule}")
        fingerprint = request.fingerprint()
        known = self._expected.setdefault(fingerprint, expected)
        if known != expected:
            raise AssertionError(f"one request expected to get two answers: {known} and {expected}")

    def is_valid(self, case: Case) -> bool:
        return self.refusal(case) is None

    def knows(self, case: Case) -> bool:
        """Whether what ``case`` must get is known as it is now: refused, or steered."""
        request = self.sent(case)
        return self.shape.refusal(request) is not None or request.fingerprint() in self._expected

    def send(self, case: Case) -> "Exchange":
        """Classify ``case``, send it, and fail unless it got what it must."""
        request = self.sent(case)
        fingerprint = request.fingerprint()
        refusal = self.shape.refusal(request)
        expected = refusal if refusal is not None else self._steered(request, fingerprint)
        response = case.call(base_url=self._base_url, headers=dict(self._headers))
        if SentRequest.of(response.request).fingerprint() != fingerprint:
            raise AssertionError("the request sent is not the one classified")
        mismatches = expected.mismatches(response.status_code, _json_or_none(response.content))
        if mismatches:
            answer = response.content[:500].decode("utf-8", "replace")
            raise AssertionError(
                f"{case.method} {case.formatted_path} ({expected.rule}): " + "; ".join(mismatches) + f"\n{answer}"
            )
        return Exchange(response, allowed=refusal is None)

    def validate(self, case: Case, exchange: "Exchange") -> None:
        """Every check of schemathesis.toml on ``exchange``, with ``ignored_auth`` probing each operation until its
        probes (the request again without credentials, then with wrong ones) have found the credentials enforced
        once: schemathesis's own runner keeps that record of confirmed operations for a run, but
        ``Case.validate_response`` starts each call without one, so it probed again on every 2xx answer."""
        case.validate_response(
            exchange.response, excluded_checks=[ignored_auth], additional_checks=[self._ignored_auth_once]
        )

    def _steered(self, request: SentRequest, fingerprint: str) -> Expected:
        expected = self._expected.get(fingerprint)
        if expected is None:
            raise UnclassifiedCaseError(f"{request.method} {request.path}: valid, but no steering said what it gets")
        return expected


@dataclass(frozen=True)
class Exchange:
    """A case's answer, and whether the contract allows the request (else it was refused as it must be)."""

    response: Response
    allowed: bool


def _ignored_auth_recording(confirmed: set[str]) -> CheckFunction:
    """``ignored_auth`` recording the operations whose probes it passed in ``confirmed``, and skipping them after."""

    @functools.wraps(ignored_auth)
    def check(ctx: CheckContext, response: Response, case: Case) -> bool | None:
        ctx.auth_enforced_operations = confirmed
        return ignored_auth(ctx, response, case)

    return check


def _json_or_none(content: bytes) -> Any:
    try:
        return json.loads(content)
    except ValueError:
        return None
