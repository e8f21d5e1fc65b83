"""Keeps the values of OAuth parameters out of the log: an authorization code or a state in a callback URL is
as good as a password for the minutes it lives."""

import re

_SECRET_PARAMETER = re.compile(
    r"(?<=[?&])(code|state|code_challenge|code_verifier|access_token|refresh_token|client_secret)=[^&\s]*"
)


def redact(text: str) -> str:
    """``text`` (a path with its query) with the value of every secret parameter replaced by ``[redacted]``."""
    return _SECRET_PARAMETER.sub(r"\1=[redacted]", text) if "=" in text else text
