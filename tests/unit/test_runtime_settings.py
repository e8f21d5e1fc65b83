"""The runtime's settings: from VERSORI_MOCK_* variables into the limits uvicorn runs with."""

import re

import pytest

from mock_server.http.protocol import HttpLimits, LimitedHttpProtocol
from mock_server.http.runtime import server_config
from mock_server.settings import Settings


def test_the_runtime_settings_come_from_the_environment() -> None:
    settings = Settings.from_env(
        {
            "VERSORI_MOCK_HEADER_TIMEOUT_SECONDS": "2.5",
            "VERSORI_MOCK_MAX_CONNECTIONS": "40",
            "VERSORI_MOCK_SHUTDOWN_GRACE_SECONDS": "3",
            "VERSORI_MOCK_LOG_FORMAT": "json",
            "VERSORI_MOCK_METRICS": "true",
        }
    )

    assert (settings.header_timeout_seconds, settings.max_connections, settings.shutdown_grace_seconds) == (
        2.5,
        40,
        3.0,
    )
    assert settings.log_format == "json"
    assert settings.metrics is True


def test_the_defaults_hold_slow_clients_for_ten_seconds_and_a_thousand_connections() -> None:
    settings = Settings()

    assert (settings.header_timeout_seconds, settings.max_connections, settings.shutdown_grace_seconds) == (
        10.0,
        1000,
        10.0,
    )
    assert (settings.log_format, settings.metrics) == ("text", False)


@pytest.mark.parametrize(
    ("environment", "message"),
    [
        ({"VERSORI_MOCK_LOG_FORMAT": "xml"}, "log_format must be text or json, not 'xml'"),
        ({"VERSORI_MOCK_MAX_CONNECTIONS": "0"}, "max_connections and header_timeout_seconds must be positive"),
        ({"VERSORI_MOCK_HEADER_TIMEOUT_SECONDS": "0"}, "max_connections and header_timeout_seconds must be positive"),
        ({"VERSORI_MOCK_SHUTDOWN_GRACE_SECONDS": "-1"}, "shutdown_grace_seconds not negative"),
    ],
)
def test_settings_the_runtime_cannot_hold_are_refused(environment: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        Settings.from_env(environment)


def test_uvicorn_runs_with_the_settings_limits_on_the_fast_stack() -> None:
    settings = Settings(
        max_header_bytes=4096, header_timeout_seconds=2.0, max_connections=7, shutdown_grace_seconds=4.0
    )

    config = server_config("mock_server.__main__:app_from_environment", settings, factory=True)

    assert config.limits == HttpLimits(max_header_bytes=4096, header_timeout_seconds=2.0, max_connections=7)
    assert config.http is LimitedHttpProtocol
    assert (config.loop, config.access_log, config.timeout_graceful_shutdown) == ("uvloop", False, 4.0)
    assert (config.server_header, config.proxy_headers) == (False, False)
