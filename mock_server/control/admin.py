"""The admin API (``/__admin``, described by admin-openapi.yaml): the control plane over HTTP.

Each handler translates JSON to a call of ``Control`` and its answer back; the controls themselves live in
mock_server/control.py, shared with the Python test kit. Requests are checked against admin-openapi.yaml as
the API's are against openapi.yaml.

Who may call: with an admin token set, whoever sends it as ``Authorization: Bearer <token>``; without one,
loopback clients only, and, from a browser, only pages of this server's own origin or of an allowed CORS origin
(so a page on another site cannot reset the server through the developer's browser). A Versori API key never
opens it.
"""

import hmac
import ipaddress
from collections.abc import Awaitable, Callable
from dataclasses import asdict
from typing import Any

from starlette.requests import Request
from starlette.routing import Route

from ..api.auth import Principal
from ..api.calls import CheckedRequest, Handler, Reply
from ..api.endpoint import contract_routes
from ..api.services import Services
from ..contract.compiled import Contract, Operation, default_openapi_path
from .control import Control
from .errors import AdminForbiddenError, AdminUnauthorizedError

ADMIN_CONTRACT = "admin-openapi.yaml"


def admin_routes(control: Control, services: Services) -> list[Route]:
    contract = Contract.load(default_openapi_path(ADMIN_CONTRACT))
    return contract_routes(contract, _handlers(control), services, caller=admin_caller, controlled=False)


async def admin_caller(operation: Operation, request: Request, services: Services) -> Principal | None:
    """Let the call through (401 or 403 otherwise); the admin API has no principal of its own."""
    token = services.settings.admin_token
    if token:
        scheme, _, presented = request.headers.get("authorization", "").strip().partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(presented.strip().encode(), token.encode()):
            raise AdminUnauthorizedError()
        return None
    if not _loopback(request) or not _origin_allowed(request.headers.get("origin"), services):
        raise AdminForbiddenError()
    return None


def _loopback(request: Request) -> bool:
    try:
        return request.client is not None and ipaddress.ip_address(request.client.host).is_loopback
    except ValueError:
        return False


def _origin_allowed(origin: str | None, services: Services) -> bool:
    if origin is None:  # not a browser, or a same-origin GET
        return True
    return origin in services.settings.page_origins


def _handlers(control: Control) -> dict[str, Handler]:
    async def reset(request: CheckedRequest, services: Services) -> Reply:
        await control.reset()
        return Reply(200, {"status": "reset"})

    async def seed(request: CheckedRequest, services: Services) -> Reply:
        return Reply(200, {"added": await control.seed(request.body)})

    async def journal(request: CheckedRequest, services: Services) -> Reply:
        entries = control.journal(request.query.get("operation"))
        return Reply(200, {"entries": [asdict(entry) for entry in entries]})

    async def clear_journal(request: CheckedRequest, services: Services) -> Reply:
        control.clear_journal()
        return Reply(200, {"status": "cleared"})

    async def fail_next(request: CheckedRequest, services: Services) -> Reply:
        body: dict[str, Any] = request.body
        control.fail_next(
            body["status"],
            operation=body.get("operation"),
            times=body.get("times", 1),
            retry_after=body.get("retry_after"),
        )
        return Reply(200, {"status": "planned"})

    async def delay_next(request: CheckedRequest, services: Services) -> Reply:
        body: dict[str, Any] = request.body
        control.delay_next(body["milliseconds"], operation=body.get("operation"), times=body.get("times", 1))
        return Reply(200, {"status": "planned"})

    def deciding(decide: Callable[[str], Awaitable[Any]]) -> Handler:
        async def decision(request: CheckedRequest, services: Services) -> Reply:
            return Reply(200, asdict(await decide(request.body["authorize_url"])))

        return decision

    async def fail_token_endpoint(request: CheckedRequest, services: Services) -> Reply:
        body: dict[str, Any] = request.body
        control.fail_token_endpoint(status=body.get("status", 503), times=body.get("times", 1))
        return Reply(200, {"status": "planned"})

    return {
        "admin_reset": reset,
        "admin_seed": seed,
        "admin_journal": journal,
        "admin_clear_journal": clear_journal,
        "admin_fail_next": fail_next,
        "admin_delay_next": delay_next,
        "admin_approve": deciding(control.approve),
        "admin_deny": deciding(control.deny),
        "admin_fail_token_endpoint": fail_token_endpoint,
    }
