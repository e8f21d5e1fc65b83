"""``create_app(settings)``: the reference server as a Starlette application, composed of its layers."""

import contextlib
import os
import time
from collections.abc import AsyncIterator, Awaitable, Callable

import httpx
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .api import connect, platform
from .api.auth import Authenticator, JwtSettings
from .api.connect.connections import plant_seed_connections
from .api.connect.demo import demo_endpoint
from .api.connect.seed_documents import check_seed_documents
from .api.endpoint import contract_routes
from .api.platform.seeding import check_platform_references, check_platform_seed_documents, plant_platform_seed
from .api.services import Services
from .contract.compiled import Contract, default_openapi_path
from .control.admin import admin_routes
from .control.control import Control
from .http.access_log import AccessLog
from .http.metrics import Metrics
from .http.middleware import RequestMiddleware
from .http.replies import JsonReply, error_reply, exception_handlers
from .http.request_id import HEADER
from .oauth.callback import callback_endpoint
from .oauth.provider import MockProvider
from .oauth.state import StateStore
from .seed.loading import starting_seed
from .settings import CALLBACK_PATH, Settings
from .stores.base import Clock, StoreUnavailableError
from .stores.registry import Stores, open_stores


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
    platform_contract = Contract.load(default_openapi_path(platform.CONTRACT), platform.NAMESPACE)
    check_seed_documents(seed, contract)
    check_platform_seed_documents(seed, platform_contract)
    check_platform_references(seed)
    # Last, once every setting has been found usable: nothing is left open when one is not.
    stores = stores if stores is not None else open_stores(settings, clock, seed)
    states = StateStore(stores.states, clock)
    services = Services(
        settings=settings,
        contract=contract,
        platform_contract=platform_contract,
        seed=seed,
        catalogue=stores.catalogue,
        authenticator=Authenticator(stores.catalogue, jwt_settings, clock=clock),
        states=states,
        connections=stores.connections,
        platform=stores.platform,
        http_transport=http_transport,
        clock=clock,
    )
    stores.catalogue.when_reloaded(lambda: plant_seed(services))
    provider = MockProvider(stores.catalogue, stores.provider_codes, stores.provider_refresh_tokens, settings, clock)
    control = Control(services, stores, provider)
    routes = [
        # Connect v1 at Versori's base path and, as it always was here, at the root; the Platform API at its own.
        *contract_routes(contract, connect.HANDLERS, services, base_paths=(CONNECT_BASE_PATH, "")),
        *contract_routes(platform_contract, platform.HANDLERS, services, base_paths=(platform.BASE_PATH,)),
        *admin_routes(control, services),
        Route(CALLBACK_PATH, callback_endpoint(states, settings), methods=["GET"]),
        *provider.routes(),
        Route("/demo", demo_endpoint(services), methods=["GET"]),
        Route("/healthz", _healthz, methods=["GET"]),
        Route("/readyz", _readyz(stores), methods=["GET"]),
        Route("/openapi.yaml", _openapi(contract), methods=["GET"]),
        Route(f"{platform.BASE_PATH}/openapi.yaml", _openapi(platform_contract), methods=["GET"]),
    ]
    metrics = Metrics() if settings.metrics else None
    if metrics is not None:
        routes.append(Route("/metrics", metrics.endpoint, methods=["GET"]))
        states.report_to(metrics.states)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await stores.open()
        # With its store down the server starts anyway, not ready (``/readyz``); a reset plants them later.
        with contextlib.suppress(StoreUnavailableError):
            await plant_seed(services)
        try:
            yield
        finally:
            await stores.close()

    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        middleware=[
            # Header size and timing limits are held below the app, by the HTTP protocol (http/protocol.py).
            Middleware(
                RequestMiddleware,
                operations=_operation_names(
                    (contract, (CONNECT_BASE_PATH, "")), (platform_contract, (platform.BASE_PATH,))
                ),
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
        exception_handlers=exception_handlers(),
    )
    app.state.services = services
    app.state.control = control
    return app


CONNECT_BASE_PATH = "/api/connect/v1"


async def plant_seed(services: Services) -> None:
    """What the seed holds beyond the catalogue: its connections of both APIs."""
    await plant_seed_connections(services)
    await plant_platform_seed(services, services.seed)


def _operation_names(*served: tuple[Contract, tuple[str, ...]]) -> dict[tuple[str, str], str]:
    """Each route's (path, method) and the name of its operation, for the access log and the metrics."""
    return {
        (base + op.path, op.method): op.name
        for contract, bases in served
        for base in bases
        for op in contract.operations.values()
    }


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
    return JsonReply({"status": "ok", "worker": os.getpid()})


def _readyz(stores: Stores) -> Callable[[Request], Awaitable[Response]]:
    async def readyz(request: Request) -> Response:
        if not await stores.ready():
            return error_reply(StoreUnavailableError())
        return JsonReply({"status": "ready"})

    return readyz


def _openapi(contract: Contract) -> Callable[[Request], Awaitable[Response]]:
    text = contract.source_text

    async def openapi(request: Request) -> Response:
        return Response(text, media_type="application/yaml")

    return openapi
