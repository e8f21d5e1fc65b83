"""``client.connections`` and ``client.connectors``: each method builds its operation (``_operations``) and
sends it through the client's ``_request`` with the parser of its answer.

To add an operation: a builder in ``_operations``, a method here, one line in the raw wrapper, then
``scripts/unasync`` for the sync twin.
"""

from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar, cast

from .. import _operations
from .._exceptions import APIResponseValidationError
from .._generated.models import (
    Connection,
    ConnectionCreate,
    ConnectionPage,
    ConnectionSummary,
    ConnectionUpdate,
    ConnectorPage,
    CredentialReference,
    InitialiseOAuth2ConnectionResponse,
)
from .._generated.types import UNSET, Unset
from .._response import Parser, no_content
from .._types import AdditionalParams, CredentialParam, RawResponse, TimeoutTypes
from .._unions import AuthSchemeConfig, Connector, parse_connector

if TYPE_CHECKING:
    from .client import AsyncClient

_P = ParamSpec("_P")
_T = TypeVar("_T")
_Raw = TypeVar("_Raw")


class AsyncConnectionsWithRawResponse:
    """``client.connections.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, connections: "AsyncConnections") -> None:
        self.initialise_oauth2 = _returning_raw(connections.initialise_oauth2)
        self.create = _returning_raw(connections.create)
        self.get = _returning_raw(connections.get)
        self.list = _returning_raw(connections.list)
        self.update = _returning_raw(connections.update)
        self.delete = _returning_raw(connections.delete)


class AsyncAuthSchemeConfigsWithRawResponse:
    """``client.connectors.auth_scheme_configs.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, configs: "AsyncAuthSchemeConfigs") -> None:
        self.upsert = _returning_raw(configs.upsert)
        self.delete = _returning_raw(configs.delete)


class AsyncConnectorsWithRawResponse:
    """``client.connectors.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, connectors: "AsyncConnectors") -> None:
        self.list = _returning_raw(connectors.list)
        self.get = _returning_raw(connectors.get)
        self.auth_scheme_configs = AsyncAuthSchemeConfigsWithRawResponse(connectors.auth_scheme_configs)


class _AsyncResource(Generic[_Raw]):
    """A group of operations; ``raw`` makes each method return the whole ``RawResponse``."""

    # The class of with_raw_response, which takes a raw twin of the resource.
    _raw_wrapper: Callable[[Any], _Raw]

    def __init__(self, client: "AsyncClient", *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    @cached_property
    def with_raw_response(self) -> _Raw:
        """The same methods, returning a ``RawResponse`` (status, headers and the parsed answer)."""
        return self._raw_wrapper(type(self)(self._client, raw=True))

    async def _request(
        self,
        operation: Mapping[str, Any],
        parse: Parser[_T],
        timeout: TimeoutTypes | Unset,
        max_retries: int | Unset,
        *,
        replayable: bool = True,
    ) -> _T:
        response = await self._client._request(
            operation, parse, timeout=timeout, max_retries=max_retries, replayable=replayable
        )
        # In raw mode the whole response is the result; the *WithRawResponse classes type it so.
        return cast(_T, response) if self._raw else response.parsed


class AsyncConnections(_AsyncResource[AsyncConnectionsWithRawResponse]):
    """Connections link a connector to one account at a provider."""

    _raw_wrapper = AsyncConnectionsWithRawResponse

    async def initialise_oauth2(
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
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> InitialiseOAuth2ConnectionResponse:
        """The provider's authorize URL that starts an OAuth 2.0 ``authorization_code`` grant.

        ``None`` leaves an optional field out (``prompt=""`` sends an empty prompt); ``timeout`` and
        ``max_retries`` override the client's for this call.
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
        return await self._request(operation, InitialiseOAuth2ConnectionResponse.from_dict, timeout, max_retries)

    async def create(
        self,
        organisation_id: str,
        connector_id: str,
        connection: ConnectionCreate | Mapping[str, Any],
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Connection:
        """Create a connection with its credentials; ``connection`` is the generated model or the contract's
        JSON (camelCase). With an ``oauth2-code`` credential this is the last step of the OAuth 2.0 loop, and its
        state is single-use: so this call is retried only when the server cannot have acted on it (the connection
        was never made, or it answered 429 or 503), never after a 500, 502, 504 or a timeout once sent, which
        a repeat would turn into ``invalid_state``."""
        operation = _operations.create_connection(organisation_id, connector_id, connection)
        return await self._request(operation, Connection.from_dict, timeout, max_retries, replayable=False)

    async def get(
        self,
        organisation_id: str,
        connector_id: str,
        connection_id: str,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Connection:
        """One connection of the connector (its secrets are never sent back)."""
        operation = _operations.get_connection(organisation_id, connector_id, connection_id)
        return await self._request(operation, Connection.from_dict, timeout, max_retries)

    async def list(
        self,
        organisation_id: str,
        connector_id: str,
        *,
        first: int | None = None,
        after: str | None = None,
        before: str | None = None,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ConnectionPage:
        """A page of the connector's connections, newest first: its ``next`` as ``after`` for the following
        page, its ``prev`` as ``before`` for the one before. ``iterate`` walks them all."""
        operation = _operations.list_connections(organisation_id, connector_id, first=first, after=after, before=before)
        return await self._request(operation, ConnectionPage.from_dict, timeout, max_retries)

    async def iterate(
        self,
        organisation_id: str,
        connector_id: str,
        *,
        first: int | None = None,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncIterator[ConnectionSummary]:
        """Every connection of the connector, newest first, fetching page after page (``first`` per page)."""
        after: str | None = None
        seen: set[str] = set()
        while True:
            operation = _operations.list_connections(
                organisation_id, connector_id, first=first, after=after, before=None
            )
            response = await self._client._request(
                operation, ConnectionPage.from_dict, timeout=timeout, max_retries=max_retries
            )
            page = response.parsed
            for item in [] if isinstance(page.items, Unset) else page.items:
                yield item
            if isinstance(page.next_, Unset) or not page.next_:
                return
            if page.next_ in seen:
                raise APIResponseValidationError(
                    f"The connection pages loop: cursor {page.next_!r} came back twice.",
                    response=response.http_response,
                )
            seen.add(page.next_)
            after = page.next_

    async def update(
        self,
        organisation_id: str,
        connector_id: str,
        connection_id: str,
        connection: ConnectionUpdate | Mapping[str, Any],
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Connection:
        """Rename the connection, replace its variables, or reorder its credentials and update their auth scheme
        configs (never their ``schemeType``). ``connection`` is the generated model or the contract's JSON; its
        ``id`` must be ``connection_id``."""
        operation = _operations.update_connection(organisation_id, connector_id, connection_id, connection)
        return await self._request(operation, Connection.from_dict, timeout, max_retries)

    async def delete(
        self,
        organisation_id: str,
        connector_id: str,
        connection_id: str,
        *,
        force: bool = False,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete the connection; one in use raises ``APIStatusError`` 412 unless ``force`` is true."""
        operation = _operations.delete_connection(organisation_id, connector_id, connection_id, force=force)
        return await self._request(operation, no_content, timeout, max_retries)


class AsyncAuthSchemeConfigs(_AsyncResource[AsyncAuthSchemeConfigsWithRawResponse]):
    """The auth scheme configs of a connector: how its connections may authenticate."""

    _raw_wrapper = AsyncAuthSchemeConfigsWithRawResponse

    async def upsert(
        self,
        organisation_id: str,
        connector_id: str,
        config_id: str,
        config: AuthSchemeConfig | Mapping[str, Any],
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Connector:
        """Add the config to the connector, or replace the one with this id (its ``id`` must be ``config_id``);
        the answer is the whole connector. ``config`` is a generated ``AuthSchemeConfig*`` model or the
        contract's JSON."""
        operation = _operations.upsert_auth_scheme_config(organisation_id, connector_id, config_id, config)
        return await self._request(operation, parse_connector, timeout, max_retries)

    async def delete(
        self,
        organisation_id: str,
        connector_id: str,
        config_id: str,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Connector:
        """Remove the config from the connector; the answer is the whole connector."""
        operation = _operations.delete_auth_scheme_config(organisation_id, connector_id, config_id)
        return await self._request(operation, parse_connector, timeout, max_retries)


class AsyncConnectors(_AsyncResource[AsyncConnectorsWithRawResponse]):
    """The organisation's connectors, with their auth scheme configs (``.auth_scheme_configs``)."""

    _raw_wrapper = AsyncConnectorsWithRawResponse

    def __init__(self, client: "AsyncClient", *, raw: bool = False) -> None:
        super().__init__(client, raw=raw)
        self.auth_scheme_configs = AsyncAuthSchemeConfigs(client, raw=raw)

    async def list(
        self,
        organisation_id: str,
        *,
        first: int | None = None,
        after: str | None = None,
        before: str | None = None,
        name: str | None = None,
        protocol: str | None = None,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ConnectorPage:
        """A page of the organisation's connectors, newest first; ``name`` and ``protocol`` keep those whose
        name or protocol contains the text."""
        operation = _operations.list_connectors(
            organisation_id, first=first, after=after, before=before, name=name, protocol=protocol
        )
        return await self._request(operation, ConnectorPage.from_dict, timeout, max_retries)

    async def get(
        self,
        organisation_id: str,
        connector_id: str,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Connector:
        """One connector, with its auth scheme configs, connections and versions."""
        operation = _operations.get_connector(organisation_id, connector_id)
        return await self._request(operation, parse_connector, timeout, max_retries)


def _returning_raw(method: Callable[_P, Awaitable[_T]]) -> Callable[_P, Awaitable[RawResponse[_T]]]:
    return cast(Callable[_P, Awaitable[RawResponse[_T]]], method)
