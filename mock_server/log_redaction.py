"""Keeps the values of OAuth parameters out of the access log: an authorization code or a state in a
callback URL is as good as a password for the minutes it lives."""

import copy
import logging
import re
from typing import Any

from uvicorn.config import LOGGING_CONFIG

_SECRET_PARAMETER = re.compile(
    r"(?<=[?&])(code|state|code_challenge|code_verifier|access_token|refresh_token|client_secret)=[^&\s]*"
)


class RedactQueryValues(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(
                _SECRET_PARAMETER.sub(r"\1=[redacted]", arg) if isinstance(arg, str) else arg for arg in record.args
            )
        return True


def logging_config() -> dict[str, Any]:
    """uvicorn's logging configuration with the redaction on its access log (in every worker process)."""
    config = copy.deepcopy(LOGGING_CONFIG)
    config.setdefault("filters", {})["redact_query_values"] = {"()": f"{__name__}.RedactQueryValues"}
    config["handlers"]["access"]["filters"] = ["redact_query_values"]
    return config
