"""Every variant the Platform contract allows, read into its own class: each auth scheme type (in a system and as
the answer of upsert), each OAuth 2.0 grant type and each credential type (in a connection). The answers are
written here from the contract's schemas, and the ``platform_api`` fixture checks each against
platform-openapi.yaml before the client reads it."""

import copy
import json
from typing import Any

import httpx
import pytest
import respx

from tests.support.either import settle
from tests.support.platform_examples import CONNECTION, CONNECTION_ID, ORGANISATION_ID, SYSTEM, SYSTEM_ID
from versori_connect import APIResponseValidationError, AsyncPlatformClient, PlatformClient
from versori_connect.platform import (
    AUTH_SCHEME_CONFIG_CLASSES,
    CREDENTIAL_CLASSES,
    OAUTH2_GRANT_CLASSES,
    AuthSchemeApiKey,
    AuthSchemeBasicAuth,
    AuthSchemeCertificate,
    AuthSchemeConfig,
    AuthSchemeHmac,
    AuthSchemeJwtBearer,
    AuthSchemeNone,
    AuthSchemeOAuth1,
    AuthSchemeOAuth2,
    AuthSchemeSecret,
    CredentialBasicAuth,
    CredentialBinary,
    CredentialCertificate,
    CredentialNone,
    CredentialOAuth1,
    CredentialOAuth1Token,
    CredentialOAuth2Client,
    CredentialOAuth2Code,
    CredentialOAuth2CodeData,
    CredentialOAuth2Password,
    CredentialOAuth2Token,
    CredentialString,
    Endpoint,
    OAuth2GrantAuthorizationCode,
    OAuth2GrantClientCredentials,
    OAuth2GrantPassword,
    Unset,
)

Either = PlatformClient | AsyncPlatformClient
ORG = ORGANISATION_ID
CLIENT = "01M8GQFXW0160TMH46AMQXJG5V"
ENDPOINT = {"url": "https://{accountId}.restlets.api.netsuite.com/rest/accesstoken"}


def _oauth2(config_id: str, grant: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "oauth2",
        "oauth2": {
            "id": config_id,
            "description": "",
            "authorizeUrl": "https://idp.example/authorize",
            "tokenUrl": "https://idp.example/token",
            "scopes": [{"name": "read"}],
            "defaultScopes": ["read"],
            "grant": grant,
        },
    }


# One config of each type (and an oauth2 config of each grant), as the contract writes them.
CONFIGS: list[tuple[dict[str, Any], type[AuthSchemeConfig]]] = [
    ({"type": "none", "none": {"id": "none-1", "description": "No authentication"}}, AuthSchemeNone),
    (
        {"type": "api-key", "apiKey": {"id": "key-1", "description": "", "name": "X-Api-Key", "in": "header"}},
        AuthSchemeApiKey,
    ),
    ({"type": "basic-auth", "basicAuth": {"id": "basic-1", "description": "HTTP Basic"}}, AuthSchemeBasicAuth),
    (
        _oauth2(
            "code-1",
            {"type": "authorizationCode", "authorizationCode": {"credentialId": CLIENT, "organisationId": ORG}},
        ),
        AuthSchemeOAuth2,
    ),
    (_oauth2("client-1", {"type": "clientCredentials", "clientCredentials": {}}), AuthSchemeOAuth2),
    (
        _oauth2("password-1", {"type": "password", "password": {"clientId": "app", "clientSecret": "s3cret"}}),
        AuthSchemeOAuth2,
    ),
    (
        {
            "type": "hmac",
            "hmac": {
                "id": "hmac-1",
                "description": "Webhook signature",
                "name": "X-Signature",
                "in": "header",
                "algorithm": "sha256",
                "digestInputs": ["body", "url"],
                "encoding": "base64url",
            },
        },
        AuthSchemeHmac,
    ),
    ({"type": "jwt-bearer"}, AuthSchemeJwtBearer),
    ({"type": "certificate", "certificate": {"id": "cert-1", "description": "mTLS"}}, AuthSchemeCertificate),
    (
        {
            "type": "oauth1",
            "oauth1": {
                "id": "oauth1-1",
                "description": "NetSuite TBA",
                "tokenAuth": False,
                "consumerKey": "ck",
                "consumerSecret": "[redacted]",
                "tempCredentialEndpoint": ENDPOINT,
                "resourceOwnerAuthorizationEndpoint": {
                    "url": "https://system.netsuite.com/app/login/secure/authorize.nl"
                },
                "tokenEndpoint": {
                    **ENDPOINT,
                    "parameterTransmission": "AUTH_STYLE_AUTHORIZATION_HEADER",
                    "additionalParamConfigs": [
                        {
                            "parameterName": "realm",
                            "location": "LOCATION_HEADER_PARAMETER",
                            "usages": "USAGE_TOKEN_REQUEST_ENDPOINT",
                            "required": True,
                            "modifiable": False,
                        }
                    ],
                },
                "signatureMethod": "sha256",
                "credentialId": CLIENT,
            },
        },
        AuthSchemeOAuth1,
    ),
    ({"type": "secret"}, AuthSchemeSecret),
]
GRANTS = [OAuth2GrantAuthorizationCode, OAuth2GrantClientCredentials, OAuth2GrantPassword]

R = "[redacted]"
# One credential of each type, with its data under the key its type names.
CREDENTIALS: list[tuple[dict[str, Any], type, str | None]] = [
    ({"type": "none"}, CredentialNone, None),
    ({"type": "none", "data": {"none": {}}}, CredentialNone, "none"),
    ({"type": "string", "data": {"string": {"value": R}}}, CredentialString, "string"),
    ({"type": "binary", "data": {"binary": {"valueBase64": R}}}, CredentialBinary, "binary"),
    (
        {"type": "basic-auth", "data": {"basicAuth": {"username": "ada", "password": R}}},
        CredentialBasicAuth,
        "basic_auth",
    ),
    (
        {
            "type": "oauth2-client",
            "data": {"oauth2Client": {"clientId": "app", "clientSecret": R, "tokenUrl": "https://idp.example/token"}},
        },
        CredentialOAuth2Client,
        "oauth2_client",
    ),
    (
        {
            "type": "oauth2-code",
            "data": {
                "oauth2Code": {"code": "c-1", "state": "s-1", "redirectUrl": "http://127.0.0.1:62168/oauth/callback"}
            },
        },
        CredentialOAuth2Code,
        "oauth2_code",
    ),
    (
        {"type": "oauth2-password", "data": {"oauth2Password": {"username": "ada", "password": R}}},
        CredentialOAuth2Password,
        "oauth2_password",
    ),
    (
        {"type": "oauth2-token", "data": {"oauth2Token": {"scopes": ["read"], "refreshToken": R, "accessToken": R}}},
        CredentialOAuth2Token,
        "oauth2_token",
    ),
    (
        {"type": "oauth1", "data": {"oauth1": {"state": "s-2", "oauthToken": "t", "oauthVerifier": "v"}}},
        CredentialOAuth1,
        "oauth1",
    ),
    (
        {
            "type": "oauth1-token",
            "data": {
                "oauth1Token": {"token": "t", "tokenSecret": R, "additionalParams": [{"name": "realm", "value": "1"}]}
            },
        },
        CredentialOAuth1Token,
        "oauth1_token",
    ),
    (
        {
            "type": "certificate",
            "data": {"certificate": {"certificate": "-----BEGIN-----", "key": R, "ca": "-----BEGIN-----"}},
        },
        CredentialCertificate,
        "certificate",
    ),
]


def _system() -> dict[str, Any]:
    return {
        "id": SYSTEM_ID,
        "name": "Every scheme",
        "domain": "example.org",
        "templateBaseUrl": "https://api.example.org",
        "authSchemeConfigs": [config for config, _ in CONFIGS],
    }


def _connection() -> dict[str, Any]:
    credentials = [
        {
            "id": f"01M8GPSYR0QMDFXM646QZP0A{index:02d}",
            "authSchemeConfig": {"type": "secret"},
            "credential": {"id": f"01M8GPVSB0D0HE00MQ2Q2MSC{index:02d}", "organisationId": ORG, **credential},
        }
        for index, (credential, _, _) in enumerate(CREDENTIALS)
    ]
    return {
        "id": CONNECTION_ID,
        "name": "Every credential",
        "credentials": credentials,
        "createdAt": "2026-11-28T09:11:00Z",
        "updatedAt": "2026-11-28T09:11:00Z",
    }


def test_the_tables_name_every_type_of_the_contract() -> None:
    assert set(AUTH_SCHEME_CONFIG_CLASSES.values()) == {cls for _, cls in CONFIGS}
    assert set(CREDENTIAL_CLASSES.values()) == {cls for _, cls, _ in CREDENTIALS}
    assert list(OAUTH2_GRANT_CLASSES.values()) == GRANTS


@pytest.mark.asyncio
async def test_each_auth_scheme_type_and_grant_is_its_own_class(
    platform_client: Either, platform_api: respx.MockRouter
) -> None:
    platform_api.get(SYSTEM).mock(return_value=httpx.Response(200, json=_system()))

    system = await settle(platform_client.systems.get(ORGANISATION_ID, SYSTEM_ID))

    assert [type(config) for config in system.auth_scheme_configs] == [cls for _, cls in CONFIGS]
    grants = [config.oauth2.grant for config in system.auth_scheme_configs if isinstance(config, AuthSchemeOAuth2)]
    assert [type(grant) for grant in grants] == GRANTS
    assert isinstance(grants[0], OAuth2GrantAuthorizationCode)
    assert grants[0].authorization_code.credential_id == CLIENT
    assert isinstance(grants[2], OAuth2GrantPassword)
    assert grants[2].password.client_id == "app"
    hmac = system.auth_scheme_configs[6]
    assert isinstance(hmac, AuthSchemeHmac)
    assert (hmac.hmac.algorithm, hmac.hmac.digest_inputs, hmac.hmac.encoding) == (
        "sha256",
        ["body", "url"],
        "base64url",
    )
    oauth1 = system.auth_scheme_configs[9]
    assert isinstance(oauth1, AuthSchemeOAuth1)
    assert isinstance(oauth1.oauth1.token_endpoint, Endpoint)
    assert oauth1.oauth1.token_endpoint.parameter_transmission == "AUTH_STYLE_AUTHORIZATION_HEADER"
    assert [config.parameter_name for config in oauth1.oauth1.token_endpoint.additional_param_configs or []] == [
        "realm"
    ]
    # Written back, each is the JSON it was read from.
    assert [config.to_dict() for config in system.auth_scheme_configs] == [config for config, _ in CONFIGS]


@pytest.mark.parametrize(
    ("config", "cls"), CONFIGS, ids=[f"{config['type']}-{index}" for index, (config, _) in enumerate(CONFIGS)]
)
@pytest.mark.asyncio
async def test_upsert_answers_each_type_as_its_class(
    platform_client: Either, platform_api: respx.MockRouter, config: dict[str, Any], cls: type[AuthSchemeConfig]
) -> None:
    config_id = next(iter(value["id"] for key, value in config.items() if key != "type"), "jwt")
    route = platform_api.put(f"{SYSTEM}/auth-scheme-configs/{config_id}").mock(
        return_value=httpx.Response(201, json=config)
    )

    stored = await settle(
        platform_client.systems.auth_scheme_configs.upsert(ORGANISATION_ID, SYSTEM_ID, config_id, config)
    )

    assert type(stored) is cls
    assert isinstance(stored, cls)
    assert stored.to_dict() == config
    assert json.loads(route.calls.last.request.content) == config


@pytest.mark.asyncio
async def test_each_credential_type_is_its_own_class(platform_client: Either, platform_api: respx.MockRouter) -> None:
    platform_api.get(CONNECTION).mock(return_value=httpx.Response(200, json=_connection()))

    connection = await settle(platform_client.connections.get(ORGANISATION_ID, CONNECTION_ID))

    credentials = [entry.credential for entry in connection.credentials]
    assert [type(credential) for credential in credentials] == [cls for _, cls, _ in CREDENTIALS]
    # Each type's details under the key it names, read back as sent.
    for credential, (sent, _, key) in zip(credentials, CREDENTIALS, strict=True):
        assert not isinstance(credential, Unset)
        if key is not None:
            assert getattr(credential.data, key).to_dict() == sent["data"][next(iter(sent["data"]))]
    code = credentials[6]
    assert isinstance(code, CredentialOAuth2Code)
    assert isinstance(code.data, CredentialOAuth2CodeData)
    assert code.data.oauth2_code.redirect_url == "http://127.0.0.1:62168/oauth/callback"


@pytest.mark.asyncio
async def test_an_answer_whose_type_is_unknown_is_a_validation_error(
    platform_client: Either, loose_platform_api: respx.MockRouter
) -> None:
    loose_platform_api.put(f"{SYSTEM}/auth-scheme-configs/x").mock(
        return_value=httpx.Response(201, json={"type": "custom-function"})
    )

    with pytest.raises(APIResponseValidationError, match="custom-function"):
        await settle(
            platform_client.systems.auth_scheme_configs.upsert(ORGANISATION_ID, SYSTEM_ID, "x", {"type": "secret"})
        )


@pytest.mark.parametrize("method", ["sha1", "HMAC-SHA512", "PLAINTEXT"])
@pytest.mark.asyncio
async def test_an_oauth1_signature_method_is_any_text_as_versori_types_it(
    platform_client: Either, platform_api: respx.MockRouter, method: str
) -> None:
    # Versori's descriptions name sha256 and sha1 but type the field as text, as its Go and TypeScript clients
    # read it: an answer with another method is still an oauth1 config, and a config sent carries it unchanged.
    config = copy.deepcopy(CONFIGS[9][0])
    config["oauth1"]["signatureMethod"] = method
    route = platform_api.put(f"{SYSTEM}/auth-scheme-configs/oauth1-1").mock(
        return_value=httpx.Response(201, json=config)
    )

    stored = await settle(
        platform_client.systems.auth_scheme_configs.upsert(ORGANISATION_ID, SYSTEM_ID, "oauth1-1", config)
    )

    assert isinstance(stored, AuthSchemeOAuth1)
    assert stored.oauth1.signature_method == method
    assert json.loads(route.calls.last.request.content)["oauth1"]["signatureMethod"] == method
