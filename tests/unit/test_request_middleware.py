"""The request middleware, the CORS layer and the server's log lines, on the app in-process."""

import asyncio
import io
import json
import logging
from collections.abc import AsyncIterator

import httpx
import pytest
import pytest_asyncio

from mock_server.app import create_app
from mock_server.http.access_log import ACCESS_LOGGER, AccessLog, JsonFormatter
from mock_server.settings import Settings
from tests.support.asgi import app_client
from tests.support.fakes import FakeClock
from tests.support.server import DEV_API_KEY, initialise_body

PATH = "/o/01M630NCG4ZDDRK8JJJ5EVRJSK/connectors/01M65K23G4WE37NGTVC0HJVGP1/oauth2/initialise"
AUTH = {"Authorization": f"Bearer {DEV_API_KEY}"}

pytestmark = pytest.mark.asyncio


@pytest_asyncio.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with app_client(create_app(Settings(database=":memory:"), clock=FakeClock(1_800_000_000.0))) as client:
        yield client


async def test_an_answer_to_a_caller_without_origin_varies_on_origin_and_allows_no_origin(
    client: httpx.AsyncClient,
) -> None:
    response = await client.post(PATH, json=initialise_body(), headers=AUTH)

    assert response.status_code == 200
    assert response.headers["Vary"] == "Origin"
    assert "Access-Control-Allow-Origin" not in response.headers


async def test_an_answer_to_an_allowed_browser_origin_carries_cors_headers(client: httpx.AsyncClient) -> None:
    response = await client.post(PATH, json=initialise_body(), headers={**AUTH, "Origin": "http://localhost:3000"})

    assert response.headers["Access-Control-Allow-Origin"] == "http://localhost:3000"
    assert response.headers["Access-Control-Allow-Credentials"] == "true"
    assert response.headers["Vary"] == "Origin"


async def test_a_safe_request_id_of_the_caller_comes_back_and_an_unsafe_one_is_replaced(
    client: httpx.AsyncClient,
) -> None:
    kept = await client.get("/healthz", headers={"X-Request-Id": "trace-42"})
    replaced = await client.get("/healthz", headers={"X-Request-Id": "bad id\twith tab"})

    assert kept.headers["X-Request-Id"] == "trace-42"
    assert replaced.headers["X-Request-Id"] != "bad id\twith tab"
    assert len(replaced.headers["X-Request-Id"]) == 32


async def test_one_access_line_per_request_with_status_operation_id_and_redacted_query(
    client: httpx.AsyncClient, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger=ACCESS_LOGGER):
        await client.post(PATH, json=initialise_body(), headers={**AUTH, "X-Request-Id": "line-1"})
        await client.get("/oauth2/callback?code=secret-code&state=secret-state&x=1")
        await asyncio.sleep(0)  # the lines of a turn of the event loop are written at its end

    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith('INFO:     127.0.0.1:123 - "POST ')
    assert f'"POST {PATH} HTTP/1.1" 200 ' in lines[0]
    assert lines[0].endswith(" initialise_oauth2_connection line-1")
    assert '"GET /oauth2/callback?code=[redacted]&state=[redacted]&x=1 HTTP/1.1" 200 ' in lines[1]
    assert "secret" not in lines[1]


async def test_head_is_logged_as_the_get_operation_it_is_answered_by(
    client: httpx.AsyncClient, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger=ACCESS_LOGGER):
        await client.head("/o/01M630NCG4ZDDRK8JJJ5EVRJSK/connectors", headers={**AUTH, "X-Request-Id": "head-1"})
        await asyncio.sleep(0)

    [line] = capsys.readouterr().out.splitlines()
    assert '"HEAD /o/01M630NCG4ZDDRK8JJJ5EVRJSK/connectors HTTP/1.1" 200 ' in line
    assert line.endswith(" list_connectors head-1")


async def test_no_access_line_under_log_level_warning(
    client: httpx.AsyncClient, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger=ACCESS_LOGGER):
        await client.get("/healthz")
        await asyncio.sleep(0)

    assert capsys.readouterr().out == ""


async def test_a_json_access_line_holds_the_request_fields() -> None:
    stream = io.StringIO()
    scope = {"path": "/healthz", "query_string": b"", "client": ("10.0.0.1", 5), "method": "GET", "http_version": "1.1"}
    with_level = logging.getLogger(ACCESS_LOGGER)
    previous = with_level.level
    with_level.setLevel(logging.INFO)
    try:
        AccessLog("json", stream).request(scope, 200, 0.0125, "/healthz", "r-2")
        await asyncio.sleep(0)
    finally:
        with_level.setLevel(previous)

    line = json.loads(stream.getvalue())
    assert line["level"] == "info"
    assert line["logger"] == ACCESS_LOGGER
    assert (line["request_id"], line["operation"], line["status"], line["duration_ms"]) == (
        "r-2",
        "/healthz",
        200,
        12.5,
    )
    assert (line["method"], line["path"], line["client"]) == ("GET", "/healthz", "10.0.0.1:5")


async def test_a_json_line_holds_the_request_fields() -> None:
    record = logging.LogRecord(ACCESS_LOGGER, logging.INFO, __file__, 1, "request", None, None)
    record.fields = {"request_id": "r-1", "operation": "get_connection", "status": 404, "duration_ms": 0.5}

    line = json.loads(JsonFormatter().format(record))

    assert line["level"] == "info"
    assert line["logger"] == ACCESS_LOGGER
    assert line["message"] == "request"
    assert (line["request_id"], line["operation"], line["status"], line["duration_ms"]) == (
        "r-1",
        "get_connection",
        404,
        0.5,
    )
    assert line["time"].endswith("Z")


async def test_metrics_count_unmatched_paths_under_one_label() -> None:
    async with app_client(
        create_app(Settings(database=":memory:", metrics=True), clock=FakeClock(1_800_000_000.0))
    ) as client:
        for path in ("/a", "/b", "/c"):
            await client.get(path)
        text = (await client.get("/metrics")).text

    assert 'versori_mock_requests_total{operation="unmatched",status="404"} 3.0' in text.splitlines()
