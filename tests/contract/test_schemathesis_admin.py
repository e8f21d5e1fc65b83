"""schemathesis, from admin-openapi.yaml, against the admin API of a reference server of its own, called
in-process from a loopback address (the admin API has no token here, so it answers loopback clients only).

As for openapi.yaml (test_schemathesis.py): each case classified before it is sent (tests/support/oracle.py),
valid ones steered to a known answer (tests/support/admin_steering.py), then every check of schemathesis.toml.
"""

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from schemathesis.schemas import BaseSchema

from mock_server.core.yaml_text import load_yaml
from tests.support.admin_steering import REQUIRED_OUTCOMES, AdminSteering
from tests.support.oracle import ContractShape, Oracle
from tests.support.paths import ADMIN_OPENAPI_PATH
from tests.support.steering import BASE_URL, FromLoopback, contract_app, contract_schema
from tests.support.tally import Tally


@pytest.fixture(scope="module")
def oracle() -> Oracle:
    return Oracle(ContractShape(load_yaml(ADMIN_OPENAPI_PATH.read_text(encoding="utf-8"))), BASE_URL, {})


@pytest.fixture(scope="module")
def admin_schema(oracle: Oracle) -> BaseSchema:
    app = contract_app()
    schema = contract_schema(ADMIN_OPENAPI_PATH, FromLoopback(app))
    AdminSteering(app, oracle).install(schema)
    return schema


@pytest.fixture(scope="module")
def tally() -> Iterator[Tally]:
    outcomes = Tally()
    yield outcomes
    outcomes.close("schemathesis admin", REQUIRED_OUTCOMES)


@schemathesis.pytest.from_fixture("admin_schema").parametrize()
def test_admin_api_answers_as_its_contract_says(case: schemathesis.Case[Any], oracle: Oracle, tally: Tally) -> None:
    exchange = oracle.send(case)
    tally.record(case, exchange.allowed, exchange.response)
    oracle.validate(case, exchange)
