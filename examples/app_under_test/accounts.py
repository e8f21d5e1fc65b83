"""Connect a user's account at a provider through Versori, and list the accounts connected.

This is the part of an app that talks to Versori. It takes a ``versori_connect.Client`` (so that its tests can
hand it one pointed at the test kit) and its Versori settings, and turns the API's errors into ones it can show a
user.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from versori_connect import BadRequestError, Client, ConflictError, InternalServerError, Unset


@dataclass(frozen=True)
class VersoriSettings:
    """Where the app's connections live at Versori, the OAuth 2.0 client it connects with, and the connector's
    auth scheme config (the contract's ``AuthSchemeConfig`` JSON) that its connections use."""

    organisation_id: str
    connector_id: str
    credential_id: str
    client_id: str
    authorize_url: str
    auth_scheme_config: Mapping[str, Any]


class AccountError(Exception):
    """Connecting an account failed for a reason the user can act on; the message says what to do."""


class Accounts:
    def __init__(self, client: Client, settings: VersoriSettings) -> None:
        self._client = client
        self._settings = settings

    def start_connecting(self, scopes: Sequence[str] = ("profile",)) -> str:
        """The provider's page to send the user's browser to."""
        settings = self._settings
        started = self._client.connections.initialise_oauth2(
            settings.organisation_id,
            settings.connector_id,
            credential={"id": settings.credential_id, "organisation_id": settings.organisation_id},
            authorize_url=settings.authorize_url,
            client_id=settings.client_id,
            scopes=scopes,
        )
        return started.url

    def finish_connecting(self, account_name: str, code: str, state: str) -> str:
        """Store the connection once the provider sent the user back with ``code`` and ``state``; its id."""
        settings = self._settings
        try:
            # Never retried: Versori uses the state up on the first attempt, so a retry would only hide the error.
            connection = self._client.connections.create(
                settings.organisation_id,
                settings.connector_id,
                self._connection(account_name, code, state),
                max_retries=0,
            )
        except ConflictError:
            raise AccountError(f"An account named {account_name!r} is connected already.") from None
        except BadRequestError as error:
            if error.code != "invalid_state":
                raise  # a bug of this app: the request broke the contract
            raise AccountError("The sign-in took too long or was used already; connect again.") from None
        except InternalServerError:
            raise AccountError("The provider or Versori is unavailable; try again in a minute.") from None
        return connection.id

    def connected_accounts(self, page_size: int = 20) -> list[str]:
        """The names of every connected account, newest first."""
        settings = self._settings
        names: list[str] = []
        after: str | None = None
        while True:
            page = self._client.connections.list(
                settings.organisation_id, settings.connector_id, first=page_size, after=after
            )
            names += [item.name for item in page.items or ()]
            if isinstance(page.next_, Unset):
                return names
            after = page.next_

    def _connection(self, account_name: str, code: str, state: str) -> dict[str, Any]:
        credential = {"name": account_name, "type": "oauth2-code", "data": {"code": code, "state": state}}
        pairing = {"authSchemeConfig": dict(self._settings.auth_scheme_config), "credential": credential}
        return {"name": account_name, "credentials": {"action": [pairing], "trigger": []}, "variables": []}
