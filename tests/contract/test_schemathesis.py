"""schemathesis, from the repository's openapi.yaml, against the reference server called in-process.

Every check is on (schemathesis.toml): the server must answer every generated request, valid or not, as the
contract says, refuse invalid data, and refuse requests whose authentication is missing or wrong. The hooks
of tests/support/fuzzing.py steer valid data to stored ids and to each rule. The tally of what came back is
printed, and the run fails when valid data never produced one of the rules' errors or a created connection.
"""

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from schemathesis.config import SchemathesisConfig

from tests.support.fuzzing import AUTH, BASE_URL, REQUIRED_OUTCOMES, contract_app, install_hooks, store_connections
from tests.support.paths import OPENAPI_PATH, REPO_ROOT
from tests.support.tally import Tally

app = contract_app()
store_connections(app.state.services, 12)
schema = schemathesis.openapi.from_path(
    OPENAPI_PATH, config=SchemathesisConfig.from_path(REPO_ROOT / "schemathesis.toml")
)
schema.app = app
install_hooks(schema, app)


@pytest.fixture(scope="module")
def tally() -> Iterator[Tally]:
    """What every call of this module got back; checked once all the operations have run."""
    outcomes = Tally()
    yield outcomes
    outcomes.show("schemathesis")
    missing = outcomes.missing(REQUIRED_OUTCOMES)
    assert not missing, f"valid data never produced these (status, code, field): {missing}"


@schema.parametrize()
def test_server_answers_as_the_contract_says(case: schemathesis.Case[Any], tally: Tally) -> None:
    response = case.call(base_url=BASE_URL, headers=AUTH)
    tally.record(case, response)
    case.validate_response(response)
