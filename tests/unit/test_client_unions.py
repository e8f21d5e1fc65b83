"""Answers parse into one class per ``schemeType``, per ``grantType`` and per credential ``type``, on ``Client``
and ``AsyncClient``; the ``api`` fixture checks each answer against openapi.yaml first."""

import httpx
import pytest
import respx

from tests.support.contract import contract_document
from tests.support.either import settle
from tests.support.examples import CONNECTOR_ID, ORGANISATION_ID
from tests.support.wire import AUTH_SCHEME_CONFIGS, CONNECTION_ID, CONNECTIONS_PATH, CREDENTIAL_DATA, connection
from versori_connect import (
    APIResponseValidationError,
    AsyncClient,
    AuthSchemeConfigApiKey,
    AuthSchemeConfigBasicAuth,
    AuthSchemeConfigCertificate,
    AuthSchemeConfigHmac,
    AuthSchemeConfigNone,
    AuthSchemeConfigOAuth2,
    Client,
    Connection,
    CredentialBasicAuth,
    CredentialBinary,
    CredentialCertificate,
    CredentialNone,
    CredentialOAuth2Client,
    CredentialOAuth2Code,
    CredentialOAuth2Password,
    CredentialOAuth2Token,
    CredentialOpaque,
    CredentialString,
    CredentialUnmatched,
    OAuth2GrantAuthorizationCode,
    OAuth2GrantClientCredentials,
    OAuth2GrantPassword,
)

pytestmark = pytest.mark.asyncio

ONE = f"{CONNECTIONS_PATH}/{CONNECTION_ID}"

# (config class, grant class or None) per key of AUTH_SCHEME_CONFIGS, written out rather than derived.
CONFIG_CLASSES = {
    "none": (AuthSchemeConfigNone, None),
    "api-key": (AuthSchemeConfigApiKey, None),
    "basic-auth": (AuthSchemeConfigBasicAuth, None),
    "oauth2/authorization_code": (AuthSchemeConfigOAuth2, OAuth2GrantAuthorizationCode),
    "oauth2/client_credentials": (AuthSchemeConfigOAuth2, OAuth2GrantClientCredentials),
    "oauth2/password": (AuthSchemeConfigOAuth2, OAuth2GrantPassword),
    "hmac": (AuthSchemeConfigHmac, None),
    "certificate": (AuthSchemeConfigCertificate, None),
}
CREDENTIAL_CLASSES = {
    "none": CredentialNone,
    "string": CredentialString,
    "binary": CredentialBinary,
    "basic-auth": CredentialBasicAuth,
    "oauth2-client": CredentialOAuth2Client,
    "oauth2-code": CredentialOAuth2Code,
    "oauth2-password": CredentialOAuth2Password,
    "oauth2-token": CredentialOAuth2Token,
    "custom-function": CredentialOpaque,
    "certificate": CredentialCertificate,
    "jwt-bearer": CredentialOpaque,
}


async def test_every_variant_of_the_contract_is_covered() -> None:
    schemas = contract_document()["components"]["schemas"]
    scheme_types = {key.partition("/")[0] for key in CONFIG_CLASSES}
    grant_types = {key.partition("/")[2] for key in CONFIG_CLASSES} - {""}

    assert scheme_types == set(schemas["AuthSchemeConfig"]["discriminator"]["mapping"])
    assert grant_types == set(schemas["OAuth2Grant"]["discriminator"]["mapping"])
    assert set(CREDENTIAL_CLASSES) == set(schemas["CredentialCreate"]["discriminator"]["mapping"])
    assert set(CONFIG_CLASSES) == set(AUTH_SCHEME_CONFIGS)
    assert set(CREDENTIAL_CLASSES) == set(CREDENTIAL_DATA)


async def _get(client: Client | AsyncClient, api: respx.MockRouter, body: dict[str, object]) -> Connection:
    api.get(ONE).mock(return_value=httpx.Response(200, json=body))
    return await settle(client.connections.get(ORGANISATION_ID, CONNECTOR_ID, CONNECTION_ID))


@pytest.mark.parametrize("config_key", list(CONFIG_CLASSES))
async def test_each_scheme_and_grant_type_parses_into_its_class(
    either_client: Client | AsyncClient, api: respx.MockRouter, config_key: str
) -> None:
    config_class, grant_class = CONFIG_CLASSES[config_key]

    got = await _get(either_client, api, connection(config_key, "none"))

    assert isinstance(got.credentials.action, list)
    config = got.credentials.action[0].auth_scheme_config
    assert type(config) is config_class
    assert config.scheme_type == AUTH_SCHEME_CONFIGS[config_key]["schemeType"]
    if grant_class is not None:
        assert isinstance(config, AuthSchemeConfigOAuth2)
        assert type(config.grant) is grant_class
        assert config.grant.grant_type == config_key.removeprefix("oauth2/")


@pytest.mark.parametrize("credential_type", list(CREDENTIAL_CLASSES))
async def test_each_credential_type_parses_into_its_class(
    either_client: Client | AsyncClient, api: respx.MockRouter, credential_type: str
) -> None:
    got = await _get(either_client, api, connection("none", credential_type))

    assert isinstance(got.credentials.action, list)
    credential = got.credentials.action[0].credential
    assert type(credential) is CREDENTIAL_CLASSES[credential_type]
    assert credential.type_ == credential_type
    assert credential.data.to_dict() == CREDENTIAL_DATA[credential_type]


async def test_basic_auth_and_oauth2_password_stay_apart_though_their_data_match(
    either_client: Client | AsyncClient, api: respx.MockRouter
) -> None:
    basic = await _get(either_client, api, connection("basic-auth", "basic-auth"))
    password = await _get(either_client, api, connection("oauth2/password", "oauth2-password"))

    assert isinstance(basic.credentials.action, list)
    assert isinstance(password.credentials.action, list)
    assert type(basic.credentials.action[0].credential) is CredentialBasicAuth
    assert type(password.credentials.action[0].credential) is CredentialOAuth2Password


async def test_the_connection_round_trips_to_the_same_json(
    either_client: Client | AsyncClient, api: respx.MockRouter
) -> None:
    body = connection("oauth2/client_credentials", "oauth2-client")

    got = await _get(either_client, api, body)

    # Timestamps come back as datetimes, written +00:00 rather than Z; everything else is the same JSON.
    assert {name: value for name, value in got.to_dict().items() if not name.endswith("At")} == {
        name: value for name, value in body.items() if not name.endswith("At")
    }


async def test_an_unknown_scheme_type_is_a_validation_error(
    either_client: Client | AsyncClient, loose_api: respx.MockRouter
) -> None:
    body = connection("none", "none")
    body["credentials"]["action"][0]["authSchemeConfig"]["schemeType"] = "kerberos"

    with pytest.raises(APIResponseValidationError):
        await _get(either_client, loose_api, body)


async def test_a_credential_whose_data_does_not_fit_its_type_is_unmatched_and_keeps_its_type(
    either_client: Client | AsyncClient, api: respx.MockRouter
) -> None:
    body = connection("basic-auth", "binary")
    body["credentials"]["action"][0]["credential"]["data"] = {"username": "ada", "password": "[redacted]"}

    got = await _get(either_client, api, body)

    assert isinstance(got.credentials.action, list)
    credential = got.credentials.action[0].credential
    assert type(credential) is CredentialUnmatched
    assert credential.type_ == "binary"
    assert credential.data.to_dict() == {"username": "ada", "password": "[redacted]"}
