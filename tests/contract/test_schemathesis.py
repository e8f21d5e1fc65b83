"""schemathesis, from the repository's openapi.yaml, against the reference server called in-process.

Every check is on (schemathesis.toml): the server must answer every generated request, valid or not, as the
contract says, refuse invalid data, and refuse requests whose authentication is missing or wrong.
"""

from typing import Any

import schemathesis
from schemathesis.config import SchemathesisConfig

from mock_server.app import create_app
from mock_server.settings import Settings
from tests.support.paths import OPENAPI_PATH, REPO_ROOT
from tests.support.server import DEV_API_KEY

app = create_app(Settings(validate_responses=True, database=":memory:"))
schema = schemathesis.openapi.from_path(
    OPENAPI_PATH, config=SchemathesisConfig.from_path(REPO_ROOT / "schemathesis.toml")
)
schema.app = app


@schema.parametrize()
def test_server_answers_as_the_contract_says(case: schemathesis.Case[Any]) -> None:
    case.call_and_validate(base_url="http://127.0.0.1:8000", headers={"Authorization": f"Bearer {DEV_API_KEY}"})
