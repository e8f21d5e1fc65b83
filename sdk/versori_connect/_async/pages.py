"""The pages of the Connect API's list operations: each its generated page model and a core ``AsyncPage``."""

from .._core._async.pagination import AsyncPage
from .._generated.models import ConnectionPage, ConnectionSummary, ConnectorPage
from .._unions import Connector


class AsyncConnectionPage(ConnectionPage, AsyncPage[ConnectionSummary]):
    """A page of a connector's connections, newest first: the ``ConnectionPage`` (``items``, ``next_``, ``prev``,
    ``total_count``) that also fetches the pages after it; ``async for`` walks every connection from here on."""

    # The contract lets a page without connections leave out "items".
    _items_field = "items"


class AsyncConnectorPage(ConnectorPage, AsyncPage[Connector]):
    """A page of the organisation's connectors, newest first: the ``ConnectorPage`` (``connectors``, ``next_``,
    ``prev``, ``total_count``) that also fetches the pages after it; ``async for`` walks every connector from
    here on."""

    _items_field = "connectors"
