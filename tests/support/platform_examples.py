"""The examples and ids of platform-openapi.yaml, so that the Platform client's tests send and expect exactly what
the contract shows, and a respx router that checks every call against that contract."""

import copy
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, cast

import respx

from versori_connect.platform import DEFAULT_BASE_URL

from .client import contract_checked_router
from .contract import contract_document
from .paths import PLATFORM_OPENAPI_PATH

# The contract's example ids.
ORGANISATION_ID = "01M630NCG4ZDDRK8JJJ5EVRJSK"
SYSTEM_ID = "01M8GP3ZM0P2A6P0D1R4N3M887"
CONFIG_ID = "01M8GP5T70900A53TV6XNG817J"
CONNECTION_ID = "01M8GPR450DZAGNNKYEART997S"
PROJECT_ID = "01M8GPEZ60038CKN6G40Y6WC4P"
ENVIRONMENT_ID = "01M8GPGSS0XV55XZ7AER1STX7D"
TEMPLATE_ID = "01M8GPJMC026XPV7FEXTAXMM89"
EXTERNAL_ID = "cust-4f9a2b"
CREDENTIAL_ID = "01M685ETG43A32W69JE3TGMGF2"

SYSTEMS = f"/o/{ORGANISATION_ID}/systems"
SYSTEM = f"{SYSTEMS}/{SYSTEM_ID}"
CONFIG = f"{SYSTEM}/auth-scheme-configs/{CONFIG_ID}"
INITIALISE = f"{SYSTEM}/oauth2/initialise"
INITIALISE_OAUTH1 = f"{SYSTEM}/oauth1/initialise"
CONNECTIONS = f"/o/{ORGANISATION_ID}/connections"
CONNECTION = f"{CONNECTIONS}/{CONNECTION_ID}"
TEMPLATES = f"/o/{ORGANISATION_ID}/projects/{PROJECT_ID}/connection-templates"
TEMPLATE = f"{TEMPLATES}/{TEMPLATE_ID}"
USERS = f"/o/{ORGANISATION_ID}/users"
USER = f"{USERS}/{EXTERNAL_ID}"


def document() -> dict[str, Any]:
    return contract_document(PLATFORM_OPENAPI_PATH)


def example(name: str) -> dict[str, Any]:
    """The value of ``components/examples/<name>``, a fresh copy."""
    return cast(dict[str, Any], copy.deepcopy(document()["components"]["examples"][name]["value"]))


def _operation(operation_id: str) -> dict[str, Any]:
    for item in document()["paths"].values():
        for method, operation in item.items():
            if method != "parameters" and operation["operationId"] == operation_id:
                return cast(dict[str, Any], operation)
    raise KeyError(operation_id)


def request_example(operation_id: str, name: str) -> dict[str, Any]:
    """The request body example ``name`` of the operation, a fresh copy."""
    examples = _operation(operation_id)["requestBody"]["content"]["application/json"]["examples"]
    return cast(dict[str, Any], copy.deepcopy(examples[name]["value"]))


def response_example(operation_id: str, status: str, name: str) -> dict[str, Any]:
    """The answer example ``name`` of the operation's ``status``, a fresh copy (a ``$ref`` to a component example
    followed)."""
    examples = _operation(operation_id)["responses"][status]["content"]["application/json"]["examples"]
    value = examples[name]
    if "$ref" in value:
        return example(value["$ref"].rsplit("/", 1)[-1])
    return cast(dict[str, Any], copy.deepcopy(value["value"]))


@contextmanager
def platform_checked_router(
    base_url: str = DEFAULT_BASE_URL, *, check_responses: bool = True
) -> Iterator[respx.MockRouter]:
    """``contract_checked_router`` for platform-openapi.yaml: every request (and answer) is checked against it."""
    with contract_checked_router(base_url, check_responses=check_responses, contract=PLATFORM_OPENAPI_PATH) as router:
        yield router
