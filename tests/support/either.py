"""Run one test body on ``Client`` and on ``AsyncClient``: the ``either_client`` fixture gives each in turn, and
``settle`` and ``collect`` take a call's result from either."""

import inspect
from collections.abc import AsyncIterable, Awaitable, Iterable
from typing import Any, TypeVar, overload

_T = TypeVar("_T")


# For a sync result and an async one of different types (a sync page and an async list's paginator), neither
# overload of a pair fits the union, so mypy reads it one type at a time, through both.
@overload
async def settle(result: Awaitable[_T]) -> _T: ...


@overload
async def settle(result: _T | Awaitable[_T]) -> _T: ...


async def settle(result: object) -> object:
    """A sync call's result as it is; an async call's awaited (a coroutine, or an async list's paginator)."""
    if inspect.isawaitable(result):
        return await result
    return result


@overload
async def collect(items: AsyncIterable[_T]) -> list[_T]: ...


@overload
async def collect(items: Iterable[_T]) -> list[_T]: ...


async def collect(items: Iterable[Any] | AsyncIterable[Any]) -> list[Any]:
    """Every item of a sync or an async iterator (or iterable: a page, a paginator)."""
    if isinstance(items, AsyncIterable):
        return [item async for item in items]
    return list(items)
