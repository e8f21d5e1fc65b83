"""``create_app(settings)``: the reference server as a Starlette application."""

import contextlib
import logging
import os
import time
from collections.abc import AsyncIterator, Awaitable, Callable

import httpx
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import errors
from .auth import ApiKey, Authenticator, JwtSettings
from .callback import callback_endpoint
from .checked_endpoint import Handler, checked_endpoint
from .connections import create_connector_connection, get_connection, list_connector_connections
from .contract import Contract, Operation
from .cors import BrowserCorsMiddleware
from .demo import demo_endpoint
from .errors import ApiError, error_response
from .initialise import initialise_oauth2_connection
from .key_value import Clock
from .metrics import Metrics
from .mock_provider import MockProvider, ProviderClient, provider_token_url
from .prefer import with_preference
from .request_id import HEADER, request_id_of
from .request_middleware import RequestMiddleware
from .seed import Seed, load_seed
from .server_log import AccessLog
from .services import Services
from .settings import Settings
from .stores import Stores, open_stores

logger = logging.getLogger("mock_server")


def create_app(
    settings: Settings,
    *,
    clock: Clock = time.time,
    stores: Stores | None = None,
    http_transport: httpx.AsyncBaseTransport | None = None,
) -> Starlette:
    """The server; ``stores`` (default: ``open_stores(settings, clock)``) are closed when it shuts down."""
    seed = load_seed(settings.seed, settings.base_url)
    authenticator = Authenticator([*seed.api_keys, *_extra_api_keys(settings)], _jwt_settings(settings), clock=clock)
    contract = Contract.load()
    # Last, once every setting has been found usable: nothing is left open when one is not.
    stores = stores if stores is not None else open_stores(settings, clock)
    services = Services(
        settings=settings,
        contract=contract,
        seed=seed,
        authenticator=authenticator,
        states=stores.states,
        connections=stores.connections,
        http_transport=http_transport,
        clock=clock,
    )
    provider = MockProvider(
        _provider_clients(seed, settings),
        stores.provider,
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
        stores.states.report_to(metrics.states)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await stores.open()
        try:
            yield
        finally:
            await stores.close()

    app = Starlette(
        routes=routes,
        lifespan=lifespan,
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
    endpoints = {op.method: checked_endpoint(op, _handler(op, services), services) for op in operations}

    async def dispatch(request: Request) -> Response:
        return await endpoints[request.method](request)

    return dispatch


def _handler(operation: Operation, services: Services) -> Handler:
    handler = _HANDLERS[operation.operation_id]
    return with_preference(operation, handler) if services.settings.allow_prefer else handler


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
    headers = dict(error.headers or {})
    if error.status_code == 404:
        return error_response(errors.not_found())
    if error.status_code == 405:
        return error_response(errors.method_not_allowed(headers))
    return error_response(errors.http_error(error.status_code, str(error.detail), headers))


async def _unexpected_error(request: Request, error: Exception) -> Response:
    request_id = request_id_of(request.scope)
    logger.exception("unexpected error in %s %s (request id %s)", request.method, request.url.path, request_id)
    return error_response(errors.internal_error(request_id))
