"""The operations of openapi.yaml (or of another contract, platform-openapi.yaml), read from the contract, so that an
operation added there is tested at once."""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from .contract import contract_document

_HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def resolve(node: Any, document: Mapping[str, Any] | None = None) -> Any:
    """``node`` with its ``$ref`` followed inside ``document`` (default: openapi.yaml)."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = contract_document() if document is None else document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


@dataclass(frozen=True)
class Operation:
    """One operation of openapi.yaml: how to call it with the contract's own examples."""

    operation_id: str
    method: str
    path: str
    path_examples: Mapping[str, str]
    # The example of each query parameter that has one.
    query_examples: Mapping[str, str]
    # Every named example of the request body (one called "example" when the contract gives a single one).
    body_examples: Mapping[str, Any]
    responses: Mapping[str, Any]
    # The contract the operation is of (None: openapi.yaml), and the base path its server serves it at.
    document: Mapping[str, Any] | None = None
    base_path: str = ""

    @property
    def body(self) -> Any | None:
        """The first example of the request body, or None for an operation without one."""
        return next(iter(self.body_examples.values()), None)

    def url(self, base_url: str, **path_values: str) -> str:
        return base_url + self.base_path + self.path.format(**{**self.path_examples, **path_values})

    def error_examples(self) -> dict[int, dict[str, Any]]:
        """The first example body of each documented error status (4xx and 5xx)."""
        return {
            int(status): next(
                iter(
                    _media_examples(
                        resolve(response, self.document)["content"]["application/json"], self.document
                    ).values()
                )
            )
            for status, response in self.responses.items()
            if status.isdigit() and int(status) >= 400
        }

    def response_examples(self, status: str) -> dict[str, Any]:
        return _media_examples(
            resolve(self.responses[status], self.document)["content"]["application/json"], self.document
        )


def _media_examples(media: Mapping[str, Any], document: Mapping[str, Any] | None = None) -> dict[str, Any]:
    if "example" in media:
        return {"example": media["example"]}
    return {name: resolve(example, document)["value"] for name, example in media.get("examples", {}).items()}


def secured_operations(contract: Mapping[str, Any] | None = None, base_path: str = "") -> list[Operation]:
    """Every operation of ``contract`` (default: openapi.yaml) that asks for credentials, with its examples; its
    server serves it under ``base_path``."""
    document = contract_document() if contract is None else contract
    found = []
    for path, item in document["paths"].items():
        for method in _HTTP_METHODS:
            spec = item.get(method)
            if spec is None or not spec.get("security", document.get("security")):
                continue
            parameters = [resolve(p, document) for p in [*item.get("parameters", []), *spec.get("parameters", [])]]
            body = (
                resolve(spec["requestBody"], document)["content"]["application/json"] if "requestBody" in spec else {}
            )
            found.append(
                Operation(
                    operation_id=spec["operationId"],
                    method=method.upper(),
                    path=path,
                    path_examples={p["name"]: str(p["example"]) for p in parameters if p["in"] == "path"},
                    query_examples={
                        p["name"]: _query_text(p["example"])
                        for p in parameters
                        if p["in"] == "query" and "example" in p
                    },
                    body_examples=_media_examples(body, document),
                    responses=spec["responses"],
                    document=contract,
                    base_path=base_path,
                )
            )
    return found


def _query_text(value: Any) -> str:
    """An example as a query string carries it (a boolean as ``true`` or ``false``)."""
    return str(value).lower() if isinstance(value, bool) else str(value)


def call(
    operation: Operation,
    base_url: str,
    headers: Mapping[str, str],
    body: Any | None = None,
    params: Mapping[str, str] | None = None,
    **path_values: str,
) -> httpx.Response:
    """The operation with its path examples (``path_values`` replacing some), ``body`` or its first example, and
    the query ``params``."""
    return httpx.request(
        operation.method,
        operation.url(base_url, **path_values),
        json=operation.body if body is None else body,
        params=params,
        headers=headers,
        timeout=10,
    )
