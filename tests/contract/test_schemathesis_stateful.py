"""schemathesis's stateful mode over the connection operations: it follows the contract's links (list ->
get the first connection, list -> the next page, create -> get the created one) against the reference
server in-process, checking every answer, with connections already stored so the links lead somewhere."""

import asyncio
import json
from typing import Any

import hypothesis
import schemathesis
from schemathesis.config import SchemathesisConfig

from mock_server.app import create_app
from mock_server.ids import new_ulid, rfc3339
from mock_server.services import Services
from mock_server.settings import Settings
from tests.support.contract import contract_document
from tests.support.examples import CONNECTOR_ID, ORGANISATION_ID
from tests.support.paths import OPENAPI_PATH
from tests.support.server import DEV_API_KEY

STORED = 45  # more than two pages of the default 20


def _forget_created(services: Services, stored: set[str]) -> None:
    """Delete the connections a scenario created (any credential but oauth2-code needs no state, so generated
    bodies do create some): every scenario starts from the same stored connections, as hypothesis requires."""

    async def forget() -> None:
        for document in await services.connections.documents(ORGANISATION_ID, CONNECTOR_ID):
            if document["id"] not in stored:
                await services.connections.delete(ORGANISATION_ID, CONNECTOR_ID, document["id"])

    asyncio.run(forget())


def _stored_connections(services: Services) -> set[str]:
    example: dict[str, Any] = contract_document()["components"]["examples"]["Connection"]["value"]
    ids: set[str] = set()
    for index in range(STORED):
        connection = json.loads(json.dumps(example))
        moment = 1_800_000_000.0 + index
        connection.update(
            id=new_ulid(moment), name=f"Stored {index}", createdAt=rfc3339(moment), updatedAt=rfc3339(moment)
        )
        add = services.connections.add(ORGANISATION_ID, CONNECTOR_ID, connection, {})
        asyncio.run(add)
        ids.add(connection["id"])
    return ids


app = create_app(Settings(validate_responses=True, database=":memory:"))
STORED_IDS = _stored_connections(app.state.services)
config = SchemathesisConfig.from_dict(
    {
        "checks": {
            "enabled": True,
            # As in schemathesis.toml: schema-valid data may rightly get 400 (here an `after` cursor the server
            # never handed out, or a state no initialise made) or 413.
            "positive_data_acceptance": {
                "expected-statuses": ["2xx", "3xx", "400", "401", "403", "404", "409", "413", "429", "5xx"]
            },
        },
        "generation": {"mode": "positive"},
    }
)
schema = schemathesis.openapi.from_path(OPENAPI_PATH, config=config).include(
    operation_id=["list_connector_connections", "get_connection", "create_connector_connection"]
)
schema.app = app


class ConnectionWorkflows(schema.as_state_machine()):  # type: ignore[misc]
    def setup(self) -> None:
        _forget_created(app.state.services, STORED_IDS)

    def before_call(self, case: schemathesis.Case[Any]) -> None:
        # The stored connections live under one organisation and connector: every scenario uses those ids.
        case.path_parameters = {
            **(case.path_parameters or {}),
            "organisation_id": ORGANISATION_ID,
            "connector_id": CONNECTOR_ID,
        }

    def get_call_kwargs(self, case: schemathesis.Case[Any]) -> dict[str, Any]:
        return {"base_url": "http://127.0.0.1:8000", "headers": {"Authorization": f"Bearer {DEV_API_KEY}"}}


TestConnectionWorkflows = ConnectionWorkflows.TestCase
TestConnectionWorkflows.settings = hypothesis.settings(
    max_examples=60, stateful_step_count=6, deadline=None, suppress_health_check=list(hypothesis.HealthCheck)
)
