"""``VersoriMock``: the reference server in the test process, and the control plane in one call each.

Every control is ``mock_server.control.Control``'s, called on the server's own loop: the kit translates
arguments and answers and holds no logic of its own. A sync method waits for the server's loop
(``Future.result()``); its async twin, named with an ``a`` in front (``aapprove``), awaits the same future with
``asyncio.wrap_future``, so it never blocks the test's event loop.
"""

import asyncio
from collections.abc import Awaitable, Callable, Coroutine, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from types import TracebackType
from typing import Any, ParamSpec, Protocol, Self, TypeVar

import httpx

from mock_server.app import create_app
from mock_server.control.control import AuthorizationResult, Control, JournalEntry
from mock_server.http.runtime import bind
from mock_server.seed.model import Seed, Starter
from mock_server.settings import PROVIDER_PATH, Settings

from .. import AsyncClient, AsyncPlatformClient, Client, Connection, CredentialParam, PlatformClient
from ..platform import Connection as PlatformConnection
from ._connection_body import oauth2_connection, platform_oauth1_connection, platform_oauth2_connection
from ._outgoing import SharedTransport, tls_context
from ._server_thread import ServerThread

_T = TypeVar("_T")
_P = ParamSpec("_P")

# The Platform API's base path on the server, as on Versori's.
_PLATFORM_PATH = "/api/v2"

# Where the kit serves: loopback, on a port the OS picks. Settings passed to VersoriMock may not change these.
_PLACE = frozenset({"host", "port", "public_url", "workers"})


@dataclass(frozen=True)
class _PlatformProvider:
    """A seed system of the built-in provider on the Platform API: its sign-in config (``oauth2`` whose grant is
    the starter's credential, or ``oauth1`` whose ``credentialId`` is a consumer credential of the seed) and a static
    connection template on it."""

    system_id: str
    template_id: str
    config: dict[str, Any]


class _Started(Protocol):
    """An initialise answer of either API."""

    @property
    def url(self) -> str: ...


@dataclass(frozen=True)
class _Running:
    server: ServerThread
    control: Control
    outgoing: SharedTransport
    base_url: str
    starter: Starter | None
    provider_config: dict[str, Any] | None
    platform_provider: _PlatformProvider | None
    oauth1_provider: _PlatformProvider | None


class VersoriMock:
    """The reference server on a loopback port of its own, with fresh in-memory stores, from ``start()`` (or
    ``with`` / ``async with``) until ``stop()``.

    ``settings`` are ``mock_server.settings.Settings`` fields (``seed=Path(...)``, ``pkce=False``,
    ``validate_responses=True``, ...); the host and port are the kit's. Connections are kept in memory.
    """

    def __init__(self, **settings: Any) -> None:
        fixed = sorted(_PLACE & settings.keys())
        if fixed:
            raise TypeError(f"VersoriMock picks its own {', '.join(fixed)}")
        self._settings = Settings(**{"database": ":memory:", **settings})
        self._running: _Running | None = None

    # Starting and stopping

    def start(self) -> Self:
        self._launch().result()
        return self

    def stop(self) -> None:
        self._halt().result()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()

    async def __aenter__(self) -> Self:
        await asyncio.wrap_future(self._launch())
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await asyncio.wrap_future(self._halt())

    # Where it is and what a first call needs

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT``: for the SDK, a browser or any HTTP client."""
        return self._run.base_url

    @property
    def api_key(self) -> str:
        return self._start_data.api_key.key

    @property
    def organisation_id(self) -> str:
        return self._start_data.credential.organisation_id

    @property
    def connector_id(self) -> str:
        return self._start_data.connector.id

    @property
    def credential_id(self) -> str:
        """The OAuth 2.0 client credential of the built-in provider."""
        return self._start_data.credential.id

    @property
    def client_id(self) -> str:
        return self._start_data.credential.client_id

    @property
    def authorize_url(self) -> str:
        """The built-in provider's authorize endpoint."""
        return self._start_data.credential.authorize_url or f"{self.base_url}{PROVIDER_PATH}/authorize"

    @property
    def token_url(self) -> str:
        """The built-in provider's token endpoint, where the server exchanges the code."""
        return self._start_data.credential.token_url

    @property
    def platform_base_url(self) -> str:
        """``http://127.0.0.1:PORT/api/v2``: the Platform API's base URL, as ``https://platform.versori.com/api/v2``
        is Versori's."""
        return f"{self.base_url}{_PLATFORM_PATH}"

    @property
    def system_id(self) -> str:
        """The Platform API's system of the built-in provider (its ``oauth2`` config's grant is ``credential_id``)."""
        return self._platform.system_id

    @property
    def connection_template_id(self) -> str:
        """The static connection template on ``system_id`` that ``platform_connect`` creates connections on."""
        return self._platform.template_id

    @property
    def oauth1_system_id(self) -> str:
        """The Platform API's system of the built-in provider's OAuth 1.0a side (an ``oauth1`` config whose consumer
        is ``oauth1_credential_id``)."""
        return self._oauth1.system_id

    @property
    def oauth1_credential_id(self) -> str:
        """The consumer credential (the consumer key and secret) of ``oauth1_system_id``'s ``oauth1`` config: the
        ``credential`` of its OAuth 1.0 initialise."""
        return str(self._oauth1.config["oauth1"]["credentialId"])

    @property
    def oauth1_connection_template_id(self) -> str:
        """The static connection template on ``oauth1_system_id`` that ``oauth1_connect`` creates connections on."""
        return self._oauth1.template_id

    def client(self, **options: Any) -> Client:
        """A ``Client`` with this server's URL and API key; ``options`` go to ``Client`` (and win)."""
        return Client(**self._client_options(options, httpx.HTTPTransport, self.base_url))

    def async_client(self, **options: Any) -> AsyncClient:
        """An ``AsyncClient`` with this server's URL and API key; ``options`` go to ``AsyncClient`` (and win)."""
        return AsyncClient(**self._client_options(options, httpx.AsyncHTTPTransport, self.base_url))

    def platform_client(self, **options: Any) -> PlatformClient:
        """A ``PlatformClient`` with ``platform_base_url`` and the API key; ``options`` go to ``PlatformClient``
        (and win)."""
        return PlatformClient(**self._client_options(options, httpx.HTTPTransport, self.platform_base_url))

    def async_platform_client(self, **options: Any) -> AsyncPlatformClient:
        """An ``AsyncPlatformClient`` with ``platform_base_url`` and the API key; ``options`` go to
        ``AsyncPlatformClient`` (and win)."""
        return AsyncPlatformClient(**self._client_options(options, httpx.AsyncHTTPTransport, self.platform_base_url))

    # What the app sent

    @property
    def calls(self) -> list[JournalEntry]:
        """Every API call so far, in arrival order: operation id, path parameters, JSON body (secrets
        redacted), status and error code."""
        return self._wait(self._control_call(self._run.control.journal))

    def clear_calls(self) -> None:
        self._wait(self._control_call(self._run.control.clear_journal))

    # State

    def reset(self) -> None:
        """Back to the seed: connections, states, codes and seeded additions gone, calls and planned failures
        cleared."""
        self._wait(self._run.control.reset())

    async def areset(self) -> None:
        await self._await(self._run.control.reset())

    def seed(self, data: Mapping[str, Any]) -> dict[str, int]:
        """Add ``organisations``, ``connectors``, ``credentials`` (with ``client_secret`` and ``token_url``),
        ``api_keys`` and ``connections``, in the seed file's shapes: all or, when one is refused
        (``mock_server.control.ControlError`` naming the field), none. Answers how many of each were added."""
        return self._wait(self._run.control.seed(data))

    async def aseed(self, data: Mapping[str, Any]) -> dict[str, int]:
        return await self._await(self._run.control.seed(data))

    # The user's side of OAuth

    def approve(self, authorize_url: str) -> AuthorizationResult:
        """What clicking Approve on the built-in provider's consent page for ``authorize_url`` (an initialise
        answer's ``url``) produces: the redirect, with its ``code`` and ``state``."""
        return self._wait(self._run.control.approve(authorize_url))

    async def aapprove(self, authorize_url: str) -> AuthorizationResult:
        return await self._await(self._run.control.approve(authorize_url))

    def deny(self, authorize_url: str) -> AuthorizationResult:
        """As ``approve``, for Deny: ``error`` is ``access_denied``."""
        return self._wait(self._run.control.deny(authorize_url))

    async def adeny(self, authorize_url: str) -> AuthorizationResult:
        return await self._await(self._run.control.deny(authorize_url))

    @property
    def auth_scheme_config(self) -> dict[str, Any]:
        """The seed's ``oauth2`` auth scheme config of ``connector_id`` whose grant is the built-in provider's
        credential (the contract's ``AuthSchemeConfig`` JSON): the one ``connection_body`` and ``connect`` use."""
        config = self._run.provider_config
        if config is None:
            raise LookupError(
                f"The seed has no oauth2 auth scheme config of {self.connector_id} for {self.credential_id}."
            )
        return config

    def connection_body(self, name: str, approved: AuthorizationResult) -> dict[str, Any]:
        """The contract's JSON that creates a connection named ``name`` from ``approved``'s code and state, under
        ``auth_scheme_config``: what to pass to ``client.connections.create`` to end the loop."""
        if approved.code is None or approved.state is None:
            raise ValueError(f"The provider did not approve: {approved.error}")
        return oauth2_connection(name, self.auth_scheme_config, approved.code, approved.state)

    def connect(
        self, name: str = "Test connection", *, scopes: Sequence[str] | None = None, connector_id: str | None = None
    ) -> Connection:
        """The whole loop through the SDK (initialise, approve, create), for the built-in provider's credential
        and ``connector_id`` (default: ``self.connector_id``); answers the created connection. Its two calls are
        in ``calls`` like any other."""
        return self._wait(self._connect(name, scopes, connector_id))

    async def aconnect(
        self, name: str = "Test connection", *, scopes: Sequence[str] | None = None, connector_id: str | None = None
    ) -> Connection:
        return await self._await(self._connect(name, scopes, connector_id))

    @property
    def platform_auth_scheme_config(self) -> dict[str, Any]:
        """The seed's ``oauth2`` auth scheme config of ``system_id`` whose grant is the built-in provider's
        credential (the Platform contract's ``AuthSchemeConfig`` JSON): the one ``platform_connection_body`` and
        ``platform_connect`` use."""
        return self._platform.config

    def platform_connection_body(
        self, name: str, approved: AuthorizationResult, *, redirect_url: str | None = None
    ) -> dict[str, Any]:
        """The Platform contract's JSON that creates a connection named ``name`` on ``connection_template_id`` from
        ``approved``'s code and state (``redirect_url``: the ``redirectUrl`` initialise was given): what to pass to
        ``client.connections.create`` of a ``PlatformClient`` to end the loop."""
        if approved.code is None or approved.state is None:
            raise ValueError(f"The provider did not approve: {approved.error}")
        platform = self._platform
        return platform_oauth2_connection(
            name,
            platform.template_id,
            platform.config,
            self.organisation_id,
            approved.code,
            approved.state,
            redirect_url,
        )

    def platform_connect(
        self, name: str = "Test connection", *, scopes: Sequence[str] | None = None, redirect_url: str | None = None
    ) -> PlatformConnection:
        """``connect`` on the Platform API: the whole loop through the SDK (initialise on ``system_id``, with
        ``redirect_url`` as its ``redirectUrl`` when given, approve, create on ``connection_template_id``); answers
        the created connection."""
        return self._wait(self._platform_connect(name, scopes, redirect_url))

    async def aplatform_connect(
        self, name: str = "Test connection", *, scopes: Sequence[str] | None = None, redirect_url: str | None = None
    ) -> PlatformConnection:
        return await self._await(self._platform_connect(name, scopes, redirect_url))

    @property
    def oauth1_auth_scheme_config(self) -> dict[str, Any]:
        """The seed's ``oauth1`` auth scheme config of ``oauth1_system_id`` (the Platform contract's
        ``AuthSchemeConfig`` JSON, its consumer secret ``[redacted]``): the one ``oauth1_connection_body`` and
        ``oauth1_connect`` use."""
        return self._oauth1.config

    def oauth1_connection_body(self, name: str, approved: AuthorizationResult) -> dict[str, Any]:
        """The Platform contract's JSON that creates a connection named ``name`` on
        ``oauth1_connection_template_id`` from ``approved``'s ``state``, ``oauth_token`` and ``oauth_verifier`` (an
        OAuth 1.0a sign-in's approve): what to pass to ``client.connections.create`` of a ``PlatformClient`` to end
        the loop. The server exchanges them for an ``oauth1-token`` credential."""
        state, token, verifier = approved.state, approved.oauth_token, approved.oauth_verifier
        if state is None or token is None or verifier is None:
            raise ValueError(f"The provider did not approve an OAuth 1.0a sign-in: {approved.error}")
        oauth1 = self._oauth1
        return platform_oauth1_connection(
            name, oauth1.template_id, oauth1.config, self.organisation_id, state, token, verifier
        )

    def oauth1_connect(self, name: str = "Test connection") -> PlatformConnection:
        """``platform_connect`` for OAuth 1.0a: the whole loop through the SDK (OAuth 1.0 initialise on
        ``oauth1_system_id`` for ``oauth1_credential_id``, approve, create on ``oauth1_connection_template_id``);
        answers the created connection, whose credential is ``oauth1-token``."""
        return self._wait(self._oauth1_connect(name))

    async def aoauth1_connect(self, name: str = "Test connection") -> PlatformConnection:
        return await self._await(self._oauth1_connect(name))

    # Failures on demand

    def fail_next(
        self, status: int, *, operation: str | None = None, times: int = 1, retry_after: float | None = None
    ) -> None:
        """The next ``times`` calls (of ``operation``, an operationId, when given) answer the contract's
        documented Error for ``status``; a 429 or 503 carries ``Retry-After: retry_after`` (default 1)."""
        fail_next = self._run.control.fail_next
        self._wait(self._control_call(fail_next, status, operation=operation, times=times, retry_after=retry_after))

    def delay_next(self, milliseconds: int, *, operation: str | None = None, times: int = 1) -> None:
        """The next ``times`` calls (of ``operation`` when given) are answered ``milliseconds`` late."""
        self._wait(self._control_call(self._run.control.delay_next, milliseconds, operation=operation, times=times))

    def fail_token_endpoint(self, *, status: int = 503, times: int = 1) -> None:
        """The built-in provider's token endpoint answers ``status`` to its next ``times`` calls, so creating a
        connection answers 502 ``provider_unavailable``."""
        self._wait(self._control_call(self._run.control.fail_token_endpoint, status=status, times=times))

    # How

    @property
    def _run(self) -> _Running:
        if self._running is None:
            raise RuntimeError("This VersoriMock is not running: use `with VersoriMock() as mock:` or start().")
        return self._running

    @property
    def _start_data(self) -> Starter:
        starter = self._run.starter
        if starter is None:
            raise LookupError("The seed has no credential whose organisation also has a connector and an API key.")
        return starter

    @property
    def _platform(self) -> _PlatformProvider:
        return _found(
            self._run.platform_provider,
            f"The seed has no Platform system with an oauth2 config for {self.credential_id} and a static"
            " connection template on it.",
        )

    @property
    def _oauth1(self) -> _PlatformProvider:
        return _found(
            self._run.oauth1_provider,
            f"The seed has no Platform system of {self.organisation_id} with an oauth1 config whose credentialId"
            " is a credential of the seed, and a static connection template on it.",
        )

    def _launch(self) -> "Future[None]":
        if self._running is not None:
            raise RuntimeError("This VersoriMock is running already.")
        listener = bind("127.0.0.1", 0)
        try:
            settings = self._settings.with_overrides(host="127.0.0.1", port=listener.getsockname()[1])
            outgoing = SharedTransport()
            app = create_app(settings, http_transport=outgoing)
        except BaseException:
            listener.close()
            raise
        seed = app.state.services.seed
        starter = seed.starter(settings.provider_token_url) or seed.starter()
        server = ServerThread(app, settings, listener, after=outgoing.close)
        config, platform, oauth1 = (
            _provider_config(seed, starter),
            _platform_provider(seed, starter),
            _oauth1(seed, starter),
        )
        self._running = _Running(
            server, app.state.control, outgoing, settings.base_url, starter, config, platform, oauth1
        )
        started = server.start()
        started.add_done_callback(self._forget_if_failed)
        return started

    def _forget_if_failed(self, started: "Future[None]") -> None:
        if started.exception() is not None:
            self._running = None

    def _halt(self) -> "Future[None]":
        running, self._running = self._running, None
        if running is None:
            stopped: Future[None] = Future()
            stopped.set_result(None)
            return stopped
        return running.server.stop()

    def _client_options(
        self, options: Mapping[str, Any], transport: Callable[..., Any], base_url: str
    ) -> dict[str, Any]:
        """``base_url`` and this server's key, a transport on the TLS context built once (unless ``options`` bring
        their own HTTP layer), then ``options``."""
        defaults: dict[str, Any] = {"api_key": self.api_key, "base_url": base_url}
        if not {"transport", "http_client"} & options.keys():
            defaults["transport"] = transport(verify=tls_context())
        return {**defaults, **options}

    async def _connect(self, name: str, scopes: Sequence[str] | None, connector_id: str | None) -> Connection:
        """The Connect API's loop on ``connector_id`` (default: ``self.connector_id``)."""
        organisation_id, connector_id = self.organisation_id, connector_id or self.connector_id
        arguments = self._oauth2_sign_in(scopes)
        async with self.async_client(transport=self._run.outgoing) as client:
            return await self._loop(
                lambda: client.connections.initialise_oauth2(organisation_id, connector_id, **arguments),
                lambda approved: client.connections.create(
                    organisation_id, connector_id, self.connection_body(name, approved), max_retries=0
                ),
            )

    async def _platform_connect(
        self, name: str, scopes: Sequence[str] | None, redirect_url: str | None
    ) -> PlatformConnection:
        """The Platform API's loop on ``system_id`` and ``connection_template_id``."""
        organisation_id, system_id = self.organisation_id, self.system_id
        arguments, body = self._oauth2_sign_in(scopes), self.platform_connection_body
        async with self.async_platform_client(transport=self._run.outgoing) as client:
            return await self._loop(
                lambda: client.connections.initialise_oauth2(
                    organisation_id, system_id, redirect_url=redirect_url, **arguments
                ),
                lambda approved: client.connections.create(
                    organisation_id, body(name, approved, redirect_url=redirect_url), max_retries=0
                ),
            )

    async def _oauth1_connect(self, name: str) -> PlatformConnection:
        """The Platform API's OAuth 1.0a loop on ``oauth1_system_id`` and ``oauth1_connection_template_id``."""
        organisation_id, system_id = self.organisation_id, self.oauth1_system_id
        credential: CredentialParam = {"id": self.oauth1_credential_id, "organisation_id": organisation_id}
        async with self.async_platform_client(transport=self._run.outgoing) as client:
            return await self._loop(
                lambda: client.connections.initialise_oauth1(organisation_id, system_id, credential=credential),
                lambda approved: client.connections.create(
                    organisation_id, self.oauth1_connection_body(name, approved), max_retries=0
                ),
            )

    def _oauth2_sign_in(self, scopes: Sequence[str] | None) -> dict[str, Any]:
        """An OAuth 2.0 initialise's arguments (either API's) for the built-in provider's credential."""
        credential = self._start_data.credential
        return {
            "credential": {"id": credential.id, "organisation_id": credential.organisation_id},
            "authorize_url": self.authorize_url,
            "client_id": credential.client_id,
            "scopes": scopes,
        }

    async def _loop(
        self,
        initialise: Callable[[], Awaitable[_Started]],
        create: Callable[[AuthorizationResult], Awaitable[_T]],
    ) -> _T:
        """The loop of either API and either OAuth, run on the server's own event loop (so that sync and async
        callers share it): initialise, approve on the built-in provider's consent page, create."""
        started = await initialise()
        approved = await self._run.control.approve(started.url)
        if approved.error is not None or approved.state is None:
            raise RuntimeError(f"The built-in provider did not approve: {approved.error}")
        # Not retried (the create's max_retries=0): the server uses the state up on the first attempt, so a retry
        # could only fail.
        return await create(approved)

    def _wait(self, coroutine: Coroutine[Any, Any, _T]) -> _T:
        return self._submit(coroutine).result()

    async def _await(self, coroutine: Coroutine[Any, Any, _T]) -> _T:
        return await asyncio.wrap_future(self._submit(coroutine))

    def _submit(self, coroutine: Coroutine[Any, Any, _T]) -> "Future[_T]":
        if self._running is None:
            coroutine.close()
        return self._run.server.submit(coroutine)

    @staticmethod
    async def _control_call(control: Callable[_P, _T], *args: _P.args, **kwargs: _P.kwargs) -> _T:
        """A plain control, run on the server's loop like the rest, so it never races a request in flight."""
        return control(*args, **kwargs)


def _provider_config(seed: Seed, starter: Starter | None) -> dict[str, Any] | None:
    """The seed's oauth2 config of the starter's connector whose grant names the starter's credential."""
    if starter is None:
        return None
    for item in seed.auth_scheme_configs:
        grant = item.config.get("grant") or {}
        if item.connector_id == starter.connector.id and grant.get("credentialId") == starter.credential.id:
            return item.config
    return None


def _platform_provider(seed: Seed, starter: Starter | None) -> _PlatformProvider | None:
    """The seed's Platform system of the starter's organisation with an ``oauth2`` config whose grant names the
    starter's credential, and a static connection template on it."""
    if starter is None:
        return None
    credential_id = starter.credential.id

    def signs_in(config: dict[str, Any]) -> bool:
        grant = config.get("oauth2", {}).get("grant", {}).get("authorizationCode", {})
        return bool(grant.get("credentialId") == credential_id)

    return _signing_in_system(seed, starter, signs_in)


def _oauth1(seed: Seed, starter: Starter | None) -> _PlatformProvider | None:
    """The seed's Platform system of the starter's organisation with an ``oauth1`` config whose ``credentialId`` is
    a consumer credential of the seed of that organisation, and a static connection template on it."""
    if starter is None:
        return None
    owner = starter.credential.organisation_id

    def signs_in(config: dict[str, Any]) -> bool:
        consumer = seed.credential(str(config.get("oauth1", {}).get("credentialId", "")))
        return consumer is not None and consumer.organisation_id == owner

    return _signing_in_system(seed, starter, signs_in)


def _found(provider: _PlatformProvider | None, missing: str) -> _PlatformProvider:
    if provider is None:
        raise LookupError(missing)
    return provider


def _signing_in_system(
    seed: Seed, starter: Starter, signs_in: Callable[[dict[str, Any]], bool]
) -> _PlatformProvider | None:
    """The first seed system of the starter's organisation with a static connection template and a config that
    ``signs_in``, with those two."""
    for system in seed.systems:
        if system.organisation_id != starter.credential.organisation_id:
            continue
        template = next(
            (
                item
                for item in seed.connection_templates
                if item.document["systemId"] == system.id and not item.document.get("dynamic", False)
            ),
            None,
        )
        config = next((item for item in system.document.get("authSchemeConfigs", []) if signs_in(item)), None)
        if template is not None and config is not None:
            return _PlatformProvider(system.id, template.id, config)
    return None
