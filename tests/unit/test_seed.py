"""mock_server.seed: the built-in seed, YAML and JSON seed files, lookups, and every check that refuses a bad file."""

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from mock_server.core.api_keys import ApiKey
from mock_server.seed.loading import SeedError, load_seed
from mock_server.seed.model import Connector, OAuthClientCredential, Organisation, Seed

PUBLIC_URL = "http://127.0.0.1:8000"
ORG = "01M630NCG4ZDDRK8JJJ5EVRJSK"
OTHER_ORG = "01M6AQVHG4RXZ3EJVTMV2HF4GG"
UNSEEDED_ORG = "01HZY8QK5E2W6T3V9B7N4M1C0D"
CONNECTOR = "01M65K23G4WE37NGTVC0HJVGP1"
CREDENTIAL = "01M6ARSFC30TQ8AMXN1Z8ZGT1F"
UNKNOWN_ID = "01J0000000000000000000000Z"

# A small valid seed; tests copy it and break one thing.
SEED: dict[str, Any] = {
    "organisations": [{"id": ORG, "name": "Example Organisation"}],
    "connectors": [{"id": CONNECTOR, "organisation_id": ORG, "name": "Mock OAuth provider"}],
    "credentials": [
        {
            "id": CREDENTIAL,
            "organisation_id": ORG,
            "name": "Mock provider client",
            "client_id": "client-1",
            "client_secret": "secret-1",
            "authorize_url": "{public_url}/mock-provider/authorize",
            "token_url": "{public_url}/mock-provider/token",
        }
    ],
    "api_keys": [{"key": "vk_test_0123456789abcdef", "organisation_id": ORG, "name": "test key"}],
}


def seed_data() -> dict[str, Any]:
    """A deep copy of SEED, free to change."""
    return copy.deepcopy(SEED)


def write_yaml(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "seed.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def write_json(tmp_path: Path, data: object, **dump_options: Any) -> Path:
    path = tmp_path / "seed.json"
    path.write_text(json.dumps(data, **dump_options), encoding="utf-8")
    return path


def load_data(tmp_path: Path, data: object) -> Seed:
    return load_seed(write_yaml(tmp_path, data), PUBLIC_URL)


# --- the built-in seed ----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def builtin() -> Seed:
    return load_seed(None, PUBLIC_URL)


def test_builtin_seed_loads_both_organisations(builtin: Seed) -> None:
    assert {organisation.id for organisation in builtin.organisations} == {ORG, OTHER_ORG}


def test_builtin_seed_fills_public_url_into_the_mock_provider_urls(builtin: Seed) -> None:
    credential = builtin.credential(CREDENTIAL)

    assert credential is not None
    assert credential.authorize_url == f"{PUBLIC_URL}/mock-provider/authorize"
    assert credential.token_url == f"{PUBLIC_URL}/mock-provider/token"


def test_builtin_seed_leaves_no_public_url_placeholder(builtin: Seed) -> None:
    urls = [url for credential in builtin.credentials for url in (credential.authorize_url, credential.token_url)]

    assert not [url for url in urls if url is None or "{public_url}" in url]


# --- lookups --------------------------------------------------------------------------------------------------------


def test_connector_is_found_in_its_own_organisation(builtin: Seed) -> None:
    assert builtin.connector(ORG, CONNECTOR) == Connector(
        id=CONNECTOR, organisation_id=ORG, name="Mock OAuth provider", base_url=f"{PUBLIC_URL}/mock-provider"
    )


def test_connector_is_not_found_through_another_organisation(builtin: Seed) -> None:
    assert builtin.connector(OTHER_ORG, CONNECTOR) is None


def test_unknown_connector_is_none(builtin: Seed) -> None:
    assert builtin.connector(ORG, UNKNOWN_ID) is None


def test_credential_is_found_by_id(builtin: Seed) -> None:
    credential = builtin.credential(CREDENTIAL)

    assert credential is not None
    assert (credential.id, credential.organisation_id, credential.client_id) == (CREDENTIAL, ORG, "versori-dev-client")


def test_unknown_credential_is_none(builtin: Seed) -> None:
    assert builtin.credential(UNKNOWN_ID) is None


# --- seed files -----------------------------------------------------------------------------------------------------

EXPECTED = Seed(
    organisations=(Organisation(id=ORG, name="Example Organisation"),),
    connectors=(Connector(id=CONNECTOR, organisation_id=ORG, name="Mock OAuth provider"),),
    credentials=(
        OAuthClientCredential(
            id=CREDENTIAL,
            organisation_id=ORG,
            name="Mock provider client",
            client_id="client-1",
            client_secret="secret-1",
            token_url=f"{PUBLIC_URL}/mock-provider/token",
            authorize_url=f"{PUBLIC_URL}/mock-provider/authorize",
        ),
    ),
    api_keys=(ApiKey(key="vk_test_0123456789abcdef", organisation_id=ORG, name="test key"),),
)


def test_yaml_seed_file_loads(tmp_path: Path) -> None:
    assert load_seed(write_yaml(tmp_path, SEED), PUBLIC_URL) == EXPECTED


def test_json_seed_file_loads(tmp_path: Path) -> None:
    assert load_seed(write_json(tmp_path, SEED, indent=2), PUBLIC_URL) == EXPECTED


def test_json_seed_file_indented_with_tabs_loads(tmp_path: Path) -> None:
    assert load_seed(write_json(tmp_path, SEED, indent="\t"), PUBLIC_URL) == EXPECTED


def test_json_seed_file_keeps_a_name_outside_the_basic_multilingual_plane(tmp_path: Path) -> None:
    data = seed_data()
    data["organisations"][0]["name"] = "Rocket \N{ROCKET} Org"

    seed = load_seed(write_json(tmp_path, data), PUBLIC_URL)

    assert seed.organisations[0].name == "Rocket \N{ROCKET} Org"


def test_credential_without_authorize_url_loads_with_none(tmp_path: Path) -> None:
    data = seed_data()
    del data["credentials"][0]["authorize_url"]

    credential = load_data(tmp_path, data).credential(CREDENTIAL)

    assert credential is not None
    assert credential.authorize_url is None


def test_missing_sections_load_as_empty(tmp_path: Path) -> None:
    seed = load_data(tmp_path, {"organisations": [{"id": ORG, "name": "Lonely"}]})

    assert (seed.connectors, seed.credentials, seed.api_keys) == ((), (), ())


# --- files that cannot be used --------------------------------------------------------------------------------------


def test_missing_file_is_a_seed_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "absent.yaml"

    with pytest.raises(SeedError, match=r"absent\.yaml: cannot read it"):
        load_seed(path, PUBLIC_URL)


def test_invalid_yaml_is_a_seed_error(tmp_path: Path) -> None:
    path = tmp_path / "seed.yaml"
    path.write_text("organisations: [\n  - id: {unclosed\n", encoding="utf-8")

    with pytest.raises(SeedError, match="cannot read it"):
        load_seed(path, PUBLIC_URL)


def test_file_that_is_not_utf8_is_a_seed_error(tmp_path: Path) -> None:
    path = tmp_path / "seed.yaml"
    path.write_bytes(b"organisations:\n  - name: \xff\xfe\n")

    with pytest.raises(SeedError, match="cannot read it"):
        load_seed(path, PUBLIC_URL)


@pytest.mark.parametrize("data", [["organisations"], "organisations", None], ids=["list", "string", "empty"])
def test_top_level_that_is_not_a_mapping_is_a_seed_error(tmp_path: Path, data: object) -> None:
    with pytest.raises(SeedError, match="expected a mapping"):
        load_data(tmp_path, data)


def test_unknown_section_is_a_seed_error_naming_it(tmp_path: Path) -> None:
    data = seed_data()
    data["users"] = []

    with pytest.raises(SeedError, match=r"unknown sections \['users'\]"):
        load_data(tmp_path, data)


def test_section_that_is_not_a_list_is_a_seed_error(tmp_path: Path) -> None:
    data = seed_data()
    data["connectors"] = {"id": CONNECTOR}

    with pytest.raises(SeedError, match="connectors must be a list"):
        load_data(tmp_path, data)


def test_entry_that_is_not_a_mapping_is_a_seed_error(tmp_path: Path) -> None:
    data = seed_data()
    data["connectors"] = [CONNECTOR]

    with pytest.raises(SeedError, match=r"connectors\[0\] must be a mapping"):
        load_data(tmp_path, data)


def test_entry_missing_a_required_key_is_a_seed_error_naming_the_key(tmp_path: Path) -> None:
    data = seed_data()
    del data["credentials"][0]["client_secret"]

    with pytest.raises(SeedError, match=r"credentials\[0\]: missing \['client_secret'\]"):
        load_data(tmp_path, data)


def test_entry_with_an_unknown_key_is_a_seed_error_naming_the_key(tmp_path: Path) -> None:
    data = seed_data()
    data["connectors"][0]["colour"] = "blue"

    with pytest.raises(SeedError, match=r"connectors\[0\]: missing \[\], unknown \['colour'\]"):
        load_data(tmp_path, data)


def test_entry_with_unknown_keys_that_are_not_all_strings_is_a_seed_error(tmp_path: Path) -> None:
    path = tmp_path / "seed.yaml"
    path.write_text(
        f"organisations:\n  - id: {ORG}\n    name: Example\n    1: one\n    colour: blue\n", encoding="utf-8"
    )

    with pytest.raises(SeedError, match=r"organisations\[0\]"):
        load_seed(path, PUBLIC_URL)


@pytest.mark.parametrize("value", [42, True, None, "", ["a"]], ids=["int", "bool", "null", "empty", "list"])
def test_value_that_is_not_a_non_empty_string_is_a_seed_error(tmp_path: Path, value: object) -> None:
    data = seed_data()
    data["organisations"][0]["name"] = value

    with pytest.raises(SeedError, match=r"organisations\[0\]: every value must be a non-empty string"):
        load_data(tmp_path, data)


@pytest.mark.parametrize(
    ("section", "bad_id"),
    [
        ("organisations", "org-1"),
        ("connectors", "01m65k23g4we37ngtvc0hjvgp1"),
        ("credentials", "81M6ARSFC30TQ8AMXN1Z8ZGT1F"),
        ("credentials", "01M6ARSFC30TQ8AMXN1Z8ZGT1"),
    ],
    ids=["not-base32", "lowercase", "first-char-above-7", "25-chars"],
)
def test_id_that_is_not_a_ulid_is_a_seed_error_naming_it(tmp_path: Path, section: str, bad_id: str) -> None:
    data = seed_data()
    data[section][0]["id"] = bad_id
    if section == "organisations":
        for entries in (data["connectors"], data["credentials"], data["api_keys"]):
            entries[0]["organisation_id"] = bad_id

    with pytest.raises(SeedError, match=f"id '{bad_id}' is not a ULID"):
        load_data(tmp_path, data)


def test_duplicate_ids_within_a_section_are_a_seed_error(tmp_path: Path) -> None:
    data = seed_data()
    data["connectors"].append({"id": CONNECTOR, "organisation_id": ORG, "name": "Twin"})

    with pytest.raises(SeedError, match="ids must be unique"):
        load_data(tmp_path, data)


def test_duplicate_ids_across_sections_are_a_seed_error(tmp_path: Path) -> None:
    data = seed_data()
    data["connectors"][0]["id"] = CREDENTIAL

    with pytest.raises(SeedError, match="ids must be unique"):
        load_data(tmp_path, data)


@pytest.mark.parametrize("section", ["connectors", "credentials", "api_keys"])
def test_organisation_id_not_in_the_seed_is_a_seed_error_naming_it(tmp_path: Path, section: str) -> None:
    data = seed_data()
    data[section][0]["organisation_id"] = UNSEEDED_ORG

    with pytest.raises(SeedError, match=f"'{UNSEEDED_ORG}' is not an organisation of the seed"):
        load_data(tmp_path, data)


def test_starter_prefers_the_credential_of_the_given_token_endpoint() -> None:
    seed = load_seed(None, PUBLIC_URL)

    starter = seed.starter(f"{PUBLIC_URL}/mock-provider/token")

    assert starter is not None
    assert starter.credential.client_id == "versori-dev-client"
    assert starter.connector.organisation_id == starter.credential.organisation_id
    assert starter.api_key.organisation_id == starter.credential.organisation_id


def test_starter_is_none_when_no_credential_has_that_token_endpoint() -> None:
    assert load_seed(None, PUBLIC_URL).starter("https://elsewhere.example/token") is None


def test_starter_without_a_token_endpoint_takes_the_first_usable_credential() -> None:
    seed = load_seed(None, PUBLIC_URL)

    starter = seed.starter()

    assert starter is not None
    assert starter.credential == seed.credentials[0]
