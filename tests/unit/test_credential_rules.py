"""mock_server.oauth.credential_rules: which credential an initialise call may use (rules 24 and 25 of
docs/authorize-url-rules.md), as a pure function of the request and the credential looked up, raising the first
rule broken."""

from dataclasses import replace

import pytest

from mock_server.oauth.credential_rules import usable_credential
from mock_server.oauth.errors import (
    ClientIdMismatchError,
    CredentialNamedForAnotherOrganisationError,
    CredentialNotFoundError,
    CredentialOrganisationMismatchError,
    CredentialOwnedElsewhereError,
)
from mock_server.seed.model import OAuthClientCredential

ORGANISATION = "01M630NCG4ZDDRK8JJJ5EVRJSK"
OTHER_ORGANISATION = "01HZY8QK5E2W6T3V9B7N4M1C0D"
CREDENTIAL = OAuthClientCredential(
    id="01M6ARSFC30TQ8AMXN1Z8ZGT1F",
    organisation_id=ORGANISATION,
    name="Example",
    client_id="versori-dev-client",
    client_secret="secret",
    token_url="https://as.example/token",
)
FOREIGN = replace(CREDENTIAL, id="01M6ARSFC30TQ8AMXN1Z8ZGT1G", organisation_id=OTHER_ORGANISATION)


def refusal(
    *,
    named: str = ORGANISATION,
    client_id: str = "versori-dev-client",
    credential: OAuthClientCredential | None = CREDENTIAL,
) -> type[Exception] | None:
    """The class of the error the rules raise, or None when the credential may be used."""
    try:
        usable_credential(
            organisation_id=ORGANISATION,
            named_organisation_id=named,
            credential_id=CREDENTIAL.id,
            client_id=client_id,
            credential=credential,
        )
    except (CredentialOrganisationMismatchError, CredentialNotFoundError, ClientIdMismatchError) as error:
        return type(error)
    return None


def test_the_organisations_own_credential_with_its_client_id_breaks_no_rule() -> None:
    assert refusal() is None


def test_rule_24_a_credential_named_for_another_organisation() -> None:
    assert refusal(named=OTHER_ORGANISATION) is CredentialNamedForAnotherOrganisationError


def test_rule_24_a_credential_another_organisation_owns() -> None:
    assert refusal(credential=FOREIGN) is CredentialOwnedElsewhereError


def test_rule_25_an_unknown_credential() -> None:
    assert refusal(credential=None) is CredentialNotFoundError


def test_rule_25_a_client_id_other_than_the_credentials() -> None:
    assert refusal(client_id="someone-else") is ClientIdMismatchError


@pytest.mark.parametrize(
    ("changes", "first"),
    [
        # The named organisation is judged before the credential is even known to exist ...
        ({"named": OTHER_ORGANISATION, "credential": None}, CredentialNamedForAnotherOrganisationError),
        # ... and ownership before the client id.
        ({"credential": FOREIGN, "client_id": "someone-else"}, CredentialOwnedElsewhereError),
        ({"credential": None, "client_id": "someone-else"}, CredentialNotFoundError),
    ],
)
def test_the_first_rule_broken_is_the_one_reported(changes: dict[str, object], first: type[Exception]) -> None:
    assert refusal(**changes) is first  # type: ignore[arg-type]


def test_the_credential_that_breaks_no_rule_is_given_back() -> None:
    assert (
        usable_credential(
            organisation_id=ORGANISATION,
            named_organisation_id=ORGANISATION,
            credential_id=CREDENTIAL.id,
            client_id="versori-dev-client",
            credential=CREDENTIAL,
        )
        is CREDENTIAL
    )
