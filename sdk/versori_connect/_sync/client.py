# Derived from versori_connect/_async/client.py by scripts/unasync.py: edit that file, then run the script.
"""``Client``: the Connect API's client on the core's ``APIClient``, with its resources."""

from functools import cached_property
from typing import TYPE_CHECKING

from .._api import CONNECT_API
from .._core._sync.client import APIClient

if TYPE_CHECKING:
    from .resources import Connections, Connectors


class Client(APIClient):
    """The Versori Connect API.

    ``api_key`` (an API key or a JWT) and ``base_url`` default to ``VERSORI_API_KEY`` and ``VERSORI_BASE_URL``,
    then production. ``default_headers`` are sent with every call; ``with_options()`` (or ``copy()``) makes a
    client with other defaults on the same connection pool. Pass ``http_client`` (which stays yours to close) or
    ``transport`` to control the HTTP layer.
    """

    _api = CONNECT_API

    # The resources import the generated operations, models and unions (and attrs) on first use, not with the
    # client, so that `from versori_connect import Client` costs little more than `import httpx`.
    @cached_property
    def connections(self) -> "Connections":
        """Connections link a connector to one account at a provider."""
        from .resources import Connections

        return Connections(self)

    @cached_property
    def connectors(self) -> "Connectors":
        """The organisation's connectors, with their auth scheme configs (``.auth_scheme_configs``)."""
        from .resources import Connectors

        return Connectors(self)
