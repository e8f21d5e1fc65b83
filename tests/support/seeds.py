"""Seed files for tests: the built-in seed with more connectors or credentials."""

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from mock_server.seed import DEFAULT_SEED


def default_seed() -> dict[str, Any]:
    """The built-in seed as plain data."""
    seed: dict[str, Any] = yaml.safe_load(DEFAULT_SEED.read_text(encoding="utf-8"))
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
