"""Routes that hold to the contract: each request is checked against its operation before the handler runs,
and, with ``validate_responses``, each answer after it."""

import json
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from . import errors
from .auth import AuthenticationError, Principal
from .body_reader import read_json_body
from .contract import Operation
from .errors import ApiError
from .services import Services


@dataclass(frozen=True)
class CheckedRequest:
    """A request that passed the contract's checks: its caller, headers, path and query parameters and parsed
    JSON body."""

    principal: Principal | None
    headers: Mapping[str, str]
    path: Mapping[str, str]
    query: Mapping[str, Any]
    body: Any


@dataclass(frozen=True)
class Reply:
    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)


Handler = Callable[[CheckedRequest, Services], Awaitable[Reply]]


class _JsonReply(JSONResponse):
    """Starlette's JSONResponse, rendered by one encoder made once (``json.dumps`` with options makes one each
    call): the same bytes."""

    def render(self, content: Any) -> bytes:
        return _ENCODER.encode(content).encode("utf-8")


_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, indent=None, separators=(",", ":"))


class BrokenContractError(RuntimeError):
    """The server was about to send an answer the contract does not allow."""


def checked_endpoint(
    operation: Operation, handler: Handler, services: Services
) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        try:
            reply = await handler(await _checked_request(operation, request, services), services)
        except ApiError as error:
            reply = Reply(error.status, error.body(), error.headers)
        if services.settings.validate_responses:
            _check_reply(operation, reply)
        return _JsonReply(reply.body, status_code=reply.status, headers=reply.headers)

    return endpoint


async def _checked_request(operation: Operation, request: Request, services: Services) -> CheckedRequest:
    """The caller first (401), then the contract: headers, path, query, body, each refused with 400."""
    principal = _authenticate(request, services) if operation.requires_auth else None
    problems = operation.check_headers(request.headers)
    if problems:
        raise errors.off_contract("header", problems)
    path = {name: str(value) for name, value in request.path_params.items()}
    problems = operation.check_path_parameters(path)
    if problems:
        raise errors.off_contract("path", problems)
    query, problems = operation.check_query(request.query_params) if request.scope["query_string"] else ({}, [])
    if problems:
        raise errors.off_contract("query", problems)
    body = None
    if operation.body is not None:
        settings = services.settings
        body = await read_json_body(request, settings.max_body_bytes, settings.body_read_timeout_seconds)
        problems = operation.check_body(body)
        if problems:
            raise errors.off_contract("body", problems)
    return CheckedRequest(principal=principal, headers=request.headers, path=path, query=query, body=body)


def _authenticate(request: Request, services: Services) -> Principal:
    authorization = request.headers.get("authorization")
    # The cookie counts only without an Authorization header; parsed only then.
    cookie = request.cookies.get("cookie") if authorization is None else None
    try:
        return services.authenticator.authenticate(authorization, cookie)
    except AuthenticationError as error:
        raise errors.unauthorized(error.message, error.www_authenticate) from error


def _check_reply(operation: Operation, reply: Reply) -> None:
    problems = operation.response_problems(reply.status, reply.body)
    if problems:
        raise BrokenContractError(f"{operation.operation_id} answered {reply.status} against the contract: {problems}")
