"""Routes that hold to the contract: each request is checked against its operation before the handler runs,
and, with ``validate_responses``, each answer after it."""

import asyncio
import json
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .auth import AuthenticationError, Principal
from .contract import Operation
from .errors import ApiError, FieldError
from .prefer import Preference, read_prefer
from .services import Services
from .settings import Settings


@dataclass(frozen=True)
class CheckedRequest:
    """A request that passed the contract's checks: its caller, path parameters and parsed JSON body."""

    principal: Principal | None
    path: Mapping[str, str]
    query: Mapping[str, Any]
    body: Any


@dataclass(frozen=True)
class Reply:
    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)


Handler = Callable[[CheckedRequest, Services], Awaitable[Reply]]


class BrokenContractError(RuntimeError):
    """The server was about to send an answer the contract does not allow."""


def checked_endpoint(
    operation: Operation, handler: Handler, services: Services
) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        try:
            checked = await _check_request(operation, request, services)
            reply = await handler(checked, services)
        except ApiError as error:
            reply = Reply(error.status, error.body(), error.headers)
        if services.settings.validate_responses:
            problems = operation.response_problems(reply.status, reply.body)
            if problems:
                raise BrokenContractError(
                    f"{operation.operation_id} answered {reply.status} against the contract: {problems}"
                )
        return JSONResponse(reply.body, status_code=reply.status, headers=reply.headers)

    return endpoint


async def _check_request(operation: Operation, request: Request, services: Services) -> CheckedRequest:
    principal = _authenticate(request, services) if operation.requires_auth else None
    problems = operation.check_headers(request.headers)
    if problems:
        raise ApiError(400, "invalid_request", "A header does not match the contract.", problems)
    if services.settings.allow_prefer and "prefer" in request.headers:
        await _apply_preference(operation, read_prefer(request.headers["prefer"]))
    path = {name: str(value) for name, value in request.path_params.items()}
    problems = operation.check_path_parameters(path)
    if problems:
        raise ApiError(400, "invalid_request", "The path does not match the contract.", problems)
    query, problems = operation.check_query(request.query_params) if request.scope["query_string"] else ({}, [])
    if problems:
        raise ApiError(400, "invalid_request", "The query does not match the contract.", problems)
    body = None
    if operation.body is not None:
        body = await _json_body(request, services.settings)
        problems = operation.check_body(body)
        if problems:
            raise ApiError(400, "invalid_request", "The request body does not match the contract.", problems)
    return CheckedRequest(principal=principal, path=path, query=query, body=body)


async def _apply_preference(operation: Operation, preference: Preference) -> None:
    if preference.delay_ms:
        await asyncio.sleep(preference.delay_ms / 1000)
    example = operation.error_examples.get(preference.status or 0)
    if example is not None:
        retry = {"Retry-After": "1"} if preference.status in (429, 503) else {}
        raise ApiError(
            preference.status or 500,
            example["code"],
            example["message"],
            [FieldError(**field) for field in example.get("fields", [])],
            example.get("details"),
            retry,
        )


def _authenticate(request: Request, services: Services) -> Principal:
    try:
        return services.authenticator.authenticate(request.headers.get("authorization"), request.cookies.get("cookie"))
    except AuthenticationError as error:
        raise ApiError(
            401, "unauthorized", error.message, headers={"WWW-Authenticate": error.www_authenticate}
        ) from error


async def _json_body(request: Request, settings: Settings) -> Any:
    media_type, _, parameters = request.headers.get("content-type", "").partition(";")
    charset = parameters.strip().lower().removeprefix("charset=").strip('"') if parameters.strip() else "utf-8"
    if media_type.strip().lower() != "application/json" or charset != "utf-8":
        raise ApiError(415, "unsupported_media_type", "Send the request body as application/json (UTF-8).")
    try:
        async with asyncio.timeout(settings.body_read_timeout_seconds):
            raw = await _read_body(request, settings.max_body_bytes)
    except TimeoutError:
        raise ApiError(408, "request_timeout", "The request body took too long to arrive.") from None
    try:
        return json.loads(raw.decode("utf-8"), object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise ApiError(400, "invalid_json", "The request body is not valid JSON.", details=_short(error)) from error


async def _read_body(request: Request, limit: int) -> bytes:
    """The body, refused as soon as it is known to exceed ``limit`` bytes (declared or as it arrives)."""
    too_large = ApiError(413, "payload_too_large", f"The request body is larger than {limit} bytes.")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_large
    chunks = bytearray()
    async for chunk in request.stream():
        chunks += chunk
        if len(chunks) > limit:
            raise too_large
    return bytes(chunks)


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    names = [name for name, _ in pairs]
    if len(names) != len(set(names)):
        raise ValueError("an object repeats a key")
    return dict(pairs)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _short(error: Exception) -> str:
    return str(error)[:200]
