"""mock_server.stores.memory.MemoryCatalogue: lookups over the seed, additions checked like a seed file and
all-or-nothing, reset."""

import asyncio
from typing import Any

import pytest

from mock_server.core.api_keys import ApiKey, KeyOwner
from mock_server.seed.loading import SeedError, parse_seed
from mock_server.seed.model import Connector, Organisation, Seed
from mock_server.stores.memory import MemoryCatalogue
from tests.support.seeds import (
    ADDED_API_KEY,
    ADDED_CLIENT_ID,
    ADDED_CONNECTOR_ID,
    ADDED_CREDENTIAL_ID,
    ADDED_ORGANISATION_ID,
    added_organisation,
)

PUBLIC_URL = "http://127.0.0.1:8000"
TOKEN_URL = f"{PUBLIC_URL}/mock-provider/token"
ORG = "01M630NCG4ZDDRK8JJJ5EVRJSK"
NEW_ORG = ADDED_ORGANISATION_ID
CONNECTOR = "01M65K23G4WE37NGTVC0HJVGP1"
NEW_CONNECTOR = ADDED_CONNECTOR_ID
NEW_CREDENTIAL = ADDED_CREDENTIAL_ID
SEED = Seed(
    organisations=(Organisation(ORG, "Example"),),
    connectors=(Connector(CONNECTOR, ORG, "Mock OAuth provider"),),
    credentials=(),
    api_keys=(ApiKey("vk_seeded_key", ORG, "seeded"),),
)


def catalogue() -> MemoryCatalogue:
    return MemoryCatalogue(SEED, frozenset({TOKEN_URL}))


def addition(**sections: Any) -> Seed:
    return parse_seed(sections, PUBLIC_URL)


def new_organisation_with_everything() -> Seed:
    return parse_seed(added_organisation(), PUBLIC_URL)


def test_seeded_entries_are_found() -> None:
    store = catalogue()

    assert asyncio.run(store.connector(ORG, CONNECTOR)) == Connector(CONNECTOR, ORG, "Mock OAuth provider")
    assert asyncio.run(store.connector(NEW_ORG, CONNECTOR)) is None
    assert asyncio.run(store.api_key("vk_seeded_key")) == KeyOwner(ORG, "seeded")
    assert asyncio.run(store.api_key("vk_other")) is None


def test_an_addition_is_found_by_every_lookup() -> None:
    store = catalogue()

    asyncio.run(store.add(new_organisation_with_everything()))

    assert asyncio.run(store.organisation(NEW_ORG)) == Organisation(NEW_ORG, "Added")
    assert asyncio.run(store.connector(NEW_ORG, NEW_CONNECTOR)) is not None
    credential = asyncio.run(store.credential(NEW_CREDENTIAL))
    assert credential is not None
    assert credential.token_url == TOKEN_URL
    assert asyncio.run(store.provider_credential(ADDED_CLIENT_ID)) == credential
    assert asyncio.run(store.api_key(ADDED_API_KEY)) == KeyOwner(NEW_ORG, "added")
    starter = asyncio.run(store.starter(TOKEN_URL))
    assert starter is not None
    assert starter.credential.id == NEW_CREDENTIAL


def test_a_credential_of_another_token_endpoint_is_no_provider_client() -> None:
    store = catalogue()
    other = new_organisation_with_everything()
    other = Seed(
        other.organisations,
        other.connectors,
        tuple(item.__class__(**{**vars(item), "token_url": "https://example.com/token"}) for item in other.credentials),
        other.api_keys,
    )

    asyncio.run(store.add(other))

    assert asyncio.run(store.credential(NEW_CREDENTIAL)) is not None
    assert asyncio.run(store.provider_credential(ADDED_CLIENT_ID)) is None


@pytest.mark.parametrize(
    ("sections", "field"),
    [
        ({"organisations": [{"id": ORG, "name": "Twin"}]}, "organisations[0].id"),
        ({"connectors": [{"id": CONNECTOR, "organisation_id": ORG, "name": "Twin"}]}, "connectors[0].id"),
        (
            {"connectors": [{"id": NEW_CONNECTOR, "organisation_id": NEW_ORG, "name": "x"}]},
            "connectors[0].organisation_id",
        ),
        ({"api_keys": [{"key": "vk_seeded_key", "organisation_id": ORG, "name": "again"}]}, "api_keys[0].key"),
        (
            {"api_keys": [{"key": "vk_twice", "organisation_id": ORG}, {"key": "vk_twice", "organisation_id": ORG}]},
            "api_keys[1].key",
        ),
    ],
    ids=["organisation-id-taken", "connector-id-taken", "unknown-owner", "key-exists", "key-twice"],
)
def test_a_refused_addition_names_the_field_and_adds_nothing(sections: dict[str, Any], field: str) -> None:
    store = catalogue()
    sections = {
        **sections,
        "organisations": [*sections.get("organisations", []), {"id": "01HZY8QK5E2W6T3V9B7N4M1C0G", "name": "Extra"}],
    }

    with pytest.raises(SeedError) as caught:
        asyncio.run(store.add(addition(**sections)))

    assert caught.value.field == field
    assert asyncio.run(store.organisation("01HZY8QK5E2W6T3V9B7N4M1C0G")) is None
    assert asyncio.run(store.api_key("vk_twice")) is None


def test_reset_forgets_additions_and_keeps_the_seed() -> None:
    store = catalogue()
    asyncio.run(store.add(new_organisation_with_everything()))

    asyncio.run(store.reset())

    assert asyncio.run(store.organisation(NEW_ORG)) is None
    assert asyncio.run(store.api_key(ADDED_API_KEY)) is None
    assert asyncio.run(store.provider_credential(ADDED_CLIENT_ID)) is None
    assert asyncio.run(store.connector(ORG, CONNECTOR)) is not None
    assert asyncio.run(store.api_key("vk_seeded_key")) == KeyOwner(ORG, "seeded")
    asyncio.run(store.add(new_organisation_with_everything()))  # the ids are free again
