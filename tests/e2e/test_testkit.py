"""The test kit, ``versori_connect.testing``, as an app's tests use it: VersoriMock's real server on a loopback
port, driven only through the kit's API and the SDK (no socket, no consent page scripted here)."""

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from tests.support.platform_server import OAUTH1_CREDENTIAL_ID, OAUTH1_SYSTEM_ID, OAUTH1_TEMPLATE_ID
from versori_connect import (
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    Client,
    Connection,
    CredentialDataOAuth2Token,
    CredentialParam,
    InternalServerError,
    NotFoundError,
    PlatformClient,
    Unset,
)
from versori_connect.platform import Connection as PlatformConnection
from versori_connect.platform import CredentialOAuth2Token
from versori_connect.testing import ControlError, VersoriMock

CREATE = "create_connector_connection"
INITIALISE = "initialise_oauth2_connection"
PLATFORM_CREATE = "platform.create_connection"
PLATFORM_INITIALISE = "platform.initialise_oauth2_connection"


def start_loop(mock: VersoriMock, client: Client | PlatformClient, on: str | None = None) -> str:
    """Initialise for the kit's credential on ``on`` (the kit's connector, or a system for a ``PlatformClient``):
    the authorize URL to approve."""
    return client.connections.initialise_oauth2(
        mock.organisation_id,
        on or mock.connector_id,
        credential={"id": mock.credential_id, "organisation_id": mock.organisation_id},
        authorize_url=mock.authorize_url,
        client_id=mock.client_id,
        scopes=["profile"],
    ).url


def granted_scopes(connection: Connection) -> list[str]:
    """The scopes of the connection's first action credential, which must be an oauth2 token."""
    assert not isinstance(connection.credentials.action, Unset)
    data = connection.credentials.action[0].credential.data
    assert isinstance(data, CredentialDataOAuth2Token)
    return list(data.scopes)


def platform_scopes(connection: PlatformConnection) -> list[str]:
    """The scopes of the Platform connection's one credential, which must be an oauth2 token."""
    (entry,) = connection.credentials
    assert isinstance(entry.credential, CredentialOAuth2Token)
    return list(entry.credential.to_dict()["data"]["oauth2Token"]["scopes"])


def connection_count(mock: VersoriMock) -> int:
    with mock.client() as client:
        page = client.connections.list(mock.organisation_id, mock.connector_id)
    return int(page.total_count)


def test_initialise_approve_create_and_read_back_with_client() -> None:
    with VersoriMock() as mock, mock.client() as client:
        approved = mock.approve(start_loop(mock, client))
        assert approved.code
        assert approved.state
        created = client.connections.create(
            mock.organisation_id, mock.connector_id, mock.connection_body("Ada", approved)
        )
        read = client.connections.get(mock.organisation_id, mock.connector_id, created.id)

    assert (read.id, read.name) == (created.id, "Ada")
    assert granted_scopes(read) == ["profile", "offline_access"]


@pytest.mark.asyncio
async def test_initialise_approve_create_and_read_back_with_async_client() -> None:
    async with VersoriMock() as mock, mock.async_client() as client:
        started = await client.connections.initialise_oauth2(
            mock.organisation_id,
            mock.connector_id,
            credential={"id": mock.credential_id, "organisation_id": mock.organisation_id},
            authorize_url=mock.authorize_url,
            client_id=mock.client_id,
        )
        approved = await mock.aapprove(started.url)
        assert approved.code
        assert approved.state
        created = await client.connections.create(
            mock.organisation_id, mock.connector_id, mock.connection_body("Ada", approved)
        )
        read = await client.connections.get(mock.organisation_id, mock.connector_id, created.id)

    assert (read.id, read.name) == (created.id, "Ada")


def read_connect_v1(mock: VersoriMock, connection_id: str) -> Connection:
    with mock.client() as client:
        return client.connections.get(mock.organisation_id, mock.connector_id, connection_id)


def read_platform(mock: VersoriMock, connection_id: str) -> PlatformConnection:
    with mock.platform_client() as client:
        return client.connections.get(mock.organisation_id, connection_id)


# Each API's one-call loop, how to read its connection back and its scopes, and the calls the loop and the read
# make (operation id and status).
CONNECT_V1_CALLS = [(INITIALISE, 200), (CREATE, 200), ("get_connection", 200)]
PLATFORM_CALLS = [(PLATFORM_INITIALISE, 200), (PLATFORM_CREATE, 201), ("platform.get_connection", 200)]
LOOPS = [
    pytest.param(VersoriMock.connect, read_connect_v1, granted_scopes, CONNECT_V1_CALLS, id="connect-v1"),
    pytest.param(VersoriMock.platform_connect, read_platform, platform_scopes, PLATFORM_CALLS, id="platform"),
]


@pytest.mark.parametrize(("connect", "read_back", "scopes_of", "calls"), LOOPS)
def test_connect_runs_the_whole_loop_and_the_connection_reads_back(
    versori_mock: VersoriMock,
    connect: Callable[..., Any],
    read_back: Callable[[VersoriMock, str], Any],
    scopes_of: Callable[[Any], list[str]],
    calls: list[tuple[str, int]],
) -> None:
    connection = connect(versori_mock, "Ada's calendar", scopes=["calendar"])

    read = read_back(versori_mock, connection.id)
    assert read.name == "Ada's calendar"
    assert scopes_of(read) == ["calendar", "offline_access"]
    assert [(call.operation_id, call.status) for call in versori_mock.calls] == calls


@pytest.mark.asyncio
async def test_aconnect_under_pytest_asyncio(versori_mock: VersoriMock) -> None:
    connection = await versori_mock.aconnect("Ada")

    async with versori_mock.async_client() as client:
        read = await client.connections.get(versori_mock.organisation_id, versori_mock.connector_id, connection.id)
    assert read.name == "Ada"


@pytest.mark.anyio
async def test_aconnect_under_anyio(versori_mock: VersoriMock) -> None:
    connection = await versori_mock.aconnect("Ada", connector_id="01M65M8SZC4R7K2D9X3V6B1N0Q")

    async with versori_mock.async_client() as client:
        page = await client.connections.list(versori_mock.organisation_id, "01M65M8SZC4R7K2D9X3V6B1N0Q")
    # Newest first, then the seed's connection in use on that connector.
    assert [item.id for item in page.items or ()] == [connection.id, "01M6FJ2R8WQ5T1V3X5Z7B9D1F3"]


def test_platform_initialise_approve_create_and_read_back_with_platform_client(versori_mock: VersoriMock) -> None:
    mock = versori_mock
    with mock.platform_client() as client:
        approved = mock.approve(start_loop(mock, client, on=mock.system_id))
        created = client.connections.create(mock.organisation_id, mock.platform_connection_body("Ada", approved))
        read = client.connections.get(mock.organisation_id, created.id)

    assert mock.platform_base_url == f"{mock.base_url}/api/v2"
    assert (read.id, read.name, read.system_id, read.connection_template_id) == (
        created.id,
        "Ada",
        mock.system_id,
        mock.connection_template_id,
    )
    assert platform_scopes(read) == ["profile", "offline_access"]


@pytest.mark.asyncio
async def test_aplatform_connect_with_a_loopback_redirect_url(versori_mock: VersoriMock) -> None:
    loopback = "http://127.0.0.1:62168/oauth/callback"

    connection = await versori_mock.aplatform_connect("Ada", redirect_url=loopback)

    async with versori_mock.async_platform_client() as client:
        read = await client.connections.get(versori_mock.organisation_id, connection.id)
    assert read.name == "Ada"
    initialise, create = versori_mock.calls[:2]
    assert (initialise.operation_id, initialise.body["redirectUrl"]) == (PLATFORM_INITIALISE, loopback)
    data = create.body["connection"]["credentials"][0]["credential"]["data"]["oauth2Code"]
    assert (create.operation_id, data["redirectUrl"]) == (PLATFORM_CREATE, loopback)


def test_fail_next_503_without_retries_is_internal_server_error_and_stores_nothing(versori_mock: VersoriMock) -> None:
    with versori_mock.client(max_retries=0) as client:
        approved = versori_mock.approve(start_loop(versori_mock, client))
        versori_mock.fail_next(503, operation=CREATE)
        body = versori_mock.connection_body("Ada's account", approved)
        with pytest.raises(InternalServerError) as raised:
            client.connections.create(versori_mock.organisation_id, versori_mock.connector_id, body)
        assert connection_count(versori_mock) == 0
        # The planned failure came before the server used the state: the same create now succeeds.
        created = client.connections.create(versori_mock.organisation_id, versori_mock.connector_id, body)

    assert (raised.value.status_code, raised.value.code) == (503, "service_unavailable")
    assert raised.value.response.headers["Retry-After"] == "1"
    assert created.name == "Ada's account"
    assert [(call.status, call.error_code) for call in versori_mock.calls if call.operation_id == CREATE] == [
        (503, "service_unavailable"),
        (200, None),
    ]


def test_fail_next_429_with_retry_after_0_then_success_with_retries_on(versori_mock: VersoriMock) -> None:
    with versori_mock.client(max_retries=2) as client:
        approved = versori_mock.approve(start_loop(versori_mock, client))
        versori_mock.fail_next(429, operation=CREATE, retry_after=0)
        body = versori_mock.connection_body("Ada", approved)
        created = client.connections.create(versori_mock.organisation_id, versori_mock.connector_id, body)

    assert created.name == "Ada"
    assert connection_count(versori_mock) == 1
    assert [(call.status, call.error_code) for call in versori_mock.calls if call.operation_id == CREATE] == [
        (429, "rate_limited"),
        (200, None),
    ]


def test_a_body_off_the_contract_is_bad_request_naming_the_field_and_stores_nothing(versori_mock: VersoriMock) -> None:
    with versori_mock.client() as client:
        approved = versori_mock.approve(start_loop(versori_mock, client))
        body = versori_mock.connection_body("", approved)
        with pytest.raises(BadRequestError) as raised:
            client.connections.create(versori_mock.organisation_id, versori_mock.connector_id, body)

    assert raised.value.code == "invalid_request"
    assert [(item.field, item.message) for item in raised.value.fields] == [
        ("credentials.action[0].credential.name", "Must be at least 1 characters long."),
        ("credentials.action[0].credential.name", "Does not have the required form (^[^\\x00-\\x1F\\x7F]+$)."),
        ("name", "Must be at least 1 characters long."),
        ("name", "Does not have the required form (^[^\\x00-\\x1F\\x7F]+$)."),
    ]
    assert connection_count(versori_mock) == 0


def test_an_id_off_the_contract_is_bad_request_naming_the_field_and_its_pattern(versori_mock: VersoriMock) -> None:
    with versori_mock.client() as client, pytest.raises(BadRequestError) as raised:
        client.connections.initialise_oauth2(
            versori_mock.organisation_id,
            versori_mock.connector_id,
            credential={"id": "not-a-ulid", "organisation_id": versori_mock.organisation_id},
            authorize_url=versori_mock.authorize_url,
            client_id=versori_mock.client_id,
        )

    assert raised.value.code == "invalid_request"
    assert [(item.field, item.message) for item in raised.value.fields] == [
        ("credential.id", "Does not have the required form (^[0-7][0-9A-HJKMNP-TV-Z]{25}$)."),
        ("credential.id", "Must be at least 26 characters long."),
    ]
    assert [(call.operation_id, call.status, call.error_code) for call in versori_mock.calls] == [
        (INITIALISE, 400, "invalid_request")
    ]


def test_deny_answers_access_denied_with_the_state(versori_mock: VersoriMock) -> None:
    with versori_mock.client() as client:
        url = start_loop(versori_mock, client)
    denied = versori_mock.deny(url)

    assert (denied.code, denied.error) == (None, "access_denied")
    assert denied.state == httpx.URL(url).params["state"]
    assert denied.redirect_url.startswith(f"{versori_mock.base_url}/oauth2/callback?")


def test_a_failing_token_endpoint_makes_create_answer_502_and_stores_nothing(versori_mock: VersoriMock) -> None:
    versori_mock.fail_token_endpoint(status=503)
    with pytest.raises(InternalServerError) as raised:
        versori_mock.connect()

    assert (raised.value.status_code, raised.value.code) == (502, "provider_unavailable")
    assert connection_count(versori_mock) == 0
    assert [call.status for call in versori_mock.calls if call.operation_id == CREATE] == [502]


def test_delay_next_holds_the_answer_past_a_short_timeout(versori_mock: VersoriMock) -> None:
    versori_mock.delay_next(1000, operation=INITIALISE)
    with versori_mock.client(timeout=0.1, max_retries=0) as client, pytest.raises(APITimeoutError):
        start_loop(versori_mock, client)


def test_a_control_refuses_what_the_contract_does_not_document(versori_mock: VersoriMock) -> None:
    with pytest.raises(ControlError) as raised:
        versori_mock.fail_next(418)

    assert raised.value.field == "status"


def test_seeded_data_is_used_by_the_server(versori_mock: VersoriMock) -> None:
    added = versori_mock.seed(
        {
            "organisations": [{"id": "01M9000000000000000000000A", "name": "Acme"}],
            "connectors": [
                {"id": "01M9000000000000000000000B", "organisation_id": "01M9000000000000000000000A", "name": "CRM"}
            ],
            "api_keys": [{"key": "vk_acme_test", "organisation_id": "01M9000000000000000000000A", "name": "Acme's"}],
            "connections": [
                {
                    "organisation_id": "01M9000000000000000000000A",
                    "connector_id": "01M9000000000000000000000B",
                    "name": "Seeded account",
                }
            ],
        }
    )

    with versori_mock.client(api_key="vk_acme_test") as client:
        page = client.connections.list("01M9000000000000000000000A", "01M9000000000000000000000B")
    assert added == {"organisations": 1, "connectors": 1, "credentials": 0, "api_keys": 1, "connections": 1}
    assert [item.name for item in page.items or ()] == ["Seeded account"]


def test_reset_forgets_connections_calls_and_seeded_data(versori_mock: VersoriMock) -> None:
    versori_mock.seed({"api_keys": [{"key": "vk_extra", "organisation_id": versori_mock.organisation_id, "name": "x"}]})
    connection = versori_mock.connect()
    platform_connection = versori_mock.platform_connect()

    versori_mock.reset()

    assert versori_mock.calls == []
    with versori_mock.client() as client, pytest.raises(NotFoundError):
        client.connections.get(versori_mock.organisation_id, versori_mock.connector_id, connection.id)
    with versori_mock.platform_client() as platform, pytest.raises(NotFoundError):
        platform.connections.get(versori_mock.organisation_id, platform_connection.id)
    with versori_mock.client(api_key="vk_extra") as client, pytest.raises(AuthenticationError):
        client.connections.list(versori_mock.organisation_id, versori_mock.connector_id)


def test_the_journal_redacts_the_code_and_state(versori_mock: VersoriMock) -> None:
    versori_mock.connect()

    [create] = [call for call in versori_mock.calls if call.operation_id == CREATE]
    data: dict[str, Any] = create.body["credentials"]["action"][0]["credential"]["data"]
    assert data == {"code": "[redacted]", "state": "[redacted]"}
    assert create.path == {"organisation_id": versori_mock.organisation_id, "connector_id": versori_mock.connector_id}


def test_each_mock_has_its_own_port_and_state() -> None:
    with VersoriMock() as first, VersoriMock() as second:
        first.connect()
        assert first.base_url != second.base_url
        assert (connection_count(first), connection_count(second)) == (1, 0)


def test_any_http_client_reaches_it_at_base_url(versori_mock: VersoriMock) -> None:
    answer = httpx.get(f"{versori_mock.base_url}/healthz")

    assert answer.json()["status"] == "ok"
    assert versori_mock.base_url.startswith("http://127.0.0.1:")


def test_client_options_reach_the_client_and_win(versori_mock: VersoriMock) -> None:
    with versori_mock.client(max_retries=5) as client, versori_mock.client(base_url="http://127.0.0.1:9") as other:
        assert (client.base_url, client.max_retries) == (versori_mock.base_url, 5)
        assert other.base_url == "http://127.0.0.1:9"


def test_a_client_on_an_http_client_of_ones_own(versori_mock: VersoriMock) -> None:
    with httpx.Client() as http, versori_mock.client(http_client=http) as client:
        page = client.connections.list(versori_mock.organisation_id, versori_mock.connector_id)

    assert page.total_count == 0


def test_the_mock_is_ready_again_after_a_stop() -> None:
    mock = VersoriMock()
    with mock:
        mock.connect()
    with pytest.raises(RuntimeError, match="not running"):
        _ = mock.base_url
    with mock:
        assert connection_count(mock) == 0


def test_the_kit_picks_the_host_and_port_itself() -> None:
    with pytest.raises(TypeError, match="picks its own port"):
        VersoriMock(port=8000)


# OAuth 1.0a on the Platform API, with the seed's OAuth 1.0 system

OAUTH1_INITIALISE = "platform.initialise_oauth1_connection"


def _oauth1_sign_in(mock: VersoriMock, client: PlatformClient) -> str:
    reference: CredentialParam = {"id": mock.oauth1_credential_id, "organisation_id": mock.organisation_id}
    return client.connections.initialise_oauth1(mock.organisation_id, mock.oauth1_system_id, credential=reference).url


def oauth1_token_of(connection: PlatformConnection) -> tuple[str, str, dict[str, Any]]:
    """The type, name and data of the connection's one credential."""
    (entry,) = connection.to_dict()["credentials"]
    return entry["credential"]["type"], entry["credential"]["name"], entry["credential"]["data"]


def test_the_kit_names_the_seeds_oauth1_system_its_consumer_and_its_template(versori_mock: VersoriMock) -> None:
    mock = versori_mock
    assert (mock.oauth1_system_id, mock.oauth1_credential_id, mock.oauth1_connection_template_id) == (
        OAUTH1_SYSTEM_ID,
        OAUTH1_CREDENTIAL_ID,
        OAUTH1_TEMPLATE_ID,
    )
    with mock.platform_client() as client:
        read = client.systems.get(mock.organisation_id, OAUTH1_SYSTEM_ID).auth_scheme_configs[0].to_dict()
    assert mock.oauth1_auth_scheme_config == read


def test_approve_of_an_oauth1_sign_in_gives_the_verifier_that_creates_the_connection(versori_mock: VersoriMock) -> None:
    mock = versori_mock
    with mock.platform_client() as client:
        approved = mock.approve(_oauth1_sign_in(mock, client))
        created = client.connections.create(
            mock.organisation_id, mock.oauth1_connection_body("Ada's account", approved)
        )
        read = client.connections.get(mock.organisation_id, created.id)

    assert approved.code is None
    assert approved.redirect_url.startswith(f"{mock.base_url}/oauth2/callback?state={approved.state}&")
    assert (read.id, read.name, read.connection_template_id) == (created.id, "Ada's account", OAUTH1_TEMPLATE_ID)
    kind, name, data = oauth1_token_of(read)
    assert (kind, name, data["oauth1Token"]["tokenSecret"]) == ("oauth1-token", "Ada's account", "[redacted]")


def test_an_oauth1_connection_body_needs_an_approved_oauth1_sign_in(versori_mock: VersoriMock) -> None:
    with versori_mock.platform_client() as client:
        denied = versori_mock.deny(_oauth1_sign_in(versori_mock, client))
        oauth2 = versori_mock.approve(start_loop(versori_mock, client, on=versori_mock.system_id))

    with pytest.raises(ValueError, match=r"did not approve an OAuth 1\.0a sign-in: access_denied$"):
        versori_mock.oauth1_connection_body("Denied", denied)
    with pytest.raises(ValueError, match=r"did not approve an OAuth 1\.0a sign-in: None$"):
        versori_mock.oauth1_connection_body("OAuth 2.0", oauth2)


OAUTH1_CALLS = [(OAUTH1_INITIALISE, 200), (PLATFORM_CREATE, 201)]


def test_oauth1_connect_runs_the_whole_loop_and_its_two_calls_are_in_calls(versori_mock: VersoriMock) -> None:
    connection = versori_mock.oauth1_connect("Ada's OAuth 1.0a account")

    assert (connection.name, connection.system_id, connection.connection_template_id) == (
        "Ada's OAuth 1.0a account",
        OAUTH1_SYSTEM_ID,
        OAUTH1_TEMPLATE_ID,
    )
    kind, name, data = oauth1_token_of(connection)
    assert (kind, name, data["oauth1Token"]["tokenSecret"]) == (
        "oauth1-token",
        "Ada's OAuth 1.0a account",
        "[redacted]",
    )
    assert len(data["oauth1Token"]["token"]) == 30
    assert [(call.operation_id, call.status) for call in versori_mock.calls] == OAUTH1_CALLS
    initialise, create = versori_mock.calls
    assert initialise.path == {"organisation_id": versori_mock.organisation_id, "system_id": OAUTH1_SYSTEM_ID}
    assert initialise.body == {
        "credential": {"id": OAUTH1_CREDENTIAL_ID, "organisationId": versori_mock.organisation_id}
    }
    sent = create.body["connection"]["credentials"][0]["credential"]["data"]["oauth1"]
    assert (sorted(sent), sent["state"]) == (["oauthToken", "oauthVerifier", "state"], "[redacted]")


@pytest.mark.asyncio
async def test_aoauth1_connect_under_pytest_asyncio_and_the_connection_reads_back(versori_mock: VersoriMock) -> None:
    connection = await versori_mock.aoauth1_connect()

    async with versori_mock.async_platform_client() as client:
        read = await client.connections.get(versori_mock.organisation_id, connection.id)
    assert (read.id, read.name, read.connection_template_id) == (connection.id, "Test connection", OAUTH1_TEMPLATE_ID)
    kind, _, data = oauth1_token_of(read)
    assert (kind, data["oauth1Token"]["tokenSecret"]) == ("oauth1-token", "[redacted]")
    assert [(call.operation_id, call.status) for call in versori_mock.calls] == [
        *OAUTH1_CALLS,
        ("platform.get_connection", 200),
    ]


def test_deny_and_a_failing_token_endpoint_of_oauth1_sign_ins(versori_mock: VersoriMock) -> None:
    with versori_mock.platform_client() as client:
        denied = versori_mock.deny(_oauth1_sign_in(versori_mock, client))
        versori_mock.fail_token_endpoint(status=503)
        with pytest.raises(InternalServerError) as raised:
            versori_mock.oauth1_connect()
        listed = client.connections.list(versori_mock.organisation_id, system_id=OAUTH1_SYSTEM_ID)

    assert (denied.error, denied.oauth_verifier, denied.code) == ("access_denied", None, None)
    assert (raised.value.status_code, raised.value.code) == (502, "provider_unavailable")
    assert listed.total_count == 0
