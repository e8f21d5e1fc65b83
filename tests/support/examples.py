"""The examples of openapi.yaml, so tests send and expect exactly what the contract shows."""

import copy
from typing import Any, cast

from .contract import contract_document

INITIALISE_PATH = "/o/{organisation_id}/connectors/{connector_id}/oauth2/initialise"
ORGANISATION_ID = "01M630NCG4ZDDRK8JJJ5EVRJSK"
CONNECTOR_ID = "01M65K23G4WE37NGTVC0HJVGP1"


def _initialise_operation() -> dict[str, Any]:
    return cast(dict[str, Any], contract_document()["paths"][INITIALISE_PATH]["post"])


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = contract_document()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def request_example(name: str) -> dict[str, Any]:
    """The request body example called ``name`` (``google`` sets every field, ``minimal`` the required)."""
    media = _initialise_operation()["requestBody"]["content"]["application/json"]
    return cast(dict[str, Any], copy.deepcopy(media["examples"][name]["value"]))


def response_examples(status: str) -> dict[str, dict[str, Any]]:
    """Every example body of the response documented for ``status`` ("200", "400", ..., "default")."""
    response = _resolve(_initialise_operation()["responses"][status])
    media = response["content"]["application/json"]
    if "examples" in media:
        examples = {name: example["value"] for name, example in media["examples"].items()}
    else:
        examples = {"example": media["example"]}
    return copy.deepcopy(examples)


def documented_statuses() -> list[str]:
    """The statuses the operation documents, "default" included."""
    return list(_initialise_operation()["responses"])
