"""The one rule of what the server never shows: every secret's name is listed here once, and answers, the journal
and the access log all redact by it.

- An answer shows a credential's data with each of ``ANSWER_SECRETS`` as ``[redacted]`` and each of
  ``ANSWER_HIDDEN`` left out (``redacted_data``).
- The journal shows request bodies with the value of every ``SECRET_NAMES`` field replaced, at any depth
  (``redacted_tree``): the loop's codes and states are as good as a password for the minutes they live.
- The access log shows a request's target with the value of every ``SECRET_NAMES`` query parameter replaced
  (``redacted_target``).
"""

import re
from typing import Any

REDACTED = "[redacted]"
# A credential's data that answers show as REDACTED.
ANSWER_SECRETS = frozenset({"value", "valueBase64", "password", "clientSecret", "key", "accessToken"})
# A credential's data that answers leave out.
ANSWER_HIDDEN = frozenset({"refreshToken"})
# The OAuth loop's values, and tokens and keys by their other spellings.
_LOOP_SECRETS = frozenset(
    {
        "client_secret",
        "code",
        "state",
        "codeVerifier",
        "code_verifier",
        "code_challenge",
        "access_token",
        "refresh_token",
        "idToken",
        "id_token",
        "apiKey",
        "api_key",
        "token",
    }
)
SECRET_NAMES = ANSWER_SECRETS | ANSWER_HIDDEN | _LOOP_SECRETS

_SECRET_PARAMETER = re.compile(
    r"(?<=[?&])(" + "|".join(sorted(map(re.escape, SECRET_NAMES), key=len, reverse=True)) + r")=[^&\s]*"
)


def redacted_data(data: dict[str, Any]) -> dict[str, Any]:
    """A credential's ``data`` as an answer shows it: secrets replaced, hidden fields left out."""
    return {
        key: REDACTED if key in ANSWER_SECRETS else value for key, value in data.items() if key not in ANSWER_HIDDEN
    }


def redacted_tree(body: Any) -> Any:
    """``body`` with the value of every secret field replaced by ``REDACTED``, at any depth."""
    if isinstance(body, dict):
        return {key: REDACTED if key in SECRET_NAMES else redacted_tree(value) for key, value in body.items()}
    if isinstance(body, list):
        return [redacted_tree(item) for item in body]
    return body


def redacted_target(text: str) -> str:
    """``text`` (a path with its query) with the value of every secret parameter replaced by ``REDACTED``."""
    return _SECRET_PARAMETER.sub(_redact_parameter, text) if "=" in text else text


def _redact_parameter(match: re.Match[str]) -> str:
    return f"{match.group(1)}={REDACTED}"
