"""Pages of a list ordered newest first (by ``updatedAt``, then ``id``), walked both ways with cursors.

A cursor names a position, not an index: base64url of the list's scope (the connector or organisation whose
list it is), then the ``updatedAt`` and ``id`` of the item it was taken from (items without ``updatedAt``, the
Platform API's systems, are ordered by ``id`` alone). A page after it holds the items
that come later in the order, a page before it those that come earlier; items added or removed meanwhile
never make a page repeat or skip the items around the cursor.
"""

import base64
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .errors import BothCursorsError, UnknownCursorError


@dataclass(frozen=True)
class Page:
    items: list[dict[str, Any]]
    next_cursor: str | None
    prev_cursor: str | None


def page_of(
    ordered: Sequence[dict[str, Any]], scope: str, first: int, after: str | None = None, before: str | None = None
) -> Page:
    """At most ``first`` items of ``ordered`` (newest first) after the ``after`` cursor or before the ``before``
    one (neither: from the start); ``BothCursorsError`` for both, ``UnknownCursorError`` for a cursor of another
    scope."""
    if after is not None and before is not None:
        raise BothCursorsError()
    keys = [_position(item) for item in ordered]
    if after is not None:
        mark = decode_cursor(after, scope, "after")
        start = next((index for index, key in enumerate(keys) if _later(key, mark)), len(keys))
        stop = start + first
    elif before is not None:
        mark = decode_cursor(before, scope, "before")
        stop = next((index for index, key in enumerate(keys) if not _later(mark, key)), len(keys))
        start = max(0, stop - first)
    else:
        start, stop = 0, first
    items = list(ordered[start:stop])
    stop = start + len(items)
    return Page(
        items=items,
        next_cursor=encode_cursor(scope, items[-1]) if items and stop < len(ordered) else None,
        prev_cursor=encode_cursor(scope, items[0]) if items and start > 0 else None,
    )


def newest_first(items: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(items, key=_position, reverse=True)


def encode_cursor(scope: str, item: dict[str, Any]) -> str:
    updated_at, id_ = _position(item)
    raw = f"{scope}|{updated_at}|{id_}".encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def decode_cursor(cursor: str, scope: str, parameter: str) -> tuple[str, str]:
    """The position ``cursor`` names; ``UnknownCursorError`` naming ``parameter`` when it is not one of this
    list's."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode("ascii")
    except (ValueError, UnicodeDecodeError) as error:
        raise UnknownCursorError(parameter) from error
    parts = raw.split("|")
    if len(parts) != 3 or parts[0] != scope or not parts[2]:
        raise UnknownCursorError(parameter)
    return parts[1], parts[2]


def _position(item: dict[str, Any]) -> tuple[str, str]:
    return str(item.get("updatedAt", "")), str(item["id"])


def _later(key: tuple[str, str], mark: tuple[str, str]) -> bool:
    """Whether ``key`` comes after ``mark`` in the newest-first order (it is older)."""
    return key < mark


def page_answer(query: Mapping[str, Any], ordered: list[dict[str, Any]], scope: str, items_key: str) -> dict[str, Any]:
    """The page of ``ordered`` (newest first) that the query's ``first``, ``after`` and ``before`` ask for, as the
    contract's page JSON without ``totalCount``: ``items_key``, then ``next`` and ``prev`` when there are items that
    way."""
    page = page_of(ordered, scope, int(query.get("first", 20)), query.get("after"), query.get("before"))
    body: dict[str, Any] = {items_key: page.items}
    if page.next_cursor is not None:
        body["next"] = page.next_cursor
    if page.prev_cursor is not None:
        body["prev"] = page.prev_cursor
    return body
