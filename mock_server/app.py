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

from .api.auth import Authenticator, JwtSettings
from .api.connect.connections import (
    create_connector_connection,
    delete_connection,
    get_connection,
    list_connector_connections,
    plant_seed_connections,
    update_connection,
)
from .api.connect.connectors import delete_auth_scheme_config, get_connector, list_connectors, upsert_auth_scheme_config
from .api.connect.demo import demo_endpoint
from .api.connect.initialise import initialise_oauth2_connection
from .api.connect.seed_documents import check_seed_documents
from .api.endpoint import Handler, contract_routes
from .api.preferences import with_faults, with_preference
from .api.services import Services
from .contract.compiled import Contract, Operation
from .control.admin import admin_routes
from .control.control import Control
from .core import errors
from .core.errors import ApiError, error_response
from .http.access_log import AccessLog
from .http.metrics import Metrics
from .http.middleware import RequestMiddleware
from .http.request_id import HEADER, request_id_of
from .oauth.callback import callback_endpoint
from .oauth.provider import MockProvider
from .seed.model import starting_seed
from .settings import Settings
from .stores.base import Clock
from .stores.registry import Stores, open_stores

logger = logging.getLogger("mock_server")


def create_app(
    settings: Settings,
    *,
    clock: Clock = time.time,
    stores: Stores | None = None,
    http_transport: httpx.AsyncBaseTransport | None = None,
) -> Starlette:
    """The server; ``stores`` (default: ``open_stores(settings, clock)``) are closed when it shuts down."""
    seed = starting_seed(settings)
    jwt_settings = _jwt_settings(settings)
    contract = Contract.load()
    check_seed_documents(seed, contract)
    # Last, once every setting has been found usable: nothing is left open when one is not.
    stores = stores if stores is not None else open_stores(settings, clock, seed)
    services = Services(
        settings=settings,
        contract=contract,
        seed=seed,
        catalogue=stores.catalogue,
        authenticator=Authenticator(stores.catalogue, jwt_settings, clock=clock),
        states=stores.states,
        connections=stores.connections,
        http_transport=http_transport,
        clock=clock,
    )
    provider = MockProvider(
        stores.catalogue,
        frozenset({settings.redirect_uri}),
        stores.provider,
        clock,
        settings.provider_code_ttl_seconds,
        settings.auto_approve,
    )
    control = Control(services, stores, provider)
    handlers = {operation.operation_id: _handler(operation, services) for operation in contract.operations.values()}
    routes = [
        *contract_routes(contract, handlers, services),
        *admin_routes(control, services),
        Route("/oauth2/callback", callback_endpoint(services), methods=["GET"]),
        *provider.routes(),
        Route("/demo", demo_endpoint(services), methods=["GET"]),
        Route("/healthz", _healthz, methods=["GET"]),
        Route("/readyz", _readyz(stores), methods=["GET"]),
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
            await plant_seed_connections(services)
        except ApiError as error:
            # With its store down the server starts anyway, not ready (``/readyz``); a reset plants them later.
            if error.code != "store_unavailable":
                raise
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
                cors={
                    "allow_origins": list(settings.cors_origins),
                    "allow_methods": ["GET", "POST", "PUT", "DELETE", "OPTIONS"],
                    "allow_headers": ["Authorization", "Content-Type", "X-Request-Id", "Prefer"],
                    "expose_headers": [HEADER, "WWW-Authenticate", "Retry-After"],
                    "allow_credentials": True,
                    "max_age": 600,
                },
                metrics=metrics,
            ),
        ],
        exception_handlers={ApiError: _api_error, HTTPException: _http_error, Exception: _unexpected_error},
    )
    app.state.services = services
    app.state.control = control
    return app


_HANDLERS: dict[str, Handler] = {
    "initialise_oauth2_connection": initialise_oauth2_connection,
    "create_connector_connection": create_connector_connection,
    "list_connector_connections": list_connector_connections,
    "get_connection": get_connection,
    "update_connection": update_connection,
    "delete_connection": delete_connection,
    "list_connectors": list_connectors,
    "get_connector": get_connector,
    "upsert_auth_scheme_config": upsert_auth_scheme_config,
    "delete_auth_scheme_config": delete_auth_scheme_config,
}


def _handler(operation: Operation, services: Services) -> Handler:
    handler = _HANDLERS[operation.operation_id]
    preferring = with_preference(operation, handler) if services.settings.allow_prefer else handler
    return with_faults(operation, preferring)


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


def _readyz(stores: Stores) -> Callable[[Request], Awaitable[Response]]:
    async def readyz(request: Request) -> Response:
        if not await stores.ready():
            return error_response(errors.store_unavailable())
        return JSONResponse({"status": "ready"})

    return readyz


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
