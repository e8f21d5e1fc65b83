"""schemathesis, from the repository's openapi.yaml, against the reference server called in-process.

Every case is classified before it is sent (tests/support/oracle.py): a request the contract refuses must get
the error of the first rule it breaks, one it allows the answer the steering aimed it at
(tests/support/connect_steering.py), case by case. Then every check of schemathesis.toml runs on the answer
(Oracle.validate). The tally of what came back is printed, and the run fails when valid data never reached one of
the rules.
"""

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from schemathesis.schemas import BaseSchema

from tests.support.connect_steering import AUTH, REQUIRED_OUTCOMES, Steering, store_connections
from tests.support.contract import contract_document
from tests.support.oracle import ContractShape, Oracle
from tests.support.paths import OPENAPI_PATH
from tests.support.steering import BASE_URL, contract_app, contract_schema
from tests.support.tally import Tally

pytestmark = pytest.mark.long_running


@pytest.fixture(scope="module")
def oracle() -> Oracle:
    return Oracle(ContractShape(contract_document()), BASE_URL, AUTH)


@pytest.fixture(scope="module")
def connect_schema(oracle: Oracle) -> BaseSchema:
    app = contract_app()
    store_connections(app.state.services, 12)
    schema = contract_schema(OPENAPI_PATH, app)
    Steering(app, oracle).install(schema)
    return schema


@pytest.fixture(scope="module")
def tally() -> Iterator[Tally]:
    outcomes = Tally()
    yield outcomes
    outcomes.close("schemathesis", REQUIRED_OUTCOMES)


@schemathesis.pytest.from_fixture("connect_schema").parametrize()
def test_server_answers_as_the_contract_says(case: schemathesis.Case[Any], oracle: Oracle, tally: Tally) -> None:
    exchange = oracle.send(case)
    tally.record(case, exchange.allowed, exchange.response)
    oracle.validate(case, exchange)
