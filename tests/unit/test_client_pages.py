"""Pages: ``connections.list`` and ``connectors.list`` return a page of the generated page model that fetches the
pages after it, on ``Client`` and ``AsyncClient``. The ``api`` fixture checks every request and answer against
openapi.yaml."""

import httpx
import pytest
import respx

from tests.support.either import collect, settle
from tests.support.examples import CONNECTOR_ID, ORGANISATION_ID
from tests.support.wire import CONNECTIONS_PATH, connector, summary
from versori_connect import (
    APIResponseValidationError,
    AsyncClient,
    AsyncConnectionPage,
    AsyncConnectorPage,
    BigQueryConnector,
    Client,
    ConnectionPage,
    ConnectorPage,
    HttpConnector,
    RawResponse,
    SyncConnectionPage,
    SyncConnectorPage,
)

pytestmark = pytest.mark.asyncio

CONNECTORS = f"/o/{ORGANISATION_ID}/connectors"
IDS = [f"01M6FG5GT9A8PYJVBGZW4RBR2{digit}" for digit in range(1, 6)]
# Five connections, two a page: the third page is the last.
THREE_PAGES = [
    {"totalCount": 5, "next": "page-2", "items": [summary(IDS[0]), summary(IDS[1])]},
    {"totalCount": 5, "next": "page-3", "prev": "page-1", "items": [summary(IDS[2]), summary(IDS[3])]},
    {"totalCount": 5, "prev": "page-2", "items": [summary(IDS[4])]},
]
THREE_REQUESTS = [{"first": "2"}, {"first": "2", "after": "page-2"}, {"first": "2", "after": "page-3"}]


def _three_pages(api: respx.MockRouter) -> respx.Route:
    return api.get(CONNECTIONS_PATH).mock(side_effect=[httpx.Response(200, json=page) for page in THREE_PAGES])


def _queries(route: respx.Route) -> list[dict[str, str]]:
    return [dict(call.request.url.params) for call in route.calls]


async def test_a_page_fetches_the_next_until_the_last(
    either_client: Client | AsyncClient, api: respx.MockRouter
) -> None:
    route = _three_pages(api)

    first = await settle(either_client.connections.list(ORGANISATION_ID, CONNECTOR_ID, first=2))
    second = await settle(first.get_next_page())
    third = await settle(second.get_next_page())

    assert [[item.id for item in page.page_items()] for page in (first, second, third)] == [IDS[:2], IDS[2:4], IDS[4:]]
    assert [page.has_next_page() for page in (first, second, third)] == [True, True, False]
    assert _queries(route) == THREE_REQUESTS
    # Still the generated model, with every field of the answer.
    assert isinstance(third, ConnectionPage)
    assert isinstance(third, SyncConnectionPage if isinstance(either_client, Client) else AsyncConnectionPage)
    assert (third.total_count, third.prev) == (5, "page-2")
    with pytest.raises(RuntimeError, match="last page"):
        await settle(third.get_next_page())


async def test_iterating_a_page_walks_every_item_of_every_page(
    either_client: Client | AsyncClient, api: respx.MockRouter
) -> None:
    route = _three_pages(api)

    page = await settle(either_client.connections.list(ORGANISATION_ID, CONNECTOR_ID, first=2))
    items = await collect(page)

    assert [item.id for item in items] == IDS
    assert _queries(route) == THREE_REQUESTS


async def test_iterating_the_list_call_walks_every_item(
    either_client: Client | AsyncClient, api: respx.MockRouter
) -> None:
    # `for x in client.connections.list(...)`, and `async for` straight on the async call, without an await.
    route = _three_pages(api)

    items = await collect(either_client.connections.list(ORGANISATION_ID, CONNECTOR_ID, first=2))

    assert [item.id for item in items] == IDS
    assert _queries(route) == THREE_REQUESTS


async def test_iter_pages_gives_each_page_once(either_client: Client | AsyncClient, api: respx.MockRouter) -> None:
    _three_pages(api)

    page = await settle(either_client.connections.list(ORGANISATION_ID, CONNECTOR_ID, first=2))
    pages = await collect(page.iter_pages())

    assert pages[0] is page
    assert [len(each.page_items()) for each in pages] == [2, 2, 1]


async def test_an_empty_page_has_no_items_and_no_next_page(
    either_client: Client | AsyncClient, api: respx.MockRouter
) -> None:
    route = api.get(CONNECTIONS_PATH).mock(return_value=httpx.Response(200, json={"totalCount": 0}))

    page = await settle(either_client.connections.list(ORGANISATION_ID, CONNECTOR_ID))

    assert page.page_items() == []
    assert not page.has_next_page()
    assert await collect(page) == []
    assert await collect(either_client.connections.list(ORGANISATION_ID, CONNECTOR_ID)) == []
    assert route.call_count == 2


async def test_the_next_pages_keep_the_filters_and_options_and_drop_before(
    either_client: Client | AsyncClient, api: respx.MockRouter
) -> None:
    pages = [
        {"totalCount": 3, "next": "c-2", "connectors": [connector("http")]},
        {"totalCount": 3, "next": "c-3", "connectors": [connector("bigquery")]},
        {"totalCount": 3, "connectors": [connector("http")]},
    ]
    route = api.get(CONNECTORS).mock(side_effect=[httpx.Response(200, json=page) for page in pages])

    page = await settle(
        either_client.connectors.list(
            ORGANISATION_ID, first=1, before="c-9", name="cal", extra_headers={"X-Trace": "walk-1"}, timeout=7.0
        )
    )
    connectors = await collect(page)

    assert [type(item) for item in connectors] == [HttpConnector, BigQueryConnector, HttpConnector]
    assert isinstance(page, ConnectorPage)
    assert isinstance(page, SyncConnectorPage if isinstance(either_client, Client) else AsyncConnectorPage)
    assert _queries(route) == [
        {"first": "1", "before": "c-9", "name": "cal"},
        {"first": "1", "name": "cal", "after": "c-2"},
        {"first": "1", "name": "cal", "after": "c-3"},
    ]
    assert [call.request.headers["X-Trace"] for call in route.calls] == ["walk-1"] * 3
    assert [call.request.extensions["timeout"] for call in route.calls] == [httpx.Timeout(7.0).as_dict()] * 3


async def test_a_raw_list_gives_the_page_which_fetches_the_next(
    either_client: Client | AsyncClient, api: respx.MockRouter
) -> None:
    _three_pages(api)

    raw = await settle(either_client.connections.with_raw_response.list(ORGANISATION_ID, CONNECTOR_ID, first=2))
    second = await settle(raw.parsed.get_next_page())

    assert isinstance(raw, RawResponse)
    assert [item.id for item in second.page_items()] == IDS[2:4]


async def test_pages_that_loop_are_refused(either_client: Client | AsyncClient, api: respx.MockRouter) -> None:
    api.get(CONNECTIONS_PATH).mock(
        return_value=httpx.Response(200, json={"totalCount": 9, "next": "same", "items": [summary(IDS[0])]})
    )
    page = await settle(either_client.connections.list(ORGANISATION_ID, CONNECTOR_ID))
    second = await settle(page.get_next_page())

    with pytest.raises(APIResponseValidationError, match="cursor 'same' came back twice"):
        await settle(second.get_next_page())


async def test_a_page_made_by_hand_cannot_fetch_the_next() -> None:
    page = SyncConnectionPage.from_dict({"totalCount": 3, "next": "page-2", "items": [summary(IDS[0])]})

    assert page.has_next_page()
    with pytest.raises(RuntimeError, match="not fetched by a client"):
        page.get_next_page()
