"""schemathesis, from platform-openapi.yaml, against the Platform API of a reference server called in-process
at ``/api/v2``, the base path Versori serves it at.

As for openapi.yaml (test_schemathesis.py): each case classified before it is sent (tests/support/oracle.py),
valid ones steered to real entities and a known answer (tests/support/platform_steering.py), then every check of
schemathesis.toml. The tally is printed, and the run fails when valid data never reached one of the rules.
"""

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from schemathesis.schemas import BaseSchema

from tests.support.oauth_loop import AUTH
from tests.support.oracle import ContractShape, Oracle
from tests.support.paths import PLATFORM_OPENAPI_PATH
from tests.support.platform_examples import document
from tests.support.platform_steering import BASE_PATH, REQUIRED_OUTCOMES, PlatformSteering
from tests.support.steering import BASE_URL, contract_app, contract_schema
from tests.support.tally import Tally

pytestmark = pytest.mark.long_running


@pytest.fixture(scope="module")
def oracle() -> Oracle:
    return Oracle(ContractShape(document(), BASE_PATH), BASE_URL + BASE_PATH, AUTH)


@pytest.fixture(scope="module")
def platform_schema(oracle: Oracle) -> BaseSchema:
    app = contract_app()
    asyncio.run(app.state.control.reset())  # plants the seed's Platform items, which the app's lifespan would
    schema = contract_schema(PLATFORM_OPENAPI_PATH, app)
    PlatformSteering(app, oracle).install(schema)
    return schema


@pytest.fixture(scope="module")
def tally() -> Iterator[Tally]:
    outcomes = Tally()
    yield outcomes
    outcomes.close("schemathesis platform", REQUIRED_OUTCOMES)


@schemathesis.pytest.from_fixture("platform_schema").parametrize()
def test_platform_api_answers_as_its_contract_says(case: schemathesis.Case[Any], oracle: Oracle, tally: Tally) -> None:
    exchange = oracle.send(case)
    tally.record(case, exchange.allowed, exchange.response)
    oracle.validate(case, exchange)
