"""Oracle.validate: schemathesis's checks, with ``ignored_auth`` probing an operation until it found its credentials
enforced once (the contract tests send thousands of 2xx cases per operation)."""

from typing import Any

import pytest
import schemathesis
from schemathesis.core.failures import FailureGroup
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from tests.support.oracle import ContractShape, Exchange, Oracle

BASE_URL = "http://testserver"
KEY = {"X-Key": "right"}
DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "things", "version": "1"},
    "components": {"securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}}},
    "security": [{"key": []}],
    "paths": {
        "/things": {
            "get": {
                "operationId": "list_things",
                "responses": {
                    "200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}},
                    "401": {"description": "no key, or a wrong one"},
                },
            }
        }
    },
}


def _keys_seen_validating(cases: int, *, enforced: bool, seen: list[str | None]) -> None:
    """Send ``cases`` keyed requests to an app that refuses a wrong key (when ``enforced``) and validate each."""

    async def things(request: Request) -> JSONResponse:
        key = request.headers.get("x-key")
        seen.append(key)
        if enforced and key != KEY["X-Key"]:
            return JSONResponse({"code": "unauthorized"}, status_code=401)
        return JSONResponse({})

    schema = schemathesis.openapi.from_dict(DOCUMENT)
    schema.app = Starlette(routes=[Route("/things", things)])
    oracle = Oracle(ContractShape(DOCUMENT), BASE_URL, KEY)
    for _ in range(cases):
        case = schema["/things"]["GET"].Case()
        oracle.validate(case, Exchange(case.call(base_url=BASE_URL, headers=KEY), allowed=True))


def test_the_credentials_are_probed_on_the_first_2xx_answer_only() -> None:
    seen: list[str | None] = []
    _keys_seen_validating(3, enforced=True, seen=seen)
    # The first call, its probes without a key and with a wrong one, then the two other calls unprobed.
    assert seen == ["right", None, "SCHEMATHESIS-INVALID-VALUE", "right", "right"]


def test_an_operation_that_ignores_its_credentials_still_fails() -> None:
    seen: list[str | None] = []
    with pytest.raises(FailureGroup, match="API accepts requests without authentication"):
        _keys_seen_validating(3, enforced=False, seen=seen)
    assert seen == ["right", None]
