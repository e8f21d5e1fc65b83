"""What the server logs: one line per request (text, or JSON with ``--log-format json``), with OAuth values
redacted, and the logging configuration that uvicorn applies in every worker process."""

import json
import logging
import time
from typing import Any

from starlette.types import Scope

from .log_redaction import redact

ACCESS_LOGGER = "mock_server.access"


class AccessLog:
    """Logs each answered request at INFO: quiet under ``--log-level warning``."""

    def __init__(self, log_format: str) -> None:
        self._logger = logging.getLogger(ACCESS_LOGGER)
        self._json = log_format == "json"

    def request(self, scope: Scope, status: int, seconds: float, operation: str, request_id: str) -> None:
        if not self._logger.isEnabledFor(logging.INFO):
            return
        query = scope["query_string"]
        target = redact(scope["path"] + "?" + query.decode("latin-1")) if query else scope["path"]
        client = scope.get("client")
        client_text = f"{client[0]}:{client[1]}" if client else "-"
        if self._json:
            fields = {
                "request_id": request_id,
                "operation": operation,
                "method": scope["method"],
                "path": target,
                "status": status,
                "duration_ms": round(seconds * 1000, 3),
                "client": client_text,
            }
            self._logger.info("request", extra={"fields": fields})
        else:
            self._logger.info(
                '%s - "%s %s HTTP/%s" %d %.1fms %s %s',
                client_text,
                scope["method"],
                target,
                scope["http_version"],
                status,
                seconds * 1000,
                operation,
                request_id,
            )


class ConsoleFormatter(logging.Formatter):
    """``INFO:     message``, as uvicorn prints, without its colour handling (a third of an access line's cost)."""

    def format(self, record: logging.LogRecord) -> str:
        line = f"{record.levelname + ':':<9} {record.getMessage()}"
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return line


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger and message, and a request's fields when it has them."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        line.update(getattr(record, "fields", {}))
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line)


def logging_config(log_format: str, log_level: str) -> dict[str, Any]:
    """uvicorn's loggers and the server's own: text to the console as uvicorn prints it, or JSON lines."""
    level = log_level.upper()
    formatter = {"()": f"{__name__}.{'JsonFormatter' if log_format == 'json' else 'ConsoleFormatter'}"}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"default": formatter, "access": formatter},
        "handlers": {
            "default": {"formatter": "default", "class": "logging.StreamHandler", "stream": "ext://sys.stderr"},
            "access": {"formatter": "access", "class": "logging.StreamHandler", "stream": "ext://sys.stdout"},
        },
        "loggers": {
            "uvicorn": {"handlers": ["default"], "level": level, "propagate": False},
            "mock_server": {"handlers": ["default"], "level": level, "propagate": False},
            ACCESS_LOGGER: {"handlers": ["access"], "level": level, "propagate": False},
        },
    }
