"""The pages of the Platform API's list operations: each its generated page model and a core ``AsyncPage``.

Systems and connections come in pages, each fetching the next with its ``next`` cursor as ``after``; a project's
connection templates and the organisation's end users come in one page (the operations take no cursor), so their
pages have no next page, whatever ``next`` an answer carries.
"""

from ..._core._async.pagination import AsyncPage
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


class AsyncSystemPage(SystemPage, AsyncPage[System]):
    """A page of the organisation's systems, newest first: the ``SystemPage`` (``items``, ``next_``, ``prev``,
    ``total_count``) that also fetches the pages after it; ``async for`` walks every system from here on."""

    _items_field = "items"


class AsyncConnectionPage(ConnectionPage, AsyncPage[Connection]):
    """A page of the organisation's connections, most recently updated first: the ``ConnectionPage`` (``items``,
    ``next_``, ``prev``, ``total_count``) that also fetches the pages after it, with the same filters; ``async for``
    walks every connection from here on."""

    _items_field = "items"


class AsyncEnvironmentSystemPage(EnvironmentSystemPage, AsyncPage[ConnectionTemplate]):
    """A project's connection templates, all in this one page: the ``EnvironmentSystemPage`` (``items``,
    ``total_count``); ``async for`` walks them."""

    _items_field = "items"
    _next_field = None


class AsyncEndUserPage(EndUserPage, AsyncPage[EndUser]):
    """The organisation's end users, all in this one page: the ``EndUserPage`` (``users``, ``total_count``);
    ``async for`` walks them."""

    _items_field = "users"
    _next_field = None
