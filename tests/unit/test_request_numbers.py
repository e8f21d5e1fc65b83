"""Numbers in a request as the contract reads them: a query integer is written in decimal ASCII digits, and a JSON
number whose fraction is zero is an integer (as JSON Schema counts it) when the server uses it."""

from collections.abc import AsyncIterator

import httpx
import pytest
import pytest_asyncio

from mock_server.app import create_app
from mock_server.settings import Settings
from tests.support.asgi import app_client
from tests.support.examples import ORGANISATION_ID
from tests.support.server import DEV_API_KEY

pytestmark = pytest.mark.asyncio

AUTH = {"Authorization": f"Bearer {DEV_API_KEY}"}
CONNECTORS = f"/o/{ORGANISATION_ID}/connectors"


@pytest_asyncio.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with app_client(create_app(Settings(database=":memory:")), raise_app_exceptions=False) as served:
        yield served


@pytest.mark.parametrize("first", ["²", "--5", "\u0661", "+5", "5.0", "12345678901234567890"])
async def test_a_query_integer_not_in_decimal_ascii_digits_is_refused(client: httpx.AsyncClient, first: str) -> None:
    response = await client.get(CONNECTORS, params={"first": first}, headers=AUTH)

    assert response.status_code == 400, response.text
    assert response.json()["code"] == "invalid_request"
    assert [item["field"] for item in response.json()["fields"]] == ["first"]


async def test_a_query_integer_in_decimal_ascii_digits_is_read(client: httpx.AsyncClient) -> None:
    response = await client.get(CONNECTORS, params={"first": "01"}, headers=AUTH)

    assert response.status_code == 200, response.text
    assert len(response.json()["connectors"]) == 1
