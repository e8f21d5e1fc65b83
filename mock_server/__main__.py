"""``python -m mock_server``: run the reference server (``runtime.py`` says how).

It binds its socket first, so ``--port 0`` picks a free port, then prints where it listens and what a first
call needs (ids, client id, an API key), one labelled line each.
"""

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import fields
from pathlib import Path
from typing import Any

from starlette.applications import Starlette

from .app import create_app
from .http.runtime import bind, freeze_startup_heap, serve
from .seed.loading import SeedError
from .seed.model import Seed
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
            log_format=arguments.log_format,
            metrics=arguments.metrics or None,
        )
    except ValueError as error:
        print(f"mock_server: {error}", file=sys.stderr)
        return 2
    try:
        listener = bind(settings.host, settings.port)
        settings = settings.with_overrides(port=listener.getsockname()[1])
        app = create_app(settings)
    except (SeedError, ValueError, OSError) as error:
        print(f"mock_server: {error}", file=sys.stderr)
        return 2
    print(banner(settings, app.state.services.seed), flush=True)
    if settings.workers > 1:
        # Each worker process builds its own app from the same settings, passed down in the environment.
        os.environ.update(_as_environment(settings))
    serve(app, settings, listener, worker_app="mock_server.__main__:app_from_environment")
    return 0


def app_from_environment() -> Starlette:
    """The app of one worker process (uvicorn's factory)."""
    app = create_app(Settings.from_env())
    freeze_startup_heap()
    return app


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
    parser.add_argument("--log-format", choices=["text", "json"], help="text (default) or one JSON object per line")
    parser.add_argument("--metrics", action="store_true", help="serve Prometheus metrics at /metrics")
    parser.add_argument(
        "--workers", type=int, help="worker processes (default 1); more need VERSORI_MOCK_STORE_BACKEND=sqlite"
    )
    return parser


def banner(settings: Settings, seed: Seed) -> str:
    lines = [f"Versori reference server listening on {settings.base_url}"]
    # The built-in provider's credential when the seed has one: the whole loop works with it.
    starter = seed.starter(settings.provider_token_url) or seed.starter()
    if starter is not None:
        credential = starter.credential
        lines.append(f"organisation_id: {credential.organisation_id}")
        lines.append(f"connector_id: {starter.connector.id}")
        lines.append(f"credential_id: {credential.id}")
        lines.append(f"client_id: {credential.client_id}")
        if credential.authorize_url:
            lines.append(f"authorize_url: {credential.authorize_url}")
        lines.append(f"api_key: {starter.api_key.key}")
        # The Platform API's system whose OAuth 2.0 config signs in with that credential, when the seed has one.
        system = next((item for item in seed.systems if credential.id in _oauth2_credential_ids(item.document)), None)
        if system is not None:
            lines.append(f"system_id: {system.id}")
    project = next(iter(seed.projects), None)
    if project is not None:
        lines.append(f"project_id: {project.id}")
        lines.append(f"environment_id: {project.document['environments'][0]}")
    # The system of the built-in provider's OAuth 1.0a side and its consumer credential, when the seed has them.
    oauth1 = next((item for item in seed.systems if _oauth1_credential_id(item.document) is not None), None)
    if oauth1 is not None:
        lines.append(f"oauth1_system_id: {oauth1.id}")
        lines.append(f"oauth1_credential_id: {_oauth1_credential_id(oauth1.document)}")
    lines.append(f"demo: {settings.base_url}/demo")
    lines.append(f"contract: {settings.base_url}/openapi.yaml")
    lines.append(f"platform_contract: {settings.base_url}/api/v2/openapi.yaml")
    return "\n".join(lines)


def _oauth2_credential_ids(system: dict[str, Any]) -> set[str]:
    """The credentials a seed system's oauth2 configs sign in with (their authorization code grants)."""
    configs = (config["oauth2"] for config in system.get("authSchemeConfigs", []) if config["type"] == "oauth2")
    grants = (config.get("grant", {}) for config in configs)
    return {
        str(grant["authorizationCode"]["credentialId"])
        for grant in grants
        if "credentialId" in grant.get("authorizationCode", {})
    }


def _oauth1_credential_id(system: dict[str, Any]) -> str | None:
    """The consumer credential of a seed system's first oauth1 config, if it has one."""
    configs = (config["oauth1"] for config in system.get("authSchemeConfigs", []) if config["type"] == "oauth1")
    return next((str(config["credentialId"]) for config in configs if "credentialId" in config), None)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main())
