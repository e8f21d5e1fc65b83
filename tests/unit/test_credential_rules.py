"""mock_server.oauth.credential_rules: which credential an initialise call may use (rules 24 and 25 of
docs/authorize-url-rules.md), as a pure function of the request and the credential looked up."""

from dataclasses import replace

import pytest

from mock_server.oauth.credential_rules import CredentialViolation, credential_violation
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


def violation(
    *,
    named: str = ORGANISATION,
    client_id: str = "versori-dev-client",
    credential: OAuthClientCredential | None = CREDENTIAL,
) -> CredentialViolation | None:
    return credential_violation(
        organisation_id=ORGANISATION, named_organisation_id=named, client_id=client_id, credential=credential
    )


def test_the_organisations_own_credential_with_its_client_id_breaks_no_rule() -> None:
    assert violation() is None


def test_rule_24_a_credential_named_for_another_organisation() -> None:
    assert violation(named=OTHER_ORGANISATION) is CredentialViolation.NAMED_FOR_ANOTHER_ORGANISATION


def test_rule_24_a_credential_another_organisation_owns() -> None:
    assert violation(credential=FOREIGN) is CredentialViolation.OWNED_ELSEWHERE


def test_rule_25_an_unknown_credential() -> None:
    assert violation(credential=None) is CredentialViolation.NOT_FOUND


def test_rule_25_a_client_id_other_than_the_credentials() -> None:
    assert violation(client_id="someone-else") is CredentialViolation.CLIENT_ID_MISMATCH


@pytest.mark.parametrize(
    ("changes", "first"),
    [
        # The named organisation is judged before the credential is even known to exist ...
        ({"named": OTHER_ORGANISATION, "credential": None}, CredentialViolation.NAMED_FOR_ANOTHER_ORGANISATION),
        # ... and ownership before the client id.
        ({"credential": FOREIGN, "client_id": "someone-else"}, CredentialViolation.OWNED_ELSEWHERE),
        ({"credential": None, "client_id": "someone-else"}, CredentialViolation.NOT_FOUND),
    ],
)
def test_the_first_rule_broken_is_the_one_reported(changes: dict[str, object], first: CredentialViolation) -> None:
    assert violation(**changes) is first  # type: ignore[arg-type]
