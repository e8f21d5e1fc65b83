"""``python -m mock_server``: run the reference server with uvicorn.

It binds its socket first, so ``--port 0`` picks a free port, then prints where it listens and what a first
call needs (ids, client id, an API key), one labelled line each.
"""

import argparse
import asyncio
import logging
import os
import socket
import sys
from collections.abc import Sequence
from dataclasses import fields
from pathlib import Path
from typing import Any

import uvicorn
from starlette.applications import Starlette
from uvicorn.supervisors import Multiprocess

from .app import create_app
from .http_protocol import ErrorJsonH11Protocol
from .log_redaction import logging_config
from .mock_provider import provider_token_url
from .seed import Seed, SeedError
from .settings import ENV_PREFIX, Settings


def main(argv: Sequence[str] | None = None) -> int:
    arguments = _parser().parse_args(argv)
    try:
        settings = Settings.from_env().with_overrides(
            host=arguments.host,
            port=arguments.port,
            seed=arguments.seed,
            public_url=arguments.public_url,
            log_level=arguments.log_level,
            validate_responses=arguments.validate_responses or None,
            workers=arguments.workers,
        )
    except ValueError as error:
        print(f"mock_server: {error}", file=sys.stderr)
        return 2
    try:
        listener = _bind(settings.host, settings.port)
        settings = settings.with_overrides(port=listener.getsockname()[1])
        app = create_app(settings)
    except (SeedError, ValueError, OSError) as error:
        print(f"mock_server: {error}", file=sys.stderr)
        return 2
    print(_banner(settings, app.state.services.seed), flush=True)
    if settings.workers == 1:
        asyncio.run(uvicorn.Server(_uvicorn_config(app, settings)).serve(sockets=[listener]))
        return 0
    # Each worker process builds its own app from the same settings, passed down in the environment.
    os.environ.update(_as_environment(settings))
    config = _uvicorn_config("mock_server.__main__:app_from_environment", settings, factory=True)
    Multiprocess(config, sockets=[listener]).run()
    return 0


def app_from_environment() -> Starlette:
    """The app of one worker process (uvicorn's factory)."""
    return create_app(Settings.from_env())


def _uvicorn_config(app: Starlette | str, settings: Settings, **options: Any) -> uvicorn.Config:
    return uvicorn.Config(
        app,
        log_level=settings.log_level,
        proxy_headers=False,
        server_header=False,
        http=ErrorJsonH11Protocol,
        # Let h11 read header blocks up to 1 MiB, so that the app answers oversized ones with its 431 Error.
        h11_max_incomplete_event_size=1024 * 1024,
        log_config=logging_config(),
        workers=settings.workers,
        **options,
    )


def _as_environment(settings: Settings) -> dict[str, str]:
    values: dict[str, str] = {}
    for item in fields(settings):
        value = getattr(settings, item.name)
        if value is None:
            continue
        text = ",".join(value) if isinstance(value, tuple) else str(value)
        values[ENV_PREFIX + item.name.upper()] = text
    return values


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m mock_server",
        description="The reference server of Versori's Initialise OAuth 2.0 Connection API. "
        "Every setting can also come from a VERSORI_MOCK_<NAME> environment variable.",
    )
    parser.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port to listen on; 0 picks a free one (default 8000)")
    parser.add_argument("--seed", type=Path, help="YAML or JSON seed file (default: the built-in seed)")
    parser.add_argument("--public-url", help="base URL browsers reach the server at, for redirect_uri")
    parser.add_argument("--log-level", choices=["critical", "error", "warning", "info", "debug"])
    parser.add_argument(
        "--validate-responses", action="store_true", help="check every answer against the contract (debug)"
    )
    parser.add_argument(
        "--workers", type=int, help="worker processes (default 1); more need VERSORI_MOCK_STORE_BACKEND=sqlite"
    )
    return parser


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY on accepted connections only for sockets that say TCP,
    # and without it Nagle's algorithm and delayed ACKs hold every answer's body back by 40 ms.
    listener = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((host, port))
    listener.listen(2048)
    listener.set_inheritable(True)
    return listener


def _banner(settings: Settings, seed: Seed) -> str:
    lines = [f"Versori reference server listening on {settings.base_url}"]
    # The built-in provider's credential when the seed has one: the whole loop works with it.
    starter = seed.starter(provider_token_url(settings.base_url)) or seed.starter()
    if starter is not None:
        credential = starter.credential
        lines.append(f"organisation_id: {credential.organisation_id}")
        lines.append(f"connector_id: {starter.connector.id}")
        lines.append(f"credential_id: {credential.id}")
        lines.append(f"client_id: {credential.client_id}")
        if credential.authorize_url:
            lines.append(f"authorize_url: {credential.authorize_url}")
        lines.append(f"api_key: {starter.api_key.key}")
    lines.append(f"demo: {settings.base_url}/demo")
    lines.append(f"contract: {settings.base_url}/openapi.yaml")
    return "\n".join(lines)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main())
