"""Every schema of the three contracts compiles: the fast checks are compiled on first use
(mock_server/contract/compiled.py), so a schema jsonschema-rs refuses would otherwise surface only when a request
first reaches it, not at start-up."""

import pytest

from mock_server.api import platform
from mock_server.contract.compiled import Contract, default_openapi_path
from mock_server.control.admin import ADMIN_CONTRACT

CONTRACTS = {
    "connect": Contract.load(),
    "platform": Contract.load(default_openapi_path(platform.CONTRACT), platform.NAMESPACE),
    "admin": Contract.load(default_openapi_path(ADMIN_CONTRACT)),
}


@pytest.mark.parametrize("name", CONTRACTS)
def test_every_schema_of_the_contract_compiles_and_checks_a_value(name: str) -> None:
    checked = 0
    for operation in CONTRACTS[name].operations.values():
        checkers = [
            *operation.path_parameters.values(),
            *operation.query_parameters.values(),
            *operation.header_parameters.values(),
            *operation.responses.values(),
            *([operation.body] if operation.body is not None else []),
        ]
        for checker in checkers:
            assert checker.is_valid(None) in (True, False)  # compiled, and it answers
            checked += 1
    assert checked > len(CONTRACTS[name].operations)
