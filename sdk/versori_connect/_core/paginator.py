"""``AsyncPaginator``: what an async list method returns. It has no sync twin: a sync list returns its page."""

from collections.abc import AsyncIterator, Awaitable, Callable, Generator
from typing import Any, Generic, TypeVar

from ._async.pagination import AsyncPage

_T = TypeVar("_T")
_PageT = TypeVar("_PageT", bound=AsyncPage[Any])


class AsyncPaginator(Generic[_T, _PageT]):
    """``await`` it for the first page; ``async for`` over it for every item of every page. Nothing is sent before
    either."""

    __slots__ = ("_first_page",)

    def __init__(self, first_page: Callable[[], Awaitable[_PageT]]) -> None:
        self._first_page = first_page

    def __await__(self) -> Generator[Any, None, _PageT]:
        return self._first_page().__await__()

    async def __aiter__(self) -> AsyncIterator[_T]:
        page = await self
        async for item in page:
            yield item
