"""``client.connections``: update, delete, list both ways and iterate, on ``Client`` and ``AsyncClient``.

The ``api`` fixture checks every request and answer against openapi.yaml.
"""

import json
from typing import Any

import httpx
import pytest
import respx

from tests.support.either import collect, settle
from tests.support.examples import CONNECTOR_ID, ORGANISATION_ID
from tests.support.wire import CONNECTION_ID, CONNECTIONS_PATH, auth_scheme_config, connection, summary
from versori_connect import (
    AsyncClient,
    AuthSchemeConfigOAuth2,
    BadRequestError,
    Client,
    Connection,
    ConnectionPage,
    ConnectionSummary,
    ConnectionUpdate,
    PreconditionFailedError,
    RawResponse,
)
from versori_connect._core.exceptions import APIResponseValidationError, APIStatusError

pytestmark = pytest.mark.asyncio

ONE = f"{CONNECTIONS_PATH}/{CONNECTION_ID}"
UPDATE = {
    "id": CONNECTION_ID,
    "name": "Ada's work calendar",
    "credentials": {
        "action": [{"id": "01M6FG5GT9QW3E8R2T6Y4V1X0P", "authSchemeConfig": auth_scheme_config("oauth2/password")}]
    },
    "variables": [{"name": "region", "value": "eu-west-2"}],
}


@pytest.mark.parametrize("as_model", [False, True], ids=["json", "model"])
async def test_update_puts_the_body_and_returns_the_connection(
    either_client: Client | AsyncClient, api: respx.MockRouter, as_model: bool
) -> None:
    route = api.put(ONE).mock(return_value=httpx.Response(200, json=connection("oauth2/password", "oauth2-password")))
    body: Any = ConnectionUpdate.from_dict(UPDATE) if as_model else UPDATE

    updated = await settle(either_client.connections.update(ORGANISATION_ID, CONNECTOR_ID, CONNECTION_ID, body))

    assert json.loads(route.calls.last.request.content) == UPDATE
    assert isinstance(updated, Connection)
    assert isinstance(updated.credentials.action, list)
    assert isinstance(updated.credentials.action[0].auth_scheme_config, AuthSchemeConfigOAuth2)


async def test_update_refuses_a_body_off_the_contract_before_sending(either_client: Client | AsyncClient) -> None:
    with pytest.raises(TypeError, match=r"connection does not match the contract: KeyError: 'name'"):
        await settle(
            either_client.connections.update(ORGANISATION_ID, CONNECTOR_ID, CONNECTION_ID, {"id": CONNECTION_ID})
        )


async def test_update_raises_the_server_s_400(either_client: Client | AsyncClient, api: respx.MockRouter) -> None:
    error = {
        "code": "id_mismatch",
        "message": "id is not the path's connection_id.",
        "fields": [{"field": "id", "message": "Differs."}],
    }
    api.put(ONE).mock(return_value=httpx.Response(400, json=error))

    with pytest.raises(BadRequestError) as raised:
        await settle(either_client.connections.update(ORGANISATION_ID, CONNECTOR_ID, CONNECTION_ID, UPDATE))

    assert raised.value.code == "id_mismatch"
    assert [field.field for field in raised.value.fields] == ["id"]


@pytest.mark.parametrize(("force", "sent"), [(False, "false"), (True, "true")])
async def test_delete_sends_force_and_takes_the_204(
    either_client: Client | AsyncClient, api: respx.MockRouter, force: bool, sent: str
) -> None:
    route = api.delete(ONE).mock(return_value=httpx.Response(204))

    await settle(either_client.connections.delete(ORGANISATION_ID, CONNECTOR_ID, CONNECTION_ID, force=force))

    assert route.calls.last.request.url.params["force"] == sent


async def test_delete_of_a_connection_in_use_raises_412(
    either_client: Client | AsyncClient, api: respx.MockRouter
) -> None:
    api.delete(ONE).mock(
        return_value=httpx.Response(412, json={"code": "connection_in_use", "message": "In use; pass force=true."})
    )

    with pytest.raises(PreconditionFailedError) as raised:
        await settle(either_client.connections.delete(ORGANISATION_ID, CONNECTOR_ID, CONNECTION_ID))

    assert type(raised.value) is PreconditionFailedError
    assert isinstance(raised.value, APIStatusError)
    assert (raised.value.status_code, raised.value.code) == (412, "connection_in_use")


async def test_delete_with_raw_response_gives_the_204(
    either_client: Client | AsyncClient, api: respx.MockRouter
) -> None:
    api.delete(ONE).mock(return_value=httpx.Response(204, headers={"X-Request-Id": "req-9"}))

    raw = await settle(either_client.connections.with_raw_response.delete(ORGANISATION_ID, CONNECTOR_ID, CONNECTION_ID))

    assert isinstance(raw, RawResponse)
    assert (raw.status_code, raw.request_id, raw.parsed) == (204, "req-9", None)


async def test_list_sends_before(either_client: Client | AsyncClient, api: respx.MockRouter) -> None:
    route = api.get(CONNECTIONS_PATH).mock(
        return_value=httpx.Response(200, json={"totalCount": 3, "prev": "cursor-0", "items": [summary(CONNECTION_ID)]})
    )

    page = await settle(either_client.connections.list(ORGANISATION_ID, CONNECTOR_ID, first=1, before="cursor-2"))

    assert dict(route.calls.last.request.url.params) == {"first": "1", "before": "cursor-2"}
    assert isinstance(page, ConnectionPage)
    assert page.prev == "cursor-0"


async def test_list_reads_a_page_without_items(either_client: Client | AsyncClient, api: respx.MockRouter) -> None:
    api.get(CONNECTIONS_PATH).mock(return_value=httpx.Response(200, json={"totalCount": 0}))

    page = await settle(either_client.connections.list(ORGANISATION_ID, CONNECTOR_ID))

    assert isinstance(page, ConnectionPage)
    assert page.total_count == 0


async def test_iterate_walks_every_page(either_client: Client | AsyncClient, api: respx.MockRouter) -> None:
    ids = ["01M6FG5GT9A8PYJVBGZW4RBR21", "01M6FG5GT9A8PYJVBGZW4RBR22", "01M6FG5GT9A8PYJVBGZW4RBR23"]
    route = api.get(CONNECTIONS_PATH).mock(
        side_effect=[
            httpx.Response(200, json={"totalCount": 3, "next": "page-2", "items": [summary(ids[0]), summary(ids[1])]}),
            httpx.Response(200, json={"totalCount": 3, "next": "page-3", "prev": "page-1", "items": [summary(ids[2])]}),
            httpx.Response(200, json={"totalCount": 3, "prev": "page-2"}),
        ]
    )

    items = await collect(either_client.connections.iterate(ORGANISATION_ID, CONNECTOR_ID, first=2))

    assert [item.id for item in items] == ids
    assert all(isinstance(item, ConnectionSummary) for item in items)
    assert [dict(call.request.url.params) for call in route.calls] == [
        {"first": "2"},
        {"first": "2", "after": "page-2"},
        {"first": "2", "after": "page-3"},
    ]


async def test_iterate_stops_when_a_cursor_comes_back(
    either_client: Client | AsyncClient, api: respx.MockRouter
) -> None:
    api.get(CONNECTIONS_PATH).mock(
        return_value=httpx.Response(200, json={"totalCount": 9, "next": "same", "items": [summary(CONNECTION_ID)]})
    )

    with pytest.raises(APIResponseValidationError, match="cursor 'same' came back twice"):
        await collect(either_client.connections.iterate(ORGANISATION_ID, CONNECTOR_ID))
