"""The JSON documents of a seed (connectors' auth scheme configs, connections) checked against the contract, once
it is loaded: a seed may only hold what the API itself would accept."""

from ...contract.compiled import Contract
from ...seed.loading import SeedError
from ...seed.model import Seed
from .credentials import fits


def check_seed_documents(seed: Seed, contract: Contract) -> None:
    """SeedError naming the first config or connection the contract refuses, or that holds a credential that does
    not fit its config or could only be made by the OAuth 2.0 loop (``oauth2-code``)."""
    config_schema = contract.operations["upsert_auth_scheme_config"].check_body
    connection_schema = contract.operations["create_connector_connection"].check_body
    for index, item in enumerate(seed.auth_scheme_configs):
        problems = config_schema(item.config)
        if problems:
            at = f"auth_scheme_configs[{index}].config"
            raise SeedError(f"{at}: {problems[0].field}: {problems[0].message}", at)
    for index, planted in enumerate(seed.connections):
        at = f"connections[{index}].connection"
        problems = connection_schema(planted.connection)
        if problems:
            raise SeedError(f"{at}: {problems[0].field}: {problems[0].message}", at)
        for kind, assignments in planted.connection["credentials"].items():
            for position, assignment in enumerate(assignments):
                credential_type = assignment["credential"]["type"]
                if credential_type == "oauth2-code" or not fits(assignment["authSchemeConfig"], credential_type):
                    where = f"{at}.credentials.{kind}[{position}].credential.type"
                    raise SeedError(f"{where}: {credential_type} cannot be seeded under this config", where)
