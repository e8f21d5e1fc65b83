"""The reference server's settings: defaults, then ``VERSORI_MOCK_*`` environment variables, then flags."""

import functools
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, get_type_hints
from urllib.parse import urlsplit

ENV_PREFIX = "VERSORI_MOCK_"
LOG_FORMATS = ("text", "json")
# Where the built-in OAuth 2.0 provider and the OAuth callback live on the server.
PROVIDER_PATH = "/mock-provider"
CALLBACK_PATH = "/oauth2/callback"

DEFAULT_CORS_ORIGINS = (
    "http://localhost:3000",
    "http://127.0.0.1:3000",
    "http://localhost:5173",
    "http://127.0.0.1:5173",
    "http://localhost:8080",
    "http://127.0.0.1:8080",
)

# Settings that were, and what took their place: one still set stops the server at start-up, rather than
# being ignored while the behaviour it chose has changed.
REMOVED = {
    "CALLBACK_TARGET_ORIGIN": (
        "the OAuth callback now speaks Versori's popup protocol and answers the hello of a page on the server's"
        f" own origin or on one of {ENV_PREFIX}CORS_ORIGINS; remove it (docs/front-ends.md)"
    ),
}


@dataclass(frozen=True)
class Settings:
    host: str = "127.0.0.1"
    port: int = 8000
    # The base URL browsers reach the server at; redirect_uri is built from it. Default: http://host:port.
    public_url: str | None = None
    # A YAML or JSON seed file; None means the built-in seed.
    seed: Path | None = None
    # More API keys, as "key=organisation_id" pairs, on top of the seed's.
    api_keys: tuple[str, ...] = ()
    jwt_issuer: str | None = None
    jwt_audience: str | None = None
    jwt_hs256_secret: str | None = field(default=None, repr=False)
    jwt_public_key: Path | None = None
    jwt_jwks: Path | None = None
    state_ttl_seconds: float = 600.0
    state_max_entries: int = 10_000
    # Where states and the mock provider's codes live: "memory" (one process) or "sqlite" (a file that
    # several worker processes on this machine share).
    store_backend: str = "memory"
    store_path: str = "versori-mock-state.sqlite3"
    # With store_backend "redis": everything a loop needs (states, codes, connections, the catalogue) in this
    # Redis, shared by every instance pointed at it; each key starts with redis_key_prefix.
    redis_url: str = "redis://127.0.0.1:6379/0"
    redis_key_prefix: str = "versori-mock:"
    # Worker processes; more than one needs store_backend "sqlite" and a database file.
    workers: int = 1
    cors_origins: tuple[str, ...] = DEFAULT_CORS_ORIGINS
    max_body_bytes: int = 64 * 1024
    # A request line and headers larger than this, all together, are refused with 431.
    max_header_bytes: int = 16 * 1024
    # A connection that has not sent complete headers this long after it opened (or after the first byte of a
    # later request on it) gets 408 and is closed (slowloris).
    header_timeout_seconds: float = 10.0
    # Connections open at once; one more is answered 503 with Retry-After and closed.
    max_connections: int = 1000
    # On SIGTERM: stop accepting, let requests in flight finish for at most this long, then exit.
    shutdown_grace_seconds: float = 10.0
    # A body that takes longer than this to arrive is refused with 408 (slow clients hold no worker).
    body_read_timeout_seconds: float = 10.0
    # Add PKCE (S256) to every authorize URL and send the verifier with the code exchange.
    pkce: bool = True
    # Where connections are kept (SQLite); ":memory:" keeps them for the life of the process only.
    database: str = "versori-mock.sqlite3"
    # Honour the Prefer header (code=N, delay=MS) so front ends and SDK tests can see each error state.
    allow_prefer: bool = False
    # The admin API's bearer token (/__admin); None: the admin API answers loopback clients only.
    admin_token: str | None = field(default=None, repr=False)
    # The built-in mock provider approves without asking (for tests).
    auto_approve: bool = False
    # How long the mock provider's authorization codes live.
    provider_code_ttl_seconds: float = 60.0
    # Check every response against the contract too, and fail loudly when one does not conform.
    validate_responses: bool = False
    log_level: str = "info"
    # "text" (uvicorn's console style) or "json" (one object per line; a request's line has its id, operation,
    # status and duration).
    log_format: str = "text"
    # Serve Prometheus metrics at /metrics.
    metrics: bool = False

    def __post_init__(self) -> None:
        if self.store_backend not in ("memory", "sqlite", "redis"):
            raise ValueError(f"store_backend must be memory, sqlite or redis, not {self.store_backend!r}")
        if self.log_format not in LOG_FORMATS:
            raise ValueError(f"log_format must be text or json, not {self.log_format!r}")
        if self.max_connections < 1 or self.header_timeout_seconds <= 0 or self.shutdown_grace_seconds < 0:
            raise ValueError(
                "max_connections and header_timeout_seconds must be positive, shutdown_grace_seconds not negative"
            )
        shared = self.store_backend == "redis" or (self.store_backend == "sqlite" and self.database != ":memory:")
        if self.workers > 1 and not shared:
            raise ValueError(
                f"several workers need {ENV_PREFIX}STORE_BACKEND=sqlite and a {ENV_PREFIX}DATABASE file"
                f" (not :memory:), or {ENV_PREFIX}STORE_BACKEND=redis, so that they share data"
            )

    # Cached (settings never change once made): initialise reads redirect_uri on every call.
    @functools.cached_property
    def base_url(self) -> str:
        return (self.public_url or f"http://{self.host}:{self.port}").rstrip("/")

    @functools.cached_property
    def redirect_uri(self) -> str:
        return f"{self.base_url}{CALLBACK_PATH}"

    @functools.cached_property
    def provider_token_url(self) -> str:
        """The built-in provider's token endpoint: the catalogue's credentials with this token URL are its clients."""
        return f"{self.base_url}{PROVIDER_PATH}/token"

    @functools.cached_property
    def provider_oauth1_token_url(self) -> str:
        """The built-in OAuth 1.0a provider's token endpoint: the catalogue's credentials with this token URL are its
        consumers (their client id the consumer key, their client secret the consumer secret)."""
        return f"{self.base_url}{PROVIDER_PATH}/oauth1/token"

    @functools.cached_property
    def provider_token_urls(self) -> frozenset[str]:
        """The token URLs whose credentials the built-in provider knows, as OAuth 2.0 clients or OAuth 1.0a
        consumers."""
        return frozenset({self.provider_token_url, self.provider_oauth1_token_url})

    @functools.cached_property
    def own_origin(self) -> str:
        """The origin of the public URL: where the demo page and the OAuth callback are."""
        parts = urlsplit(self.base_url)
        return f"{parts.scheme}://{parts.netloc}"

    @functools.cached_property
    def page_origins(self) -> tuple[str, ...]:
        """The origins whose pages may drive the server from a browser: its own and the CORS origins. The admin
        API takes calls from them (without a token), and the OAuth callback answers their hellos."""
        return (self.own_origin, *self.cors_origins)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> "Settings":
        """Settings from ``VERSORI_MOCK_<FIELD>`` variables (``VERSORI_MOCK_PORT=8001``); lists are comma-separated."""
        environ = os.environ if environ is None else environ
        for name, why in REMOVED.items():
            if ENV_PREFIX + name in environ:
                raise ValueError(f"{ENV_PREFIX}{name} is no longer a setting: {why}")
        hints = get_type_hints(cls)
        values: dict[str, Any] = {}
        for item in fields(cls):
            raw = environ.get(ENV_PREFIX + item.name.upper())
            if raw is not None:
                values[item.name] = _parse(item.name, hints[item.name], raw)
        return cls(**values)

    def with_overrides(self, **overrides: Any) -> "Settings":
        """These settings with every override that is not None applied."""
        return replace(self, **{name: value for name, value in overrides.items() if value is not None})


def _parse(name: str, hint: Any, raw: str) -> Any:
    try:
        if hint is bool:
            return _boolean(raw)
        if hint in (int, float):
            return hint(raw)
        if hint == tuple[str, ...]:
            return tuple(part.strip() for part in raw.split(",") if part.strip())
        if hint == Path | None:
            return Path(raw) if raw else None
    except ValueError as error:
        raise ValueError(f"{ENV_PREFIX}{name.upper()}: {error}") from error
    return raw if hint is str else (raw or None)


def _boolean(raw: str) -> bool:
    word = raw.strip().lower()
    if word in {"1", "true", "yes", "on"}:
        return True
    if word in {"0", "false", "no", "off", ""}:
        return False
    raise ValueError(f"{raw!r} is not true or false")
