"""``AsyncClient``: the Connect API's client on the core's ``AsyncAPIClient``, with its resources."""

from functools import cached_property
from typing import TYPE_CHECKING

from .._api import CONNECT_API
from .._core._async.client import AsyncAPIClient

if TYPE_CHECKING:
    from .resources import AsyncConnections, AsyncConnectors


class AsyncClient(AsyncAPIClient):
    """The Versori Connect API, with ``await`` on each call.

    ``api_key`` (an API key or a JWT) and ``base_url`` default to ``VERSORI_API_KEY`` and ``VERSORI_BASE_URL``,
    then production. ``default_headers`` are sent with every call; ``with_options()`` (or ``copy()``) makes a
    client with other defaults on the same connection pool. Pass ``http_client`` (which stays yours to close) or
    ``transport`` to control the HTTP layer.
    """

    _api = CONNECT_API

    # The resources import the generated operations, models and unions (and attrs) on first use, not with the
    # client, so that `from versori_connect import AsyncClient` costs little more than `import httpx`.
    @cached_property
    def connections(self) -> "AsyncConnections":
        """Connections link a connector to one account at a provider."""
        from .resources import AsyncConnections

        return AsyncConnections(self)

    @cached_property
    def connectors(self) -> "AsyncConnectors":
        """The organisation's connectors, with their auth scheme configs (``.auth_scheme_configs``)."""
        from .resources import AsyncConnectors

        return AsyncConnectors(self)
