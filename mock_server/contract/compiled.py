"""The contracts (openapi.yaml, platform-openapi.yaml, admin-openapi.yaml), each read once at start-up into the
checks every request and response goes through; each schema's fast check is compiled when it is first used."""

import functools
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast
from urllib.parse import quote

import jsonschema_rs
from jsonschema import Draft202012Validator, ValidationError, validators
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from ..core.errors import FieldError, InvalidRequestError
from ..core.yaml_text import load_yaml

_CONTRACT_URI = "urn:versori-connect:openapi"
_PARTS = {
    "header": "A header does not match the contract.",
    "path": "The path does not match the contract.",
    "query": "The query does not match the contract.",
    "body": "The request body does not match the contract.",
}


class OffContractError(InvalidRequestError):
    """A header, the path, the query or the body (``part``) breaks the operation's schemas; ``problems`` name
    each field at fault."""

    def __init__(self, part: str, problems: Sequence[FieldError]) -> None:
        super().__init__(_PARTS[part], problems)


_METHODS = ("get", "put", "post", "delete", "patch")


def default_openapi_path(name: str = "openapi.yaml") -> Path:
    """The repository's openapi.yaml (or another contract, ``admin-openapi.yaml``), or the copy packaged with an
    installed server."""
    server = Path(__file__).resolve().parents[1]
    packaged = server / name
    return packaged if packaged.exists() else server.parent / name


@dataclass(frozen=True)
class Operation:
    """What the contract says of one operation, with its validators built. ``name`` is how the server's control
    plane, journal, metrics and access log call it: the operationId, qualified by the contract's namespace when it
    has one (``platform.get_connection``), since two contracts may share an operationId."""

    name: str
    operation_id: str
    method: str
    path: str
    requires_auth: bool
    path_parameters: Mapping[str, "_Checker"]
    query_parameters: Mapping[str, "_Checker"]
    header_parameters: Mapping[str, "_Checker"]
    body: "_Checker | None"
    responses: Mapping[str, "_Checker"]
    # The documented statuses that come without content (204).
    no_content_statuses: frozenset[str]
    # The example Error body of each documented error status, for answers chosen with Prefer.
    error_examples: Mapping[int, dict[str, Any]]

    def check_path_parameters(self, values: Mapping[str, str]) -> list[FieldError]:
        problems: list[FieldError] = []
        for name, validator in self.path_parameters.items():
            value = values.get(name)
            if not validator.is_valid(value):
                problems.extend(_field_errors(validator.iter_errors(value), root=name))
        return problems

    def check_query(self, values: Mapping[str, str]) -> tuple[dict[str, Any], list[FieldError]]:
        """The documented query parameters, read as their schema's type, and what is wrong with them."""
        read: dict[str, Any] = {}
        problems = [
            FieldError(_cut(name) or "query", "Is not a query parameter of this operation.")
            for name in values
            if name not in self.query_parameters
        ]
        for name, validator in self.query_parameters.items():
            if name not in values:
                continue
            value = _as_type(values[name], validator.schema)
            read[name] = value
            if not validator.is_valid(value):
                problems.extend(_field_errors(validator.iter_errors(value), root=name))
        return read, problems

    def check_headers(self, headers: Mapping[str, str]) -> list[FieldError]:
        """What is wrong with the documented headers that were sent (names compared case-insensitively)."""
        problems: list[FieldError] = []
        for name, validator in self.header_parameters.items():
            if name not in headers:  # Starlette's Headers.get raises and catches KeyError for a missing one
                continue
            value = headers[name]
            if not validator.is_valid(value):
                problems.extend(_field_errors(validator.iter_errors(value), root=name))
        return problems

    def check_body(self, body: Any) -> list[FieldError]:
        if self.body is None or self.body.is_valid(body):
            return []
        return sorted(_field_errors(self.body.iter_errors(body), root="body"), key=lambda item: item.field)

    def response_problems(self, status: int, body: Any) -> list[str]:
        """Why a response breaks the contract; empty when it conforms."""
        validator = self.responses.get(str(status)) or self.responses.get("default")
        if validator is None:
            return [f"status {status} is not documented for {self.operation_id}"]
        if validator.is_valid(body):
            return []
        return [
            f"{'/'.join(map(str, error.absolute_path)) or 'body'}: {error.message}"
            for error in validator.iter_errors(body)
        ]


class Contract:
    """The operations of one contract, by operationId; ``namespace`` (empty for openapi.yaml's) qualifies their
    names (``Operation.name``)."""

    def __init__(self, document: dict[str, Any], source_text: str, namespace: str = "") -> None:
        self.document = document
        self.source_text = source_text
        self.namespace = namespace
        registry: Registry[Any] = Registry().with_resource(_CONTRACT_URI, DRAFT202012.create_resource(document))
        self._registry = registry
        # By JSON pointer ("/components/...") or, for a schema written inline, by its JSON text ("{...").
        self._checkers: dict[str, _Checker] = {}
        self.operations = {operation.operation_id: operation for operation in self._operations()}

    @classmethod
    def load(cls, path: Path | None = None, namespace: str = "") -> "Contract":
        """The contract at ``path`` (default: openapi.yaml), compiled once per process, file and namespace and
        shared by every app built in it (the test kit builds one per ``VersoriMock``): nothing changes a built
        Contract."""
        return _compiled_contract(path or default_openapi_path(), namespace)

    def _operations(self) -> Iterable[Operation]:
        default_security = self.document.get("security", [])
        for path, item in self.document["paths"].items():
            shared = item.get("parameters", [])
            for method in _METHODS:
                if method in item:
                    yield self._operation(path, method, item[method], shared, default_security)

    def _operation(
        self, path: str, method: str, spec: dict[str, Any], shared: list[Any], default_security: list[Any]
    ) -> Operation:
        pointer = f"/paths/{_escape(path)}/{method}"
        parameters = [self._resolve(parameter) for parameter in [*shared, *spec.get("parameters", [])]]
        body = spec.get("requestBody")
        return Operation(
            name=f"{self.namespace}.{spec['operationId']}" if self.namespace else spec["operationId"],
            operation_id=spec["operationId"],
            method=method.upper(),
            path=path,
            requires_auth=bool(spec.get("security", default_security)),
            path_parameters={
                parameter["name"]: self._validator_for(parameter["schema"])
                for parameter in parameters
                if parameter["in"] == "path"
            },
            query_parameters={
                parameter["name"]: self._validator_for(parameter["schema"])
                for parameter in parameters
                if parameter["in"] == "query"
            },
            header_parameters={
                parameter["name"]: self._validator_for(parameter["schema"])
                for parameter in parameters
                if parameter["in"] == "header"
            },
            body=self._validator(f"{pointer}/requestBody/content/application~1json/schema") if body else None,
            responses={
                status: self._validator_for(self._resolve(response)["content"]["application/json"]["schema"])
                for status, response in spec["responses"].items()
                if "content" in self._resolve(response)
            },
            no_content_statuses=frozenset(
                status for status, response in spec["responses"].items() if "content" not in self._resolve(response)
            ),
            error_examples={
                int(status): _first_example(self._resolve(response)["content"]["application/json"])
                for status, response in spec["responses"].items()
                if status.isdigit() and int(status) >= 400
            },
        )

    def _resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            node = self._registry.resolver().lookup(_CONTRACT_URI + node["$ref"]).contents
        return node

    def _validator_for(self, schema: dict[str, Any]) -> "_Checker":
        if "$ref" in schema:
            return self._validator(schema["$ref"].removeprefix("#"))
        # Schemas repeat (every operation's organisation id, page size...): one checker each, by its JSON text.
        key = json.dumps(schema, sort_keys=True)
        if key not in self._checkers:
            self._checkers[key] = _Checker(schema, self.document, _Validator(schema, registry=self._registry))
        return self._checkers[key]

    def _validator(self, pointer: str) -> "_Checker":
        if pointer not in self._checkers:
            schema = self._registry.resolver().lookup(f"{_CONTRACT_URI}#{pointer}").contents
            slow = _Validator({"$ref": f"{_CONTRACT_URI}#{pointer}"}, registry=self._registry)
            self._checkers[pointer] = _Checker(schema, self.document, slow, pointer)
        return self._checkers[pointer]


@functools.cache
def _compiled_contract(path: Path, namespace: str) -> Contract:
    text = path.read_text(encoding="utf-8")
    return Contract(load_yaml(text), text, namespace)


_REMEMBERED_VALID_STRINGS = 1024


class _Checker:
    """One schema of the contract, checked two ways: jsonschema-rs (compiled, ECMA-262 patterns) answers
    whether a value conforms, fast; jsonschema, slower, then says why one does not, field by field."""

    def __init__(
        self, schema: Mapping[str, Any], document: Mapping[str, Any], slow: Draft202012Validator, pointer: str = ""
    ) -> None:
        self.schema = schema
        # The whole document is the root, so that "#/components/..." references resolve.
        root = (
            {**schema, "components": document.get("components", {})}
            if not pointer
            else {**document, "$ref": f"#{quote(pointer, safe='/~')}"}
        )
        self._root = root
        self._slow = slow
        # Strings found valid (path, query and header values: the same ids come again and again), up to a bound.
        self._valid_strings: set[str] = set()

    @functools.cached_property
    def _fast(self) -> jsonschema_rs.Draft202012Validator:
        # Compiled on first use: a server start-up compiles only the schemas its requests reach.
        return jsonschema_rs.Draft202012Validator(self._root)

    def is_valid(self, instance: Any) -> bool:
        if type(instance) is not str:
            return bool(self._fast.is_valid(instance))
        if instance in self._valid_strings:
            return True
        if not self._fast.is_valid(instance):
            return False
        if len(self._valid_strings) < _REMEMBERED_VALID_STRINGS:
            self._valid_strings.add(instance)
        return True

    def iter_errors(self, instance: Any) -> Iterator[ValidationError]:
        errors = list(self._slow.iter_errors(instance))
        # The two engines should agree; if only the fast one objects, still refuse, without details.
        yield from errors or [ValidationError("does not match the contract")]


def _first_example(media: Mapping[str, Any]) -> dict[str, Any]:
    if "example" in media:
        return dict(media["example"])
    return dict(next(iter(media["examples"].values()))["value"])


# A query integer in decimal ASCII digits: str.isdigit also takes "²", which int() refuses, and the Arabic-Indic
# digits, which it reads. One short enough to read quickly; a longer one is left as text, refused as not an integer.
_QUERY_INTEGER = re.compile(r"-?[0-9]{1,19}")


def _as_type(value: str, schema: Mapping[str, Any]) -> Any:
    if schema.get("type") == "integer" and _QUERY_INTEGER.fullmatch(value):
        return int(value)
    if schema.get("type") == "boolean" and value in ("true", "false"):
        return value == "true"
    return value


def _ecma_pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Iterator[ValidationError]:
    """``pattern`` as OpenAPI (ECMA-262) reads it: a final ``$`` ends the string, where Python's ``$`` would
    also match before a trailing newline, letting "login\\n" through ``^[a-z]+$``."""
    if isinstance(instance, str) and not _compiled(pattern).search(instance):
        yield ValidationError(f"does not match {pattern!r}")


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + "\\Z"
    return re.compile(pattern)


# types-jsonschema leaves extend() untyped; what it returns is a Draft202012Validator class.
_Validator: type[Draft202012Validator] = validators.extend(  # type: ignore[no-untyped-call]
    Draft202012Validator, {"pattern": _ecma_pattern}
)


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _field_errors(errors: Iterable[ValidationError], root: str) -> list[FieldError]:
    """Each problem once (jsonschema reports a missing property once per ``required`` error), at most
    ``_MAX_FIELDS`` of them, so that a body of many wrong keys cannot make a much larger answer."""
    found: dict[FieldError, None] = {}
    for error in errors:
        for problem in _describe(error, root):
            found[problem] = None
            if len(found) == _MAX_FIELDS:
                return list(found)
    return list(found)


_MAX_FIELDS = 20


def _describe(error: ValidationError, root: str) -> list[FieldError]:
    where = _path(error.absolute_path)
    branch = _chosen_branch(error)
    if branch is not None:
        return [problem for inner in branch for problem in _describe(inner, root)]
    if error.validator == "required" and isinstance(error.instance, dict):
        missing = [name for name in cast(list[str], error.validator_value) if name not in error.instance]
        return [FieldError(_join(where, name, root), f"{name} is required.") for name in missing]
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        known = set(cast(Mapping[str, Any], error.schema).get("properties", {}))
        return [
            FieldError(_join(where, name, root), f"{_cut(name)} is not a field of this request.")
            for name in error.instance
            if name not in known
        ]
    return [FieldError(where or root, _MESSAGES.get(str(error.validator), "Is not valid here.").format(error=error))]


def _chosen_branch(error: ValidationError) -> list[ValidationError] | None:
    """For a ``oneOf`` or ``anyOf`` with a discriminator, the errors of the branch the instance's discriminator
    names (a body's ``schemeType`` picks its config's schema), so the answer names the field at fault inside it."""
    schema = error.schema if isinstance(error.schema, Mapping) else {}
    discriminator = schema.get("discriminator")
    if error.validator not in ("oneOf", "anyOf") or not isinstance(discriminator, Mapping):
        return None
    if not isinstance(error.instance, Mapping):
        return None
    value = error.instance.get(discriminator["propertyName"])
    target = discriminator.get("mapping", {}).get(value) if isinstance(value, str) else None
    branches = [index for index, item in enumerate(schema[error.validator]) if item.get("$ref") == target]
    if target is None or not branches:
        return None
    inner = [
        item
        for item in error.context or []
        if item.relative_schema_path and item.relative_schema_path[0] == branches[0]
    ]
    return inner or None


_MESSAGES = {
    "type": "Must be of type {error.validator_value}.",
    "pattern": "Does not have the required form ({error.validator_value}).",
    "minLength": "Must be at least {error.validator_value} characters long.",
    "maxLength": "Must be at most {error.validator_value} characters long.",
    "minItems": "Must have at least {error.validator_value} items.",
    "maxItems": "Must have at most {error.validator_value} items.",
    "format": "Must be a valid {error.validator_value}.",
    "enum": "Must be one of {error.validator_value}.",
}


def _path(parts: Iterable[Any]) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _join(where: str, name: str, root: str) -> str:
    return f"{where}.{_cut(name)}" if where else _cut(name) or root


def _cut(text: str, limit: int = 64) -> str:
    return text if len(text) <= limit else text[:limit] + "…"
