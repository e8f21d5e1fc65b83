# Derived from versori_connect/_core/_async/pagination.py by scripts/unasync.py: edit that file, then run the script.
"""``SyncPage``: a page of a list operation that can fetch the pages after it, whatever the API.

An API's page is its generated page model with ``SyncPage`` mixed in, naming the fields of its items and of its
next cursor::

    class SyncConnectionPage(ConnectionPage, SyncPage[ConnectionSummary]):
        _items_field = "items"

so that it is still the model (its fields, ``to_dict``, ``isinstance``) and also a page. A list that comes in one
page whatever its shape says (no cursor parameter to send back) sets ``_next_field = None``. The next page is the
request that fetched this one with the cursor as ``after`` and without ``before`` (``_cursor_param``,
``_cleared_params``): the same filters, page size, extra query and options.
"""

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Self, TypeVar, cast

import httpx

from ..exceptions import APIResponseValidationError
from ..options import FinalRequestOptions
from ..types import RawResponse

if TYPE_CHECKING:
    from .client import APIClient

_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class PageOrigin:
    """How a page was fetched, to fetch the next one the same way."""

    client: "APIClient"
    operation: Mapping[str, Any]
    options: FinalRequestOptions
    response: httpx.Response
    cursors: frozenset[str]
    """Every cursor followed to reach this page: one coming back means the pages loop."""


class SyncPage(Generic[_T]):
    """A page of items of type ``_T``: ``page_items()``, ``has_next_page()``, ``get_next_page()``, and
    ``for`` over every item of this page and of every page after it (``iter_pages()`` gives the pages)."""

    _items_field: ClassVar[str]
    """The field of the generated page model that holds the items; a page without it has none."""
    _next_field: ClassVar[str | None] = "next_"
    """The field that holds the next page's cursor; ``None`` for a list that comes in one page."""
    _cursor_param: ClassVar[str] = "after"
    _cleared_params: ClassVar[tuple[str, ...]] = ("before",)
    # Set on a page fetched by a client; a page made by hand (from_dict) has no next page to fetch.
    _origin: PageOrigin | None = None

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # The generated model's, which comes first in an API page's bases.
        raise NotImplementedError

    def page_items(self) -> list[_T]:
        """The items of this page alone (empty when the answer left them out)."""
        return cast(list[_T], getattr(self, self._items_field) or [])

    def _next_cursor(self) -> str | None:
        """The cursor of the next page; ``None`` on the last page (no cursor, or an empty one)."""
        if self._next_field is None:
            return None
        return cast(str | None, getattr(self, self._next_field) or None)

    def has_next_page(self) -> bool:
        return self._next_cursor() is not None

    def get_next_page(self) -> Self:
        """The page after this one; ``RuntimeError`` when there is none (see ``has_next_page()``)."""
        cursor, origin = self._next_cursor(), self._origin
        if cursor is None or origin is None:
            raise RuntimeError(
                "This is the last page: check has_next_page() before get_next_page()."
                if origin is not None
                else "This page was not fetched by a client, so it cannot fetch the next one."
            )
        if cursor in origin.cursors:
            raise APIResponseValidationError(
                f"The pages loop: cursor {cursor!r} came back twice.", response=origin.response
            )
        params = {name: value for name, value in origin.operation["params"].items() if name not in self._cleared_params}
        operation = {**origin.operation, "params": {**params, self._cursor_param: cursor}}
        response = self._fetch(origin.client, operation, origin.options, origin.cursors | {cursor})
        return response.parsed

    def iter_pages(self) -> Iterator[Self]:
        """This page, then each page after it, fetched as the iteration reaches it."""
        page = self
        yield page
        while page.has_next_page():
            page = page.get_next_page()
            yield page

    def __iter__(self) -> Iterator[_T]:
        for page in self.iter_pages():
            for item in page.page_items():
                yield item

    @classmethod
    def _fetch(
        cls,
        client: "APIClient",
        operation: Mapping[str, Any],
        options: FinalRequestOptions,
        cursors: frozenset[str] = frozenset(),
    ) -> RawResponse[Self]:
        """The page ``operation`` answers, able to fetch the next one."""
        response = client._request(operation, cls.from_dict, options)
        response.parsed._origin = PageOrigin(client, operation, options, response.http_response, cursors)
        return response
