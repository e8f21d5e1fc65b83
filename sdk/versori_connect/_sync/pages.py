# Derived from versori_connect/_async/pages.py by scripts/unasync.py: edit that file, then run the script.
"""The pages of the Connect API's list operations: each its generated page model and a core ``SyncPage``."""

from .._core._sync.pagination import SyncPage
from .._generated.models import ConnectionPage, ConnectionSummary, ConnectorPage
from .._unions import Connector


class SyncConnectionPage(ConnectionPage, SyncPage[ConnectionSummary]):
    """A page of a connector's connections, newest first: the ``ConnectionPage`` (``items``, ``next_``, ``prev``,
    ``total_count``) that also fetches the pages after it; ``for`` walks every connection from here on."""

    # The contract lets a page without connections leave out "items".
    _items_field = "items"


class SyncConnectorPage(ConnectorPage, SyncPage[Connector]):
    """A page of the organisation's connectors, newest first: the ``ConnectorPage`` (``connectors``, ``next_``,
    ``prev``, ``total_count``) that also fetches the pages after it; ``for`` walks every connector from
    here on."""

    _items_field = "connectors"
