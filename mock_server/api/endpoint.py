"""Routes that hold to the contract: each request is checked against its operation before the handler runs,
and, with ``validate_responses``, each answer after it."""

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..contract.compiled import Contract, Operation
from ..core import errors
from ..core.errors import ApiError
from ..http.body import read_json_body
from ..http.replies import JsonReply
from .auth import AuthenticationError, Principal
from .services import Services


# Made for every request: not frozen, whose __init__ costs twice as much; nothing changes one once made.
@dataclass(slots=True)
class CheckedRequest:
    """A request that passed the contract's checks: its caller, headers, path and query parameters and parsed
    JSON body."""

    principal: Principal | None
    headers: Mapping[str, str]
    path: Mapping[str, str]
    query: Mapping[str, Any]
    body: Any
    raw_body: bytes | None  # the body as it came (None when the operation takes none)


# Made for every request: not frozen, whose __init__ costs twice as much; nothing changes one once made.
@dataclass(slots=True)
class Reply:
    status: int
    # None for an answer without content (204).
    body: Any
    headers: dict[str, str] = field(default_factory=dict)


Handler = Callable[[CheckedRequest, Services], Awaitable[Reply]]
# Who is calling, checked first (401, 403): the Versori API's API keys and JWTs, or the admin API's gate.
Caller = Callable[[Operation, Request, Services], Awaitable[Principal | None]]


class BrokenContractError(RuntimeError):
    """The server was about to send an answer the contract does not allow."""


async def api_caller(operation: Operation, request: Request, services: Services) -> Principal | None:
    """The Versori API's caller, when the operation asks for one."""
    if not operation.requires_auth:
        return None
    authorization = request.headers.get("authorization")
    # The cookie counts only without an Authorization header; parsed only then.
    cookie = request.cookies.get("cookie") if authorization is None else None
    try:
        return await services.authenticator.authenticate(authorization, cookie)
    except AuthenticationError as error:
        raise errors.unauthorized(error.message, error.www_authenticate) from error


def checked_endpoint(
    operation: Operation, handler: Handler, services: Services, *, caller: Caller = api_caller, journaled: bool = True
) -> Callable[[Request], Awaitable[Response]]:
    """The endpoint of ``operation``; each call goes into the journal when ``journaled`` (the API's calls, not
    the admin API's)."""

    async def endpoint(request: Request) -> Response:
        checked = None
        try:
            checked = await _checked_request(operation, request, services, caller)
            reply = await handler(checked, services)
        except ApiError as error:
            reply = Reply(error.status, error.body(), error.headers)
        if services.settings.validate_responses:
            _check_reply(operation, reply)
        if journaled:
            raw_body = checked.raw_body if checked is not None else None
            services.journal.record(operation.operation_id, request.path_params, raw_body, reply.status, reply.body)
        if reply.body is None:  # 204: no content
            return Response(status_code=reply.status, headers=reply.headers)
        return JsonReply(reply.body, status_code=reply.status, headers=reply.headers)

    return endpoint


async def _checked_request(
    operation: Operation, request: Request, services: Services, caller: Caller
) -> CheckedRequest:
    """The caller first (401, 403), then the contract: headers, path, query, body, each refused with 400."""
    principal = await caller(operation, request, services)
    problems = operation.check_headers(request.headers)
    if problems:
        raise errors.off_contract("header", problems)
    # Starlette's own dict for this request, every value a str (the contract's paths use no convertors).
    path: dict[str, str] = request.path_params
    problems = operation.check_path_parameters(path)
    if problems:
        raise errors.off_contract("path", problems)
    query, problems = operation.check_query(request.query_params) if request.scope["query_string"] else ({}, [])
    if problems:
        raise errors.off_contract("query", problems)
    raw_body = body = None
    if operation.body is not None:
        settings = services.settings
        raw_body, body = await read_json_body(request, settings.max_body_bytes, settings.body_read_timeout_seconds)
        problems = operation.check_body(body)
        if problems:
            raise errors.off_contract("body", problems)
    return CheckedRequest(
        principal=principal, headers=request.headers, path=path, query=query, body=body, raw_body=raw_body
    )


def _check_reply(operation: Operation, reply: Reply) -> None:
    if reply.body is None and str(reply.status) in operation.no_content_statuses:
        return
    problems = operation.response_problems(reply.status, reply.body)
    if problems:
        raise BrokenContractError(f"{operation.operation_id} answered {reply.status} against the contract: {problems}")


def contract_routes(
    contract: Contract,
    handlers: Mapping[str, Handler],
    services: Services,
    *,
    caller: Caller = api_caller,
    journaled: bool = True,
) -> list[Route]:
    """One route per path of ``contract``, each method checked against its operation and answered by the handler
    of its operationId. HEAD is answered as GET, whose body the HTTP server leaves out (RFC 9110 §9.3.2): it is
    the GET operation's call in every way, journal and planned failures included."""
    by_path: dict[str, dict[str, Endpoint]] = {}
    for op in contract.operations.values():
        by_path.setdefault(op.path, {})[op.method] = checked_endpoint(
            op, handlers[op.operation_id], services, caller=caller, journaled=journaled
        )
    routes = []
    for path, endpoints in by_path.items():
        methods = list(endpoints)
        if len(endpoints) == 1:
            # Starlette lets only the route's methods (and HEAD with GET) through: the one endpoint answers them.
            routes.append(Route(path, endpoints[methods[0]], methods=methods))
            continue
        if "GET" in endpoints:
            endpoints["HEAD"] = endpoints["GET"]

        async def dispatch(request: Request, endpoints: Mapping[str, Endpoint] = endpoints) -> Response:
            return await endpoints[request.method](request)

        routes.append(Route(path, dispatch, methods=methods))
    return routes


Endpoint = Callable[[Request], Awaitable[Response]]
