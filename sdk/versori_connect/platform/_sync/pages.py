# Derived from versori_connect/platform/_async/pages.py by scripts/unasync.py: edit that file, then run the script.
"""The pages of the Platform API's list operations: each its generated page model and a core ``SyncPage``.

Systems and connections come in pages, each fetching the next with its ``next`` cursor as ``after``; a project's
connection templates and the organisation's end users come in one page (the operations take no cursor), so their
pages have no next page, whatever ``next`` an answer carries.
"""

from ..._core._sync.pagination import SyncPage
from .._generated.models import (
    Connection,
    ConnectionPage,
    ConnectionTemplate,
    EndUser,
    EndUserPage,
    EnvironmentSystemPage,
    System,
    SystemPage,
)


class SyncSystemPage(SystemPage, SyncPage[System]):
    """A page of the organisation's systems, newest first: the ``SystemPage`` (``items``, ``next_``, ``prev``,
    ``total_count``) that also fetches the pages after it; ``for`` walks every system from here on."""

    _items_field = "items"


class SyncConnectionPage(ConnectionPage, SyncPage[Connection]):
    """A page of the organisation's connections, most recently updated first: the ``ConnectionPage`` (``items``,
    ``next_``, ``prev``, ``total_count``) that also fetches the pages after it, with the same filters; ``for``
    walks every connection from here on."""

    _items_field = "items"


class SyncEnvironmentSystemPage(EnvironmentSystemPage, SyncPage[ConnectionTemplate]):
    """A project's connection templates, all in this one page: the ``EnvironmentSystemPage`` (``items``,
    ``total_count``); ``for`` walks them."""

    _items_field = "items"
    _next_field = None


class SyncEndUserPage(EndUserPage, SyncPage[EndUser]):
    """The organisation's end users, all in this one page: the ``EndUserPage`` (``users``, ``total_count``);
    ``for`` walks them."""

    _items_field = "users"
    _next_field = None
