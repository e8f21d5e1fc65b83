"""``create_app(settings)``: the reference server as a Starlette application."""

import logging
import os
import time
from collections.abc import Awaitable, Callable

import httpx
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .auth import ApiKey, Authenticator, JwtSettings
from .callback import callback_endpoint
from .checked_endpoint import Handler, checked_endpoint
from .connection_store import ConnectionStore
from .connections import create_connector_connection, get_connection, list_connector_connections
from .contract import Contract, Operation
from .cors import BrowserCorsMiddleware
from .demo import demo_endpoint
from .errors import ApiError, error_response
from .initialise import initialise_oauth2_connection
from .key_value import Clock, KeyValueStore, MemoryKeyValueStore, SqliteKeyValueStore
from .metrics import Metrics
from .mock_provider import MockProvider, ProviderClient, ProviderStores, provider_token_url
from .request_id import HEADER, request_id_of
from .request_middleware import RequestMiddleware
from .seed import Seed, load_seed
from .server_log import AccessLog
from .services import Services
from .settings import Settings
from .state import InMemoryStateStore, StateStore

logger = logging.getLogger("mock_server")

_HTTP_ERRORS = {
    404: ("not_found", "There is nothing at this path."),
    405: ("method_not_allowed", "This path does not take this method; see the Allow header."),
}


def create_app(
    settings: Settings,
    *,
    clock: Clock = time.time,
    states: StateStore | None = None,
    http_transport: httpx.AsyncBaseTransport | None = None,
) -> Starlette:
    seed = load_seed(settings.seed, settings.base_url)
    services = Services(
        settings=settings,
        contract=Contract.load(),
        seed=seed,
        authenticator=Authenticator([*seed.api_keys, *_extra_api_keys(settings)], _jwt_settings(settings), clock=clock),
        states=states if states is not None else _state_store(settings, clock),
        connections=ConnectionStore(settings.database),
        http_transport=http_transport,
        clock=clock,
    )
    provider = MockProvider(
        _provider_clients(seed, settings),
        _provider_stores(settings, clock),
        clock,
        settings.provider_code_ttl_seconds,
        settings.auto_approve,
    )
    routes = [
        *_api_routes(services),
        Route("/oauth2/callback", callback_endpoint(services), methods=["GET"]),
        *provider.routes(),
        Route("/demo", demo_endpoint(services), methods=["GET"]),
        Route("/healthz", _healthz, methods=["GET"]),
        Route("/openapi.yaml", _openapi(services), methods=["GET"]),
    ]
    metrics = Metrics() if settings.metrics else None
    if metrics is not None:
        routes.append(Route("/metrics", metrics.endpoint, methods=["GET"]))
    app = Starlette(
        routes=routes,
        middleware=[
            # Header size and timing limits are held below the app, by the HTTP protocol (http_protocol.py).
            Middleware(
                RequestMiddleware,
                operations={(op.path, op.method): op.operation_id for op in services.contract.operations.values()},
                access_log=AccessLog(settings.log_format),
                metrics=metrics,
            ),
            Middleware(
                BrowserCorsMiddleware,
                allow_origins=list(settings.cors_origins),
                allow_methods=["GET", "POST", "OPTIONS"],
                allow_headers=["Authorization", "Content-Type", "X-Request-Id", "Prefer"],
                expose_headers=[HEADER, "WWW-Authenticate", "Retry-After"],
                allow_credentials=True,
                max_age=600,
            ),
        ],
        exception_handlers={ApiError: _api_error, HTTPException: _http_error, Exception: _unexpected_error},
    )
    app.state.services = services
    return app


_HANDLERS: dict[str, Handler] = {
    "initialise_oauth2_connection": initialise_oauth2_connection,
    "create_connector_connection": create_connector_connection,
    "list_connector_connections": list_connector_connections,
    "get_connection": get_connection,
}


def _api_routes(services: Services) -> list[Route]:
    """One route per path of the contract, each method checked against its operation."""
    by_path: dict[str, list[Operation]] = {}
    for operation in services.contract.operations.values():
        by_path.setdefault(operation.path, []).append(operation)
    return [
        Route(path, _dispatch(operations, services), methods=[op.method for op in operations])
        for path, operations in by_path.items()
    ]


def _dispatch(operations: list[Operation], services: Services) -> Callable[[Request], Awaitable[Response]]:
    endpoints = {op.method: checked_endpoint(op, _HANDLERS[op.operation_id], services) for op in operations}

    async def dispatch(request: Request) -> Response:
        return await endpoints[request.method](request)

    return dispatch


def _state_store(settings: Settings, clock: Clock) -> StateStore:
    if settings.store_backend == "sqlite":
        return StateStore(SqliteKeyValueStore(settings.store_path, "states", settings.state_max_entries, clock))
    return InMemoryStateStore(settings.state_max_entries, clock=clock)


def _provider_stores(settings: Settings, clock: Clock) -> ProviderStores:
    def store(table: str) -> KeyValueStore:
        if settings.store_backend == "sqlite":
            return SqliteKeyValueStore(settings.store_path, table, _PROVIDER_MAX_ENTRIES, clock)
        return MemoryKeyValueStore(_PROVIDER_MAX_ENTRIES, clock)

    return ProviderStores(codes=store("provider_codes"), refresh_tokens=store("provider_refresh_tokens"))


_PROVIDER_MAX_ENTRIES = 10_000


def _provider_clients(seed: Seed, settings: Settings) -> dict[str, ProviderClient]:
    """The seed's credentials whose token endpoint is the built-in provider's."""
    token_url = provider_token_url(settings.base_url)
    return {
        credential.client_id: ProviderClient(
            credential.client_id, credential.client_secret, frozenset({settings.redirect_uri})
        )
        for credential in seed.credentials
        if credential.token_url == token_url
    }


def _extra_api_keys(settings: Settings) -> list[ApiKey]:
    keys = []
    for pair in settings.api_keys:
        key, separator, organisation_id = pair.rpartition("=")
        if not separator or not key or not organisation_id:
            raise ValueError(f"API key setting {pair[:4]}... must be key=organisation_id")
        keys.append(ApiKey(key=key, organisation_id=organisation_id, name="from settings"))
    return keys


def _jwt_settings(settings: Settings) -> JwtSettings | None:
    if not (settings.jwt_hs256_secret or settings.jwt_public_key or settings.jwt_jwks):
        return None
    if not (settings.jwt_issuer and settings.jwt_audience):
        raise ValueError("JWT verification needs both jwt_issuer and jwt_audience")
    return JwtSettings(
        issuer=settings.jwt_issuer,
        audience=settings.jwt_audience,
        hs256_secret=settings.jwt_hs256_secret,
        public_key_pem=settings.jwt_public_key.read_text(encoding="utf-8") if settings.jwt_public_key else None,
        jwks_path=settings.jwt_jwks,
    )


async def _healthz(request: Request) -> Response:
    # The worker's process id tells tests (and people) which of several workers answered.
    return JSONResponse({"status": "ok", "worker": os.getpid()})


def _openapi(services: Services) -> Callable[[Request], Awaitable[Response]]:
    text = services.contract.source_text

    async def openapi(request: Request) -> Response:
        return Response(text, media_type="application/yaml")

    return openapi


async def _api_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, ApiError)
    return error_response(error)


async def _http_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)
    code, message = _HTTP_ERRORS.get(error.status_code, ("invalid_request", str(error.detail)))
    return error_response(ApiError(error.status_code, code, message, headers=dict(error.headers or {})))


async def _unexpected_error(request: Request, error: Exception) -> Response:
    request_id = request_id_of(request.scope)
    logger.exception("unexpected error in %s %s (request id %s)", request.method, request.url.path, request_id)
    return error_response(
        ApiError(
            500,
            "internal_error",
            "Something went wrong on our side; nothing was stored.",
            details=f"Request id: {request_id}",
            headers={HEADER: request_id},
        )
    )
