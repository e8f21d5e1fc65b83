"""schemathesis's stateful mode on platform-openapi.yaml: it follows the contract's links (list -> get the first
system or connection, list -> the next page, create -> get and update the created one, upsert a config -> delete
it) against the Platform API of the reference server in-process. The settings, the hooks and the oracle are those
of the stateless run (schemathesis.toml, tests/support/platform_steering.py, tests/support/oracle.py), with valid
data only: each step gets exactly the answer its steering aimed it at, then every check runs.

Every scenario starts from the seed and the steering's own entities, made again after a reset.
"""

import asyncio
from collections.abc import Iterator

import hypothesis
import pytest

from tests.support.oauth_loop import AUTH
from tests.support.oracle import ContractShape, Oracle
from tests.support.paths import PLATFORM_OPENAPI_PATH
from tests.support.platform_examples import document
from tests.support.platform_steering import (
    BASE_PATH,
    CREATE_CONNECTION,
    CREATE_SYSTEM,
    GET_CONNECTION,
    GET_SYSTEM,
    UPDATE_CONNECTION,
    UPDATE_SYSTEM,
    PlatformSteering,
)
from tests.support.stateful import SETTINGS, workflows
from tests.support.steering import BASE_URL, contract_app, contract_schema
from tests.support.tally import Outcome, Tally

app = contract_app()
asyncio.run(app.state.control.reset())
schema = contract_schema(PLATFORM_OPENAPI_PATH, app, generation_mode="positive")
oracle = Oracle(ContractShape(document(), BASE_PATH), BASE_URL + BASE_PATH, AUTH)
steering = PlatformSteering(app, oracle)
steering.install(schema)
tally = Tally()


def start_from_the_known_state() -> None:
    asyncio.run(app.state.control.reset())
    steering.make_own()


@pytest.fixture(scope="module", autouse=True)
def _the_links_were_followed() -> Iterator[None]:
    """The scenarios reach past create, and along the links that start there: each step's answer as steered."""
    yield
    succeeded: set[Outcome] = {(201, None, None)}
    tally.close(
        "schemathesis platform stateful",
        {
            CREATE_SYSTEM: succeeded,
            GET_SYSTEM: {(200, None, None)},
            UPDATE_SYSTEM: succeeded,
            CREATE_CONNECTION: succeeded,
            GET_CONNECTION: {(200, None, None)},
            UPDATE_CONNECTION: {(200, None, None)},
        },
    )


# 22 operations for the scenarios to choose from: the same scenarios every run (derandomize), so that the floor
# above is reached by every run, not by most.
TestPlatformWorkflows = workflows(
    schema,
    steering,
    oracle,
    tally,
    BASE_URL + BASE_PATH,
    AUTH,
    start_from_the_known_state,
    hypothesis.settings(SETTINGS, derandomize=True),
)
