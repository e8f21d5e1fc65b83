"""Seed files for tests: the built-in seed with more connectors or credentials."""

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from mock_server.core.yaml_text import load_yaml
from mock_server.seed.loading import DEFAULT_SEED


def default_seed() -> dict[str, Any]:
    """The built-in seed as plain data."""
    seed: dict[str, Any] = load_yaml(DEFAULT_SEED.read_text(encoding="utf-8"))
    return seed


def seed_file(
    directory: Path,
    credentials: Sequence[Mapping[str, Any]] = (),
    connectors: Sequence[Mapping[str, Any]] = (),
) -> Path:
    """A seed file in ``directory``: the built-in seed plus ``credentials`` and ``connectors``."""
    seed = default_seed()
    seed["credentials"].extend(dict(credential) for credential in credentials)
    seed["connectors"].extend(dict(connector) for connector in connectors)
    path = directory / "seed.yaml"
    path.write_text(yaml.safe_dump(seed), encoding="utf-8")
    return path


# An organisation that is not in the built-in seed, with a connector, a credential of the built-in provider
# and an API key: what the tests add at run time.
ADDED_ORGANISATION_ID = "01HZY8QK5E2W6T3V9B7N4M1C0D"
ADDED_CONNECTOR_ID = "01HZY8QK5E2W6T3V9B7N4M1C0E"
ADDED_CREDENTIAL_ID = "01HZY8QK5E2W6T3V9B7N4M1C0F"
ADDED_CLIENT_ID = "added-client"
ADDED_API_KEY = "vk_added_at_run_time"


def added_organisation() -> dict[str, Any]:
    """The seed sections of the added organisation (``{public_url}`` left for the server to fill in)."""
    return {
        "organisations": [{"id": ADDED_ORGANISATION_ID, "name": "Added"}],
        "connectors": [{"id": ADDED_CONNECTOR_ID, "organisation_id": ADDED_ORGANISATION_ID, "name": "Added connector"}],
        "credentials": [
            {
                "id": ADDED_CREDENTIAL_ID,
                "organisation_id": ADDED_ORGANISATION_ID,
                "name": "Added client",
                "client_id": ADDED_CLIENT_ID,
                "client_secret": "added-secret",
                "authorize_url": "{public_url}/mock-provider/authorize",
                "token_url": "{public_url}/mock-provider/token",
            }
        ],
        "api_keys": [{"key": ADDED_API_KEY, "organisation_id": ADDED_ORGANISATION_ID, "name": "added"}],
    }
