"""The app's tests, written against the test kit alone: the ``versori_mock`` fixtures come from its pytest plugin."""

from collections.abc import Iterator

import pytest

from app_under_test.accounts import AccountError, Accounts, VersoriSettings
from versori_connect import BadRequestError
from versori_connect.testing import VersoriMock

CREATE = "create_connector_connection"


def settings_of(mock: VersoriMock) -> VersoriSettings:
    return VersoriSettings(
        organisation_id=mock.organisation_id,
        connector_id=mock.connector_id,
        credential_id=mock.credential_id,
        client_id=mock.client_id,
        authorize_url=mock.authorize_url,
        auth_scheme_config=mock.auth_scheme_config,
    )


@pytest.fixture
def mock(versori_mock_shared: VersoriMock) -> VersoriMock:
    """One server for the whole run, reset before each test: fast, and no test sees another's data."""
    return versori_mock_shared


@pytest.fixture
def accounts(mock: VersoriMock) -> Iterator[Accounts]:
    with mock.client() as client:
        yield Accounts(client, settings_of(mock))


def seed_connections(mock: VersoriMock, *names: str) -> None:
    mock.seed(
        {
            "connections": [
                {"organisation_id": mock.organisation_id, "connector_id": mock.connector_id, "name": name}
                for name in names
            ]
        }
    )


def test_a_user_connects_an_account(mock: VersoriMock, accounts: Accounts) -> None:
    approved = mock.approve(accounts.start_connecting())
    connection_id = accounts.finish_connecting("Ada's calendar", str(approved.code), str(approved.state))

    assert accounts.connected_accounts() == ["Ada's calendar"]
    assert [(call.operation_id, call.status) for call in mock.calls] == [
        ("initialise_oauth2_connection", 200),
        (CREATE, 200),
        ("list_connector_connections", 200),
    ]
    assert mock.calls[1].body["name"] == "Ada's calendar"
    assert len(connection_id) == 26


def test_the_app_asks_for_the_scopes_it_is_given(mock: VersoriMock, accounts: Accounts) -> None:
    accounts.start_connecting(["calendar.read", "calendar.write"])

    [initialise] = mock.calls
    assert initialise.body["scopes"] == ["calendar.read", "calendar.write"]
    assert initialise.body["clientId"] == mock.client_id


def test_a_name_connected_already_is_refused(mock: VersoriMock, accounts: Accounts) -> None:
    seed_connections(mock, "Ada's calendar")
    approved = mock.approve(accounts.start_connecting())

    with pytest.raises(AccountError, match="connected already"):
        accounts.finish_connecting("Ada's calendar", str(approved.code), str(approved.state))


def test_versori_unavailable_is_a_message_to_try_again(mock: VersoriMock, accounts: Accounts) -> None:
    approved = mock.approve(accounts.start_connecting())
    mock.fail_next(503, operation=CREATE, retry_after=0)

    with pytest.raises(AccountError, match="unavailable; try again"):
        accounts.finish_connecting("Ada", str(approved.code), str(approved.state))
    assert accounts.connected_accounts() == []


def test_the_provider_failing_the_code_exchange_is_a_message_to_try_again(
    mock: VersoriMock, accounts: Accounts
) -> None:
    approved = mock.approve(accounts.start_connecting())
    mock.fail_token_endpoint()

    with pytest.raises(AccountError, match="unavailable; try again"):
        accounts.finish_connecting("Ada", str(approved.code), str(approved.state))
    # One attempt: a retry would have been refused for the state it used up, hiding the real cause.
    assert [call.status for call in mock.calls if call.operation_id == CREATE] == [502]


def test_a_rate_limit_on_listing_is_waited_out(mock: VersoriMock, accounts: Accounts) -> None:
    seed_connections(mock, "Ada")
    mock.fail_next(429, operation="list_connector_connections", retry_after=0)

    assert accounts.connected_accounts() == ["Ada"]
    assert [call.status for call in mock.calls] == [429, 200]


def test_every_page_of_accounts_is_listed(mock: VersoriMock, accounts: Accounts) -> None:
    seed_connections(mock, "first", "second", "third")

    names = accounts.connected_accounts(page_size=2)

    assert sorted(names) == ["first", "second", "third"]
    assert [call.operation_id for call in mock.calls] == ["list_connector_connections"] * 2


def test_a_name_off_the_contract_fails_with_the_field_named(mock: VersoriMock, accounts: Accounts) -> None:
    approved = mock.approve(accounts.start_connecting())

    with pytest.raises(BadRequestError) as raised:
        accounts.finish_connecting("Ada\n", str(approved.code), str(approved.state))
    assert ("name", "Does not have the required form (^[^\\x00-\\x1F\\x7F]+$).") in [
        (item.field, item.message) for item in raised.value.fields
    ]
    assert accounts.connected_accounts() == []


def test_with_a_server_of_its_own(versori_mock: VersoriMock) -> None:
    versori_mock.connect("Grace's mail")

    with versori_mock.client() as client:
        assert Accounts(client, settings_of(versori_mock)).connected_accounts() == ["Grace's mail"]
