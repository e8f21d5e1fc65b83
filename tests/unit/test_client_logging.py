"""The ``versori_connect`` logger: what each attempt logs, what is never logged, and the VERSORI_LOG switch."""

import logging
from collections.abc import Iterator

import httpx
import pytest
import respx

from tests.support.client import API_KEY, INITIALISE, call_arguments
from tests.support.examples import CONNECTOR_ID, ORGANISATION_ID, request_example, response_examples
from versori_connect import Client
from versori_connect._core.logs import logger, setup_logging


@pytest.fixture
def clean_logger() -> Iterator[logging.Logger]:
    """The package logger, put back as it was after the test."""
    level, handlers = logger.level, list(logger.handlers)
    yield logger
    logger.setLevel(level)
    logger.handlers[:] = handlers


def test_each_attempt_is_logged_without_the_api_key_or_the_body(
    client: Client, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    api.post(INITIALISE).mock(
        side_effect=[
            httpx.Response(503, json={"code": "busy", "message": "Busy."}),
            httpx.ConnectError("refused"),
            httpx.Response(200, json=response_examples("200")["google"], headers={"X-Request-Id": "req-7"}),
        ]
    )
    example = request_example("google")

    client.connections.initialise_oauth2(ORGANISATION_ID, CONNECTOR_ID, **call_arguments(example))

    lines = [record.getMessage() for record in caplog.records if record.name == "versori_connect"]
    url = f"https://platform.versori.com/api/connect/v1{INITIALISE}"
    assert lines[0].startswith(f"POST {url} -> 503 (attempt 1, ")
    assert lines[1].startswith("retrying in ")
    assert lines[2].startswith(f"POST {url} -> APIConnectionError (attempt 2, ")
    assert lines[4].startswith(f"POST {url} -> 200 (attempt 3, ")
    assert lines[4].endswith(" ms, request id req-7)")
    everything = caplog.text
    assert API_KEY not in everything
    assert "Bearer" not in everything
    assert "uthorization" not in everything
    assert example["clientId"] not in everything
    assert example["additionalParams"] not in everything


def test_nothing_is_logged_below_the_level_the_application_chose(
    client: Client, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    api.post(INITIALISE).mock(return_value=httpx.Response(200, json=response_examples("200")["minimal"]))

    client.connections.initialise_oauth2(ORGANISATION_ID, CONNECTOR_ID, **call_arguments(request_example("minimal")))

    assert not [record for record in caplog.records if record.name == "versori_connect"]


@pytest.mark.parametrize(
    ("value", "level"), [("debug", logging.DEBUG), ("info", logging.INFO), (" INFO ", logging.INFO)]
)
def test_versori_log_switches_logging_to_stderr_on(
    clean_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch, value: str, level: int
) -> None:
    monkeypatch.setenv("VERSORI_LOG", value)

    setup_logging()
    setup_logging()

    assert clean_logger.level == level
    stream_handlers = [handler for handler in clean_logger.handlers if isinstance(handler, logging.StreamHandler)]
    assert len(stream_handlers) == 1


@pytest.mark.parametrize("value", [None, "", "verbose"])
def test_without_a_known_versori_log_the_logger_is_left_alone(
    clean_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch, value: str | None
) -> None:
    if value is not None:
        monkeypatch.setenv("VERSORI_LOG", value)
    before = (clean_logger.level, list(clean_logger.handlers))

    setup_logging()

    assert (clean_logger.level, clean_logger.handlers) == before


def test_a_client_reads_versori_log_when_it_is_made(
    clean_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VERSORI_LOG", "info")

    with Client(api_key=API_KEY):
        assert clean_logger.level == logging.INFO
