"""``client.connections``: each method builds a generated operation and sends it through ``_request``.

To add an operation: build its generated model, pass the generated module's ``_get_kwargs(...)`` and the
answer model's ``from_dict`` to ``self._request``, in both twins, and add one line to each raw wrapper.
"""

from collections.abc import Awaitable, Callable, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar, cast

from ._generated.api.connections import (
    create_connector_connection,
    get_connection,
    initialise_oauth2_connection,
    list_connector_connections,
)
from ._generated.models import (
    Connection,
    ConnectionCreate,
    ConnectionPage,
    CredentialReference,
    InitialiseOAuth2ConnectionRequest,
    InitialiseOAuth2ConnectionResponse,
)
from ._generated.types import UNSET, Unset
from ._params import credential_reference, encode_additional_params
from ._response import Parser
from ._types import AdditionalParams, CredentialParam, RawResponse, TimeoutTypes

if TYPE_CHECKING:
    from ._client import AsyncClient, Client

_P = ParamSpec("_P")
_T = TypeVar("_T")


class Connections:
    """Connections link a connector to one user's account at a provider."""

    def __init__(self, client: "Client", *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    @cached_property
    def with_raw_response(self) -> "ConnectionsWithRawResponse":
        """The same methods, returning a ``RawResponse`` (status, headers and the parsed answer)."""
        return ConnectionsWithRawResponse(Connections(self._client, raw=True))

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
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> InitialiseOAuth2ConnectionResponse:
        """The provider's authorize URL that starts an OAuth 2.0 ``authorization_code`` grant.

        ``None`` leaves an optional field out (``prompt=""`` sends an empty prompt); ``timeout`` and
        ``max_retries`` override the client's for this call.
        """
        operation = _initialise_oauth2_operation(
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
        return self._request(operation, InitialiseOAuth2ConnectionResponse.from_dict, timeout, max_retries)

    def create(
        self,
        organisation_id: str,
        connector_id: str,
        connection: ConnectionCreate | Mapping[str, Any],
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Connection:
        """Create a connection: the last step of the OAuth 2.0 loop, with the provider's ``code`` and
        ``state`` in a credential of type ``oauth2-code``. ``connection`` is the generated model or the
        contract's JSON (camelCase). The state is single-use: a retried attempt after the first reached the
        server is refused with ``invalid_state``."""
        operation = _create_operation(organisation_id, connector_id, connection)
        return self._request(operation, Connection.from_dict, timeout, max_retries)

    def get(
        self,
        organisation_id: str,
        connector_id: str,
        connection_id: str,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Connection:
        """One connection of the connector (its tokens are never sent back)."""
        operation = get_connection._get_kwargs(organisation_id, connector_id, connection_id)
        return self._request(operation, Connection.from_dict, timeout, max_retries)

    def list(
        self,
        organisation_id: str,
        connector_id: str,
        *,
        first: int | None = None,
        after: str | None = None,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ConnectionPage:
        """A page of the connector's connections, newest first; pass its ``next`` as ``after``."""
        operation = _list_operation(organisation_id, connector_id, first, after)
        return self._request(operation, ConnectionPage.from_dict, timeout, max_retries)

    def _request(
        self, operation: Mapping[str, Any], parse: Parser[_T], timeout: TimeoutTypes | Unset, max_retries: int | Unset
    ) -> _T:
        response = self._client._request(operation, parse, timeout=timeout, max_retries=max_retries)
        # In raw mode the whole response is the result; ConnectionsWithRawResponse types it so.
        return cast(_T, response) if self._raw else response.parsed


class AsyncConnections:
    """The async twin of ``Connections``."""

    def __init__(self, client: "AsyncClient", *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    @cached_property
    def with_raw_response(self) -> "AsyncConnectionsWithRawResponse":
        """The same methods, returning a ``RawResponse`` (status, headers and the parsed answer)."""
        return AsyncConnectionsWithRawResponse(AsyncConnections(self._client, raw=True))

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
        operation = _initialise_oauth2_operation(
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
        """Create a connection: the last step of the OAuth 2.0 loop, with the provider's ``code`` and
        ``state`` in a credential of type ``oauth2-code``. ``connection`` is the generated model or the
        contract's JSON (camelCase). The state is single-use: a retried attempt after the first reached the
        server is refused with ``invalid_state``."""
        operation = _create_operation(organisation_id, connector_id, connection)
        return await self._request(operation, Connection.from_dict, timeout, max_retries)

    async def get(
        self,
        organisation_id: str,
        connector_id: str,
        connection_id: str,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Connection:
        """One connection of the connector (its tokens are never sent back)."""
        operation = get_connection._get_kwargs(organisation_id, connector_id, connection_id)
        return await self._request(operation, Connection.from_dict, timeout, max_retries)

    async def list(
        self,
        organisation_id: str,
        connector_id: str,
        *,
        first: int | None = None,
        after: str | None = None,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ConnectionPage:
        """A page of the connector's connections, newest first; pass its ``next`` as ``after``."""
        operation = _list_operation(organisation_id, connector_id, first, after)
        return await self._request(operation, ConnectionPage.from_dict, timeout, max_retries)

    async def _request(
        self, operation: Mapping[str, Any], parse: Parser[_T], timeout: TimeoutTypes | Unset, max_retries: int | Unset
    ) -> _T:
        response = await self._client._request(operation, parse, timeout=timeout, max_retries=max_retries)
        # In raw mode the whole response is the result; AsyncConnectionsWithRawResponse types it so.
        return cast(_T, response) if self._raw else response.parsed


class ConnectionsWithRawResponse:
    """``client.connections.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, connections: Connections) -> None:
        self.initialise_oauth2 = _returning_raw(connections.initialise_oauth2)
        self.create = _returning_raw(connections.create)
        self.get = _returning_raw(connections.get)
        self.list = _returning_raw(connections.list)


class AsyncConnectionsWithRawResponse:
    """``client.connections.with_raw_response`` of an ``AsyncClient``: each method returns a ``RawResponse``."""

    def __init__(self, connections: AsyncConnections) -> None:
        self.initialise_oauth2 = _async_returning_raw(connections.initialise_oauth2)
        self.create = _async_returning_raw(connections.create)
        self.get = _async_returning_raw(connections.get)
        self.list = _async_returning_raw(connections.list)


def _returning_raw(method: Callable[_P, _T]) -> Callable[_P, RawResponse[_T]]:
    return cast(Callable[_P, RawResponse[_T]], method)


def _async_returning_raw(method: Callable[_P, Awaitable[_T]]) -> Callable[_P, Awaitable[RawResponse[_T]]]:
    return cast(Callable[_P, Awaitable[RawResponse[_T]]], method)


def _initialise_oauth2_operation(
    organisation_id: str,
    connector_id: str,
    *,
    credential: CredentialParam | CredentialReference,
    authorize_url: str,
    client_id: str,
    scopes: Sequence[str] | None,
    prompt: str | None,
    disable_offline_access: bool,
    additional_params: AdditionalParams | None,
) -> dict[str, Any]:
    if isinstance(scopes, str):
        raise TypeError(f"scopes takes a list of scopes, not a string: use [{scopes!r}] or {scopes.split()!r}")
    body = InitialiseOAuth2ConnectionRequest(
        credential=credential_reference(credential),
        authorize_url=authorize_url,
        client_id=client_id,
        scopes=UNSET if scopes is None else list(scopes),
        prompt=UNSET if prompt is None else prompt,
        disable_offline_access=True if disable_offline_access else UNSET,
        additional_params=UNSET if additional_params is None else encode_additional_params(additional_params),
    )
    return initialise_oauth2_connection._get_kwargs(organisation_id, connector_id, body=body)


def _create_operation(
    organisation_id: str, connector_id: str, connection: ConnectionCreate | Mapping[str, Any]
) -> dict[str, Any]:
    body = connection if isinstance(connection, ConnectionCreate) else ConnectionCreate.from_dict(connection)
    return create_connector_connection._get_kwargs(organisation_id, connector_id, body=body)


def _list_operation(organisation_id: str, connector_id: str, first: int | None, after: str | None) -> dict[str, Any]:
    return list_connector_connections._get_kwargs(
        organisation_id,
        connector_id,
        first=UNSET if first is None else first,
        after=UNSET if after is None else after,
    )
