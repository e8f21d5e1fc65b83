"""The one place a connection's create body is written, for the kit and the project's own tests: when the
contract's shape changes, only this changes."""

import copy
from typing import Any


def oauth2_connection(name: str, config: dict[str, Any], code: str, state: str) -> dict[str, Any]:
    """The contract's JSON for creating a connection named ``name`` from the provider's ``code`` and ``state``,
    under a copy of ``config`` (the connector's ``oauth2`` auth scheme config, as the contract's ``AuthSchemeConfig``),
    so that changing the body leaves ``config`` as it is."""
    return {
        "name": name,
        "credentials": {
            "action": [
                {
                    "authSchemeConfig": copy.deepcopy(config),
                    "credential": {"name": name, "type": "oauth2-code", "data": {"code": code, "state": state}},
                }
            ],
            "trigger": [],
        },
        "variables": [],
    }
