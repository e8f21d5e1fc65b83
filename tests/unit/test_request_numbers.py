"""Numbers in a request as the contract reads them: a query integer is written in decimal ASCII digits, and a JSON
number whose fraction is zero is an integer (as JSON Schema counts it) when the server uses it."""

from collections.abc import AsyncIterator

import httpx
import pytest
import pytest_asyncio

from mock_server.app import create_app
from mock_server.core.strict_json import parse_json
from mock_server.settings import Settings
from tests.support.asgi import app_client
from tests.support.examples import ORGANISATION_ID
from tests.support.server import DEV_API_KEY

AUTH = {"Authorization": f"Bearer {DEV_API_KEY}"}
CONNECTORS = f"/o/{ORGANISATION_ID}/connectors"


@pytest_asyncio.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with app_client(create_app(Settings(database=":memory:")), raise_app_exceptions=False) as served:
        yield served


@pytest.mark.parametrize("first", ["²", "--5", "\u0661", "+5", "5.0", "12345678901234567890"])
@pytest.mark.asyncio
async def test_a_query_integer_not_in_decimal_ascii_digits_is_refused(client: httpx.AsyncClient, first: str) -> None:
    response = await client.get(CONNECTORS, params={"first": first}, headers=AUTH)

    assert response.status_code == 400, response.text
    assert response.json()["code"] == "invalid_request"
    assert [item["field"] for item in response.json()["fields"]] == ["first"]


@pytest.mark.asyncio
async def test_a_query_integer_in_decimal_ascii_digits_is_read(client: httpx.AsyncClient) -> None:
    response = await client.get(CONNECTORS, params={"first": "01"}, headers=AUTH)

    assert response.status_code == 200, response.text
    assert len(response.json()["connectors"]) == 1


def test_a_json_number_with_a_zero_fraction_is_an_int() -> None:
    parsed = parse_json(b'{"times": 1.0, "status": 5.03e2, "seconds": 2.5, "count": 3}')

    assert parsed == {"times": 1, "status": 503, "seconds": 2.5, "count": 3}
    assert [type(value) for value in parsed.values()] == [int, int, float, int]


@pytest.mark.asyncio
async def test_a_planned_failure_given_as_503_0_answers_503(client: httpx.AsyncClient) -> None:
    planned = await client.post("/__admin/fail-next", json={"status": 503.0, "operation": "list_connectors"})
    failed = await client.get(CONNECTORS, headers=AUTH)

    assert planned.status_code == 200, planned.text
    assert repr(failed.status_code) == "503"


@pytest.mark.asyncio
async def test_a_token_endpoint_failure_planned_1_0_times_is_planned(client: httpx.AsyncClient) -> None:
    planned = await client.post("/__admin/token-endpoint/fail", json={"status": 502.0, "times": 1.0})

    assert (planned.status_code, planned.json()) == (200, {"status": "planned"})
