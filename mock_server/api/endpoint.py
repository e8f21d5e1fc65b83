"""The one pipeline a contract operation's call goes through (``operation_endpoint``), and the routes of a
contract made of it (``contract_routes``)."""

from collections.abc import Awaitable, Callable, Mapping

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..contract.compiled import Contract, OffContractError, Operation
from ..core.errors import ServiceError
from ..http.body import read_json_body
from ..http.replies import JsonReply, error_headers, status_of
from ..stores.base import confirm_reads, optimistically
from .auth import Principal
from .calls import CheckedRequest, Handler, Reply
from .preferences import chosen_failure
from .services import Services

Endpoint = Callable[[Request], Awaitable[Response]]
# Who is calling, checked first (401, 403): the Versori API's API keys and JWTs, or the admin API's gate.
Caller = Callable[[Operation, Request, Services], Awaitable[Principal | None]]


class BrokenContractError(RuntimeError):
    """The server was about to send an answer the contract does not allow."""


async def api_caller(operation: Operation, request: Request, services: Services) -> Principal | None:
    """The Versori API's caller, when the operation asks for one (``AuthenticationError`` otherwise)."""
    if not operation.requires_auth:
        return None
    authorization = request.headers.get("authorization")
    # The cookie counts only without an Authorization header; parsed only then.
    cookie = request.cookies.get("cookie") if authorization is None else None
    return await services.authenticator.authenticate(authorization, cookie)


def operation_endpoint(
    operation: Operation, handler: Handler, services: Services, *, caller: Caller, controlled: bool
) -> Endpoint:
    """The endpoint of ``operation``. A call goes through, in order:

    1. ``caller``: who is calling (401, 403);
    2. the contract: headers, path, query, then the body, read within its limits (400, 408, 413, 415);
    3. when ``controlled`` (the API's calls, not the admin API's): a failure or delay planned by the control plane,
       then one the request's ``Prefer`` header asks for (when the settings allow it);
    4. the handler;
    5. with ``validate_responses``, the answer checked against the contract;
    6. when ``controlled``, the journal.

    Steps 1 to 4 may run twice (``stores.base.optimistically``), the body read once.

    An error raised by any step is answered as the contract's ``Error`` (``http.replies``), and journaled so; a
    client gone before its body arrived gets no answer (a 499 in the access log and the metrics) and no entry."""
    settings = services.settings

    async def endpoint(request: Request) -> Response:
        checked, reply = await optimistically(lambda: attempt(request))
        if settings.validate_responses:
            _check_reply(operation, reply)
        if controlled:
            raw_body = checked.raw_body if checked is not None else None
            services.journal.record(operation.name, request.path_params, raw_body, reply.status, reply.body)
        if reply.body is None:  # 204: no content
            return Response(status_code=reply.status, headers=reply.headers)
        return JsonReply(reply.body, status_code=reply.status, headers=reply.headers)

    async def attempt(request: Request) -> tuple[CheckedRequest | None, Reply]:
        """Steps 1 to 4, as one call of the stores, which may run twice (``optimistically``)."""
        checked = None
        try:
            checked = await _checked_request(operation, request, services, caller)
            if controlled:
                await chosen_failure(operation, checked, services)
            reply = await handler(checked, services)
        except ServiceError as error:
            reply = _error_reply(error)
        try:
            # Here rather than in ``optimistically``, so that a store found unreachable is answered as such.
            await confirm_reads()
        except ServiceError as error:
            reply = _error_reply(error)
        return checked, reply

    return endpoint


def _error_reply(error: ServiceError) -> Reply:
    return Reply(status_of(error), error.body(), error_headers(error))


async def _checked_request(
    operation: Operation, request: Request, services: Services, caller: Caller
) -> CheckedRequest:
    principal = await caller(operation, request, services)
    problems = operation.check_headers(request.headers)
    if problems:
        raise OffContractError("header", problems)
    # Starlette's own dict for this request, every value a str (the contract's paths use no convertors).
    path: dict[str, str] = request.path_params
    problems = operation.check_path_parameters(path)
    if problems:
        raise OffContractError("path", problems)
    query, problems = operation.check_query(request.query_params) if request.scope["query_string"] else ({}, [])
    if problems:
        raise OffContractError("query", problems)
    raw_body = body = None
    if operation.body is not None:
        settings = services.settings
        raw_body, body = await read_json_body(request, settings.max_body_bytes, settings.body_read_timeout_seconds)
        problems = operation.check_body(body)
        if problems:
            raise OffContractError("body", problems)
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
    controlled: bool = True,
    base_paths: tuple[str, ...] = ("",),
) -> list[Route]:
    """One route per path of ``contract`` under each of ``base_paths``, each method answered by
    ``operation_endpoint`` with the handler of its operationId. HEAD is answered as GET, whose body the HTTP server
    leaves out (RFC 9110 §9.3.2): it is the GET operation's call in every way, journal and planned failures
    included."""
    by_path: dict[str, dict[str, Endpoint]] = {}
    for op in contract.operations.values():
        endpoint = operation_endpoint(op, handlers[op.operation_id], services, caller=caller, controlled=controlled)
        for base in base_paths:
            by_path.setdefault(base + op.path, {})[op.method] = endpoint
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
