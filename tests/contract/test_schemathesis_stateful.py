"""schemathesis's stateful mode: it follows the contract's links (list -> get the first connection, list ->
the next page, create -> get the created one) against the reference server in-process, with connections
already stored so that the links lead somewhere. The settings, the hooks and the oracle are those of the
stateless run (schemathesis.toml, tests/support/connect_steering.py, tests/support/oracle.py), with valid data
only: each step gets exactly the answer its steering aimed it at, then every check runs.

Every scenario starts from the same server state: hypothesis replays a scenario's choices and requires the same
steps to come of them, and which steps come next depends on the answers (a link is followed only after the
status it is documented for). The server is reset, the stored connections put back as they were, and each
connector's configs given the same times, so that the connectors list in the same order.
"""

import asyncio
from collections.abc import Iterator

import pytest

from mock_server.core.ids import rfc3339
from tests.support.connect_steering import AUTH, CREATE, Steering, connection_documents, store
from tests.support.contract import contract_document
from tests.support.oracle import ContractShape, Oracle
from tests.support.paths import OPENAPI_PATH
from tests.support.stateful import workflows
from tests.support.steering import BASE_URL, contract_app, contract_schema
from tests.support.tally import Tally

STORED = connection_documents(45)  # more than two pages of the default 20

app = contract_app()


def start_from_the_known_state() -> None:
    """The seed, the stored connections, and each connector's configs as first read at a known time."""
    services = app.state.services

    async def configs_at_known_times() -> None:
        for index, connector in enumerate(services.seed.connectors):
            await services.catalogue.auth_scheme_configs(connector.id, rfc3339(1_800_000_100.0 + index))

    asyncio.run(app.state.control.reset())
    store(services, STORED)
    asyncio.run(configs_at_known_times())


start_from_the_known_state()
schema = contract_schema(OPENAPI_PATH, app, generation_mode="positive")
oracle = Oracle(ContractShape(contract_document()), BASE_URL, AUTH)
steering = Steering(app, oracle)
steering.install(schema)
tally = Tally()


@pytest.fixture(scope="module", autouse=True)
def _a_create_succeeded() -> Iterator[None]:
    """The scenarios reach past create: at least one created a connection."""
    yield
    tally.close("schemathesis stateful", {CREATE: {(200, None, None)}})


TestConnectionWorkflows = workflows(schema, steering, oracle, tally, BASE_URL, AUTH, start_from_the_known_state)
