"""``client.connections.create``, ``get`` and ``list`` send what the contract describes and return its models.

The ``api`` fixture checks every request and answer against openapi.yaml.
"""

import datetime
import json
from typing import Any

import httpx
import pytest
import respx

from tests.support.contract import contract_document
from tests.support.examples import CONNECTOR_ID, ORGANISATION_ID
from versori_connect import AsyncClient, Client, Connection, ConnectionCreate, ConnectionPage, RawResponse

CONNECTIONS = f"/o/{ORGANISATION_ID}/connectors/{CONNECTOR_ID}/connections"
CONNECTION_ID = "01M6FG5GT9A8PYJVBGZW4RBR2P"


def _create_example() -> dict[str, Any]:
    operation = contract_document()["paths"]["/o/{organisation_id}/connectors/{connector_id}/connections"]["post"]
    value: dict[str, Any] = operation["requestBody"]["content"]["application/json"]["examples"]["oauth2_code"]["value"]
    return dict(json.loads(json.dumps(value)))


def _connection_example() -> dict[str, Any]:
    value: dict[str, Any] = contract_document()["components"]["examples"]["Connection"]["value"]
    return dict(json.loads(json.dumps(value)))


def _page() -> dict[str, Any]:
    summary = {key: _connection_example()[key] for key in ("id", "name", "createdAt", "updatedAt")}
    return {"totalCount": 3, "items": [summary], "next": "MDFNNkZHNUdUOUE4UFlKVkJHWlc0UkJSMlA"}


def test_create_sends_the_contract_json_and_returns_the_connection(client: Client, api: respx.MockRouter) -> None:
    route = api.post(CONNECTIONS).mock(return_value=httpx.Response(200, json=_connection_example()))

    connection = client.connections.create(ORGANISATION_ID, CONNECTOR_ID, _create_example())

    assert json.loads(route.calls.last.request.content) == _create_example()
    assert isinstance(connection, Connection)
    assert connection.id == CONNECTION_ID
    assert connection.created_at == datetime.datetime(2026, 11, 28, 9, 30, tzinfo=datetime.UTC)
    assert isinstance(connection.credentials.action, list)
    assert connection.credentials.action[0].credential.type_ == "oauth2-token"


def test_create_takes_the_generated_model(client: Client, api: respx.MockRouter) -> None:
    route = api.post(CONNECTIONS).mock(return_value=httpx.Response(200, json=_connection_example()))

    client.connections.create(ORGANISATION_ID, CONNECTOR_ID, ConnectionCreate.from_dict(_create_example()))

    assert json.loads(route.calls.last.request.content) == _create_example()


def test_get_reads_one_connection(client: Client, api: respx.MockRouter) -> None:
    route = api.get(f"{CONNECTIONS}/{CONNECTION_ID}").mock(return_value=httpx.Response(200, json=_connection_example()))

    connection = client.connections.get(ORGANISATION_ID, CONNECTOR_ID, CONNECTION_ID)

    assert route.called
    assert connection.id == CONNECTION_ID


def test_list_sends_first_and_after_only_when_given(client: Client, api: respx.MockRouter) -> None:
    route = api.get(CONNECTIONS).mock(return_value=httpx.Response(200, json=_page()))

    page = client.connections.list(ORGANISATION_ID, CONNECTOR_ID)
    client.connections.list(ORGANISATION_ID, CONNECTOR_ID, first=5, after="abc")

    first_query, second_query = (dict(call.request.url.params) for call in route.calls)
    assert first_query == {}
    assert second_query == {"first": "5", "after": "abc"}
    assert isinstance(page, ConnectionPage)
    assert page.total_count == 3
    assert page.next_ == _page()["next"]


def test_list_with_raw_response_gives_status_and_headers(client: Client, api: respx.MockRouter) -> None:
    api.get(CONNECTIONS).mock(return_value=httpx.Response(200, json=_page(), headers={"X-Request-Id": "req-7"}))

    raw = client.connections.with_raw_response.list(ORGANISATION_ID, CONNECTOR_ID)

    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.request_id == "req-7"
    assert isinstance(raw.parsed, ConnectionPage)


@pytest.mark.asyncio
async def test_async_twins_send_the_same_requests(async_client: AsyncClient, api: respx.MockRouter) -> None:
    created = api.post(CONNECTIONS).mock(return_value=httpx.Response(200, json=_connection_example()))
    listed = api.get(CONNECTIONS).mock(return_value=httpx.Response(200, json=_page()))
    fetched = api.get(f"{CONNECTIONS}/{CONNECTION_ID}").mock(
        return_value=httpx.Response(200, json=_connection_example())
    )

    await async_client.connections.create(ORGANISATION_ID, CONNECTOR_ID, _create_example())
    await async_client.connections.get(ORGANISATION_ID, CONNECTOR_ID, CONNECTION_ID)
    page = await async_client.connections.list(ORGANISATION_ID, CONNECTOR_ID, first=1)

    assert created.called
    assert fetched.called
    assert listed.calls.last.request.url.params["first"] == "1"
    assert page.total_count == 3
