"""Pages of a newest-first list walked both ways, and the cursors that name a position in it."""

import pytest

from mock_server.api.errors import UnknownCursorError
from mock_server.api.paging import encode_cursor, newest_first, page_of

ITEMS = newest_first(
    [{"id": f"0{index}", "updatedAt": f"2026-11-28T09:0{index}:00.000Z"} for index in range(1, 6)]
)  # 05 (newest) .. 01


def ids(items: list[dict[str, str]]) -> list[str]:
    return [item["id"] for item in items]


def test_newest_first_orders_by_update_time_then_id_descending() -> None:
    tied = [{"id": "A", "updatedAt": "t1"}, {"id": "B", "updatedAt": "t1"}, {"id": "C", "updatedAt": "t0"}]

    assert ids(newest_first(tied)) == ["B", "A", "C"]
    assert ids(ITEMS) == ["05", "04", "03", "02", "01"]


def test_the_first_page_has_next_and_no_prev() -> None:
    page = page_of(ITEMS, "c1", 2)

    assert ids(page.items) == ["05", "04"]
    assert page.next_cursor == encode_cursor("c1", ITEMS[1])
    assert page.prev_cursor is None


def test_after_walks_forward_and_the_last_page_has_no_next() -> None:
    second = page_of(ITEMS, "c1", 2, after=encode_cursor("c1", ITEMS[1]))
    last = page_of(ITEMS, "c1", 2, after=second.next_cursor)

    assert (ids(second.items), second.prev_cursor) == (["03", "02"], encode_cursor("c1", ITEMS[2]))
    assert (ids(last.items), last.next_cursor, last.prev_cursor) == (["01"], None, encode_cursor("c1", ITEMS[4]))


def test_before_walks_back_to_the_first_page() -> None:
    back = page_of(ITEMS, "c1", 2, before=encode_cursor("c1", ITEMS[4]))
    first = page_of(ITEMS, "c1", 2, before=back.prev_cursor)

    assert (ids(back.items), back.next_cursor) == (["03", "02"], encode_cursor("c1", ITEMS[3]))
    assert (ids(first.items), first.prev_cursor) == (["05", "04"], None)


def test_a_cursor_of_a_removed_item_still_marks_its_place() -> None:
    cursor = encode_cursor("c1", ITEMS[2])  # "03", then removed
    remaining = [item for item in ITEMS if item["id"] != "03"]

    assert ids(page_of(remaining, "c1", 5, after=cursor).items) == ["02", "01"]
    assert ids(page_of(remaining, "c1", 5, before=cursor).items) == ["05", "04"]


@pytest.mark.parametrize(
    "cursor",
    [encode_cursor("another-list", ITEMS[0]), "not base64!", "MDFNNkZHNUdUOUE4UFlKVkJHWlc0UkJSMlA", "fHw"],
    ids=["another-scope", "not-base64", "two-parts", "empty-parts"],
)
def test_a_cursor_not_handed_out_for_this_list_is_refused(cursor: str) -> None:
    with pytest.raises(UnknownCursorError):
        page_of(ITEMS, "c1", 2, after=cursor)
    with pytest.raises(UnknownCursorError):
        page_of(ITEMS, "c1", 2, before=cursor)
