"""``AsyncPlatformClient``: the Platform API's client on the core's ``AsyncAPIClient``, with its resources."""

from functools import cached_property
from typing import TYPE_CHECKING

from ..._core._async.client import AsyncAPIClient
from .._api import PLATFORM_API

if TYPE_CHECKING:
    from .resources import AsyncConnections, AsyncConnectionTemplates, AsyncEndUsers, AsyncSystems


class AsyncPlatformClient(AsyncAPIClient):
    """Versori's Platform API v2 (systems, connections, connection templates, end users), with ``await`` on each
    call.

    ``api_key`` (an API key or a JWT) and ``base_url`` default to ``VERSORI_API_KEY`` and
    ``VERSORI_PLATFORM_BASE_URL``, then production (``https://platform.versori.com/api/v2``). ``default_headers``
    are sent with every call; ``with_options()`` (or ``copy()``) makes a client with other defaults on the same
    connection pool. Pass ``http_client`` (which stays yours to close) or ``transport`` to control the HTTP layer.
    """

    _api = PLATFORM_API

    # The resources import the generated operations, models and unions (and attrs) on first use, not with the
    # client, so that `from versori_connect import AsyncPlatformClient` costs little more than `import httpx`.
    @cached_property
    def systems(self) -> "AsyncSystems":
        """Systems (a provider's API) and their auth scheme configs (``.auth_scheme_configs``)."""
        from .resources import AsyncSystems

        return AsyncSystems(self)

    @cached_property
    def connections(self) -> "AsyncConnections":
        """Connections made on connection templates, and the OAuth 2.0 and 1.0a loops that make one
        (``initialise_oauth2``, ``initialise_oauth1``)."""
        from .resources import AsyncConnections

        return AsyncConnections(self)

    @cached_property
    def connection_templates(self) -> "AsyncConnectionTemplates":
        """The connection templates of a project: systems linked into its environments."""
        from .resources import AsyncConnectionTemplates

        return AsyncConnectionTemplates(self)

    @cached_property
    def end_users(self) -> "AsyncEndUsers":
        """The end users of the organisation's own product, whom dynamic connections belong to."""
        from .resources import AsyncEndUsers

        return AsyncEndUsers(self)
