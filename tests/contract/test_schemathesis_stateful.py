"""schemathesis's stateful mode: it follows the contract's links (list -> get the first connection, list ->
the next page, create -> get the created one) against the reference server in-process, with connections
already stored so that the links lead somewhere. The settings, the hooks and the oracle are those of the
stateless run (schemathesis.toml, tests/support/connect_steering.py, tests/support/oracle.py), with valid data
only: each step gets exactly the answer its steering aimed it at, then every check runs."""

import asyncio
import tomllib
from collections.abc import Iterator
from typing import Any

import hypothesis
import pytest
import schemathesis
from schemathesis.config import SchemathesisConfig
from schemathesis.core.transport import Response

from mock_server.api.services import Services
from tests.support.connect_steering import AUTH, CREATE, Steering, store_connections
from tests.support.contract import contract_document
from tests.support.examples import CONNECTOR_ID, ORGANISATION_ID
from tests.support.oracle import ContractShape, Oracle
from tests.support.paths import OPENAPI_PATH, REPO_ROOT
from tests.support.steering import BASE_URL, contract_app
from tests.support.tally import Tally

STORED = 45  # more than two pages of the default 20


def _forget_created(services: Services, stored: set[str]) -> None:
    """Delete the connections a scenario created (any credential but oauth2-code needs no state, so generated
    bodies do create some): every scenario starts from the same stored connections, as hypothesis requires."""

    async def forget() -> None:
        for document in await services.connections.documents(ORGANISATION_ID, CONNECTOR_ID):
            if document["id"] not in stored:
                await services.connections.delete(ORGANISATION_ID, CONNECTOR_ID, document["id"])

    asyncio.run(forget())


app = contract_app()
STORED_IDS = set(store_connections(app.state.services, STORED))
settings = tomllib.loads((REPO_ROOT / "schemathesis.toml").read_text(encoding="utf-8"))
settings["generation"]["mode"] = "positive"
schema = schemathesis.openapi.from_path(OPENAPI_PATH, config=SchemathesisConfig.from_dict(settings))
schema.app = app
oracle = Oracle(ContractShape(contract_document()), BASE_URL, AUTH)
steering = Steering(app, oracle)
steering.install(schema)
tally = Tally()


@pytest.fixture(scope="module", autouse=True)
def _a_create_succeeded() -> Iterator[None]:
    """The scenarios reach past create: at least one created a connection."""
    yield
    tally.close("schemathesis stateful", {CREATE: {(200, None, None)}})


class ConnectionWorkflows(schema.as_state_machine()):  # type: ignore[misc]
    def setup(self) -> None:
        _forget_created(app.state.services, STORED_IDS)

    def before_call(self, case: schemathesis.Case[Any]) -> None:
        """A link may set part of a case after the hooks shaped it (an update's body takes the name a get
        answered): such a case is steered again, as it now is."""
        if not oracle.knows(case):
            steering.map_case(case)

    def get_call_kwargs(self, case: schemathesis.Case[Any]) -> dict[str, Any]:
        return {"base_url": BASE_URL, "headers": AUTH}  # for the checks' own calls; oracle.send sends the same

    def call(self, case: schemathesis.Case[Any], **kwargs: Any) -> Response:
        exchange = oracle.send(case)
        tally.record(case, exchange.allowed, exchange.response)
        return exchange.response


TestConnectionWorkflows = ConnectionWorkflows.TestCase
TestConnectionWorkflows.settings = hypothesis.settings(
    max_examples=30, stateful_step_count=6, deadline=None, suppress_health_check=list(hypothesis.HealthCheck)
)
