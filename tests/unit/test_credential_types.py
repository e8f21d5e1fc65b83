"""Which credential type fits which auth scheme config, and what an answer shows of a credential's data."""

import pytest

from mock_server.api.connect.credentials import fits, scheme_of
from mock_server.core.redaction import redacted_data


def oauth2(grant_type: str) -> dict[str, object]:
    return {"schemeType": "oauth2", "grant": {"grantType": grant_type}}


@pytest.mark.parametrize(
    ("config", "credential_type"),
    [
        ({"schemeType": "none"}, "none"),
        ({"schemeType": "api-key"}, "string"),
        ({"schemeType": "api-key"}, "binary"),
        ({"schemeType": "hmac"}, "binary"),
        ({"schemeType": "basic-auth"}, "basic-auth"),
        ({"schemeType": "certificate"}, "certificate"),
        (oauth2("authorization_code"), "oauth2-code"),
        (oauth2("password"), "oauth2-password"),
        (oauth2("client_credentials"), "oauth2-client"),
        (oauth2("password"), "oauth2-token"),
        (oauth2("client_credentials"), "jwt-bearer"),
        (oauth2("authorization_code"), "custom-function"),
    ],
)
def test_a_credential_fits_its_scheme(config: dict[str, object], credential_type: str) -> None:
    assert fits(config, credential_type) is True


@pytest.mark.parametrize(
    ("config", "credential_type"),
    [
        ({"schemeType": "none"}, "string"),
        ({"schemeType": "api-key"}, "basic-auth"),
        ({"schemeType": "basic-auth"}, "oauth2-password"),
        ({"schemeType": "certificate"}, "binary"),
        (oauth2("authorization_code"), "oauth2-password"),
        (oauth2("password"), "oauth2-code"),
        (oauth2("client_credentials"), "basic-auth"),
    ],
)
def test_a_credential_of_another_type_does_not_fit(config: dict[str, object], credential_type: str) -> None:
    assert fits(config, credential_type) is False


def test_scheme_of_names_the_grant_of_an_oauth2_config() -> None:
    assert scheme_of(oauth2("password")) == "oauth2 (password)"
    assert scheme_of({"schemeType": "hmac"}) == "hmac"


def test_redacted_replaces_every_secret_and_leaves_out_the_refresh_token() -> None:
    data = {
        "value": "v",
        "valueBase64": "b",
        "password": "p",
        "clientSecret": "s",
        "key": "k",
        "accessToken": "a",
        "refreshToken": "r",
        "username": "ada",
        "scopes": ["read"],
    }

    assert redacted_data(data) == {
        "value": "[redacted]",
        "valueBase64": "[redacted]",
        "password": "[redacted]",
        "clientSecret": "[redacted]",
        "key": "[redacted]",
        "accessToken": "[redacted]",
        "username": "ada",
        "scopes": ["read"],
    }
