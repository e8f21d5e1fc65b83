"""The SDK's client against the reference server over a socket, for every operation around initialise: what it
sends is accepted, and each answer parses into its typed union, keeping its scheme and grant type."""

from collections.abc import Iterator

import pytest

from tests.support.examples import CONNECTOR_ID, ORGANISATION_ID
from tests.support.oauth_loop import SECOND_CONNECTOR_ID
from tests.support.schemes import EVERY_SCHEME, create_body, scheme_config
from tests.support.server import DEV_API_KEY, live_server
from versori_connect import (
    APIStatusError,
    AuthSchemeConfigApiKey,
    AuthSchemeConfigBasicAuth,
    AuthSchemeConfigCertificate,
    AuthSchemeConfigHmac,
    AuthSchemeConfigNone,
    AuthSchemeConfigOAuth2,
    Client,
    ConflictError,
    CredentialBasicAuth,
    CredentialBinary,
    CredentialCertificate,
    CredentialNone,
    CredentialOAuth2Client,
    CredentialOAuth2Password,
    CredentialOAuth2Token,
    CredentialString,
    HttpConnector,
    NotFoundError,
    OAuth2GrantAuthorizationCode,
    OAuth2GrantClientCredentials,
    OAuth2GrantPassword,
)

pytestmark = pytest.mark.e2e

# scheme -> (config class, grant class or None, credential class)
PARSED = {
    "none": (AuthSchemeConfigNone, None, CredentialNone),
    "api-key": (AuthSchemeConfigApiKey, None, CredentialString),
    "basic-auth": (AuthSchemeConfigBasicAuth, None, CredentialBasicAuth),
    "oauth2-authorization_code": (AuthSchemeConfigOAuth2, OAuth2GrantAuthorizationCode, CredentialOAuth2Token),
    "oauth2-client_credentials": (AuthSchemeConfigOAuth2, OAuth2GrantClientCredentials, CredentialOAuth2Client),
    "oauth2-password": (AuthSchemeConfigOAuth2, OAuth2GrantPassword, CredentialOAuth2Password),
    "hmac": (AuthSchemeConfigHmac, None, CredentialBinary),
    "certificate": (AuthSchemeConfigCertificate, None, CredentialCertificate),
}
IN_USE_CONNECTION_ID = "01M6FJ2R8WQ5T1V3X5Z7B9D1F3"


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        live_server(env={"VERSORI_MOCK_DATABASE": ":memory:", "VERSORI_MOCK_VALIDATE_RESPONSES": "true"}) as server,
        Client(api_key=DEV_API_KEY, base_url=server.url, max_retries=0) as client,
    ):
        yield client


def test_every_scheme_created_read_and_iterated_keeps_its_types(client: Client) -> None:
    created = {}
    for scheme, (config, credential_type, data, _) in EVERY_SCHEME.items():
        connection = client.connections.create(
            ORGANISATION_ID, CONNECTOR_ID, create_body(f"SDK {scheme}", config, credential_type, data)
        )
        created[scheme] = connection.id

    for scheme, connection_id in created.items():
        fetched = client.connections.get(ORGANISATION_ID, CONNECTOR_ID, connection_id)
        assert isinstance(fetched.credentials.action, list)
        pairing = fetched.credentials.action[0]
        config_class, grant_class, credential_class = PARSED[scheme]
        assert type(pairing.auth_scheme_config) is config_class, scheme
        assert type(pairing.credential) is credential_class, scheme
        if isinstance(pairing.auth_scheme_config, AuthSchemeConfigOAuth2):
            assert type(pairing.auth_scheme_config.grant) is grant_class, scheme
    iterated = [summary.id for summary in client.connections.iterate(ORGANISATION_ID, CONNECTOR_ID, first=3)]
    assert set(created.values()) <= set(iterated)
    assert len(iterated) == len(set(iterated))


def test_update_and_delete(client: Client) -> None:
    config, credential_type, data, _ = EVERY_SCHEME["none"]
    first = client.connections.create(
        ORGANISATION_ID, CONNECTOR_ID, create_body("SDK first", config, credential_type, data)
    )
    second = client.connections.create(
        ORGANISATION_ID, CONNECTOR_ID, create_body("SDK second", config, credential_type, data)
    )

    renamed = client.connections.update(
        ORGANISATION_ID, CONNECTOR_ID, first.id, {"id": first.id, "name": "SDK renamed"}
    )
    with pytest.raises(ConflictError) as conflict:
        client.connections.update(ORGANISATION_ID, CONNECTOR_ID, second.id, {"id": second.id, "name": "SDK renamed"})
    client.connections.delete(ORGANISATION_ID, CONNECTOR_ID, first.id)

    assert renamed.name == "SDK renamed"
    assert conflict.value.code == "conflict"
    with pytest.raises(NotFoundError):
        client.connections.get(ORGANISATION_ID, CONNECTOR_ID, first.id)


def test_deleting_the_seeds_connection_in_use_raises_412_unless_forced(client: Client) -> None:
    with pytest.raises(APIStatusError) as refused:
        client.connections.delete(ORGANISATION_ID, SECOND_CONNECTOR_ID, IN_USE_CONNECTION_ID)
    client.connections.delete(ORGANISATION_ID, SECOND_CONNECTOR_ID, IN_USE_CONNECTION_ID, force=True)

    assert (refused.value.status_code, refused.value.code) == (412, "connection_in_use")
    with pytest.raises(NotFoundError):
        client.connections.get(ORGANISATION_ID, SECOND_CONNECTOR_ID, IN_USE_CONNECTION_ID)


def test_connectors_and_their_configs(client: Client) -> None:
    config_id = "01M6FK5555555555555555555A"
    page = client.connectors.list(ORGANISATION_ID, name="second")
    connector = client.connectors.get(ORGANISATION_ID, CONNECTOR_ID)
    added = client.connectors.auth_scheme_configs.upsert(
        ORGANISATION_ID,
        SECOND_CONNECTOR_ID,
        config_id,
        scheme_config("hmac", config_id, name="X-Sig", algorithm="sha1", digestInputs=["url"], **{"in": "query"}),
    )
    removed = client.connectors.auth_scheme_configs.delete(ORGANISATION_ID, SECOND_CONNECTOR_ID, config_id)

    assert [item.id for item in page.connectors] == [SECOND_CONNECTOR_ID]
    assert type(connector) is HttpConnector
    [config] = connector.auth_scheme_configs
    assert isinstance(config, AuthSchemeConfigOAuth2)
    assert type(config.grant) is OAuth2GrantAuthorizationCode
    assert [type(c) for c in added.auth_scheme_configs if c.id == config_id] == [AuthSchemeConfigHmac]
    assert config_id not in [c.id for c in removed.auth_scheme_configs]
