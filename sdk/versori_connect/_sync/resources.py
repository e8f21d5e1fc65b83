# Derived from versori_connect/_async/resources.py by scripts/unasync.py: edit that file, then run the script.
"""``client.connections`` and ``client.connectors``: each method builds its operation (``_operations``) and
sends it through the core's ``APIResource`` (``_request``, or ``_list`` for a page) with the parser of its
answer and the call's ``RequestOptions``.

To add an operation: a builder in ``_operations``, a method here taking ``**options: Unpack[RequestOptions]``,
one line in the raw wrapper, then ``scripts/unasync`` for the sync twin.
"""

from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Unpack

from .. import _operations
from .._core._sync.resource import APIResource, returning_raw
from .._core.options import RequestOptions
from .._core.response import no_content
from .._generated.models import (
    Connection,
    ConnectionCreate,
    ConnectionSummary,
    ConnectionUpdate,
    CredentialReference,
    InitialiseOAuth2ConnectionResponse,
)
from .._types import AdditionalParams, CredentialParam
from .._unions import AuthSchemeConfig, Connector, parse_connector
from .pages import SyncConnectionPage, SyncConnectorPage

if TYPE_CHECKING:
    from .client import Client


class ConnectionsWithRawResponse:
    """``client.connections.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, connections: "Connections") -> None:
        self.initialise_oauth2 = returning_raw(connections.initialise_oauth2)
        self.create = returning_raw(connections.create)
        self.get = returning_raw(connections.get)
        self.list = returning_raw(connections.list)
        self.update = returning_raw(connections.update)
        self.delete = returning_raw(connections.delete)


class AuthSchemeConfigsWithRawResponse:
    """``client.connectors.auth_scheme_configs.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, configs: "AuthSchemeConfigs") -> None:
        self.upsert = returning_raw(configs.upsert)
        self.delete = returning_raw(configs.delete)


class ConnectorsWithRawResponse:
    """``client.connectors.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, connectors: "Connectors") -> None:
        self.list = returning_raw(connectors.list)
        self.get = returning_raw(connectors.get)
        self.auth_scheme_configs = AuthSchemeConfigsWithRawResponse(connectors.auth_scheme_configs)


class Connections(APIResource[ConnectionsWithRawResponse]):
    """Connections link a connector to one account at a provider."""

    _raw_wrapper = ConnectionsWithRawResponse

    def initialise_oauth2(
        self,
        organisation_id: str,
        connector_id: str,
        *,
        credential: CredentialParam | CredentialReference,
        authorize_url: str,
        client_id: str,
        scopes: Sequence[str] | None = None,
        prompt: str | None = None,
        disable_offline_access: bool = False,
        additional_params: AdditionalParams | None = None,
        **options: Unpack[RequestOptions],
    ) -> InitialiseOAuth2ConnectionResponse:
        """The provider's authorize URL that starts an OAuth 2.0 ``authorization_code`` grant.

        ``None`` leaves an optional field out (``prompt=""`` sends an empty prompt). Like every method, it takes
        the ``RequestOptions`` (``extra_headers``, ``extra_query``, ``extra_body``, ``timeout``, ``max_retries``)
        for this call alone.
        """
        operation = _operations.initialise_oauth2(
            organisation_id,
            connector_id,
            credential=credential,
            authorize_url=authorize_url,
            client_id=client_id,
            scopes=scopes,
            prompt=prompt,
            disable_offline_access=disable_offline_access,
            additional_params=additional_params,
        )
        return self._request(operation, InitialiseOAuth2ConnectionResponse.from_dict, options)

    def create(
        self,
        organisation_id: str,
        connector_id: str,
        connection: ConnectionCreate | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> Connection:
        """Create a connection with its credentials; ``connection`` is the generated model or the contract's
        JSON (camelCase). With an ``oauth2-code`` credential this is the last step of the OAuth 2.0 loop, and its
        state is single-use: so this call is retried only when the server cannot have acted on it (the connection
        was never made, or it answered 429 or 503), never after a 500, 502, 504 or a timeout once sent, which
        a repeat would turn into ``invalid_state``."""
        operation = _operations.create_connection(organisation_id, connector_id, connection)
        return self._request(operation, Connection.from_dict, options, replayable=False)

    def get(
        self,
        organisation_id: str,
        connector_id: str,
        connection_id: str,
        **options: Unpack[RequestOptions],
    ) -> Connection:
        """One connection of the connector (its secrets are never sent back)."""
        operation = _operations.get_connection(organisation_id, connector_id, connection_id)
        return self._request(operation, Connection.from_dict, options)

    def list(
        self,
        organisation_id: str,
        connector_id: str,
        *,
        first: int | None = None,
        after: str | None = None,
        before: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncConnectionPage:
        """A page of the connector's connections, newest first (``first`` per page; ``after`` a page's ``next_``,
        ``before`` its ``prev``), which fetches the pages after it: ``get_next_page()``, or ``for`` over
        every connection from here on."""
        operation = _operations.list_connections(organisation_id, connector_id, first=first, after=after, before=before)
        return self._list(operation, SyncConnectionPage, options)

    def iterate(
        self,
        organisation_id: str,
        connector_id: str,
        *,
        first: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterator[ConnectionSummary]:
        """Every connection of the connector, newest first, fetching page after page (``first`` per page): the
        iteration of ``list``'s first page."""
        for connection in self.list(organisation_id, connector_id, first=first, **options):
            yield connection

    def update(
        self,
        organisation_id: str,
        connector_id: str,
        connection_id: str,
        connection: ConnectionUpdate | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> Connection:
        """Rename the connection, replace its variables, or reorder its credentials and update their auth scheme
        configs (never their ``schemeType``). ``connection`` is the generated model or the contract's JSON; its
        ``id`` must be ``connection_id``."""
        operation = _operations.update_connection(organisation_id, connector_id, connection_id, connection)
        return self._request(operation, Connection.from_dict, options)

    def delete(
        self,
        organisation_id: str,
        connector_id: str,
        connection_id: str,
        *,
        force: bool = False,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete the connection; one in use raises ``PreconditionFailedError`` (412 ``connection_in_use``) unless
        ``force`` is true."""
        operation = _operations.delete_connection(organisation_id, connector_id, connection_id, force=force)
        return self._request(operation, no_content, options)


class AuthSchemeConfigs(APIResource[AuthSchemeConfigsWithRawResponse]):
    """The auth scheme configs of a connector: how its connections may authenticate."""

    _raw_wrapper = AuthSchemeConfigsWithRawResponse

    def upsert(
        self,
        organisation_id: str,
        connector_id: str,
        config_id: str,
        config: AuthSchemeConfig | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> Connector:
        """Add the config to the connector, or replace the one with this id (its ``id`` must be ``config_id``);
        the answer is the whole connector. ``config`` is a generated ``AuthSchemeConfig*`` model or the
        contract's JSON."""
        operation = _operations.upsert_auth_scheme_config(organisation_id, connector_id, config_id, config)
        return self._request(operation, parse_connector, options)

    def delete(
        self,
        organisation_id: str,
        connector_id: str,
        config_id: str,
        **options: Unpack[RequestOptions],
    ) -> Connector:
        """Remove the config from the connector; the answer is the whole connector."""
        operation = _operations.delete_auth_scheme_config(organisation_id, connector_id, config_id)
        return self._request(operation, parse_connector, options)


class Connectors(APIResource[ConnectorsWithRawResponse]):
    """The organisation's connectors, with their auth scheme configs (``.auth_scheme_configs``)."""

    _raw_wrapper = ConnectorsWithRawResponse

    def __init__(self, client: "Client", *, raw: bool = False) -> None:
        super().__init__(client, raw=raw)
        self.auth_scheme_configs = AuthSchemeConfigs(client, raw=raw)

    def list(
        self,
        organisation_id: str,
        *,
        first: int | None = None,
        after: str | None = None,
        before: str | None = None,
        name: str | None = None,
        protocol: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncConnectorPage:
        """A page of the organisation's connectors, newest first; ``name`` and ``protocol`` keep those whose
        name or protocol contains the text. It fetches the pages after it, with the same filters:
        ``get_next_page()``, or ``for`` over every connector from here on."""
        operation = _operations.list_connectors(
            organisation_id, first=first, after=after, before=before, name=name, protocol=protocol
        )
        return self._list(operation, SyncConnectorPage, options)

    def get(
        self,
        organisation_id: str,
        connector_id: str,
        **options: Unpack[RequestOptions],
    ) -> Connector:
        """One connector, with its auth scheme configs, connections and versions."""
        operation = _operations.get_connector(organisation_id, connector_id)
        return self._request(operation, parse_connector, options)
