"""The one rule of what the server never shows: every secret's name is listed here once, and answers, the journal
and the access log all redact by it.

- An answer shows a credential's data by its API's policy: the Connect API's (``CONNECT_ANSWERS``) with each of
  ``ANSWER_SECRETS`` as ``[redacted]`` and each of ``ANSWER_HIDDEN`` left out, the Platform API's
  (``PLATFORM_ANSWERS``, whose shapes require ``refreshToken``) with all of them, and its own secret names, as
  ``[redacted]`` (``redacted_data``). An update that sends a secret back as ``[redacted]`` keeps the stored one
  (``restored_data``).
- The journal shows request bodies with the value of every ``SECRET_NAMES`` field replaced, at any depth
  (``redacted_tree``): the loop's codes and states are as good as a password for the minutes they live.
- The access log shows a request's target with the value of every ``SECRET_NAMES`` query parameter replaced
  (``redacted_target``).
"""

import re
from dataclasses import dataclass
from typing import Any

REDACTED = "[redacted]"
# A credential's data that answers show as REDACTED.
ANSWER_SECRETS = frozenset({"value", "valueBase64", "password", "clientSecret", "key", "accessToken"})
# A credential's data that answers leave out.
ANSWER_HIDDEN = frozenset({"refreshToken"})
# Secrets only the Platform API's shapes have: an OAuth 1.0a token's secret, an oauth1 config's consumer secret.
_PLATFORM_SECRETS = frozenset({"tokenSecret", "consumerSecret"})
# The OAuth loop's values, and tokens and keys by their other spellings.
_LOOP_SECRETS = frozenset(
    {
        "client_secret",
        "code",
        "state",
        # OAuth 1.0a's counterpart of the code.
        "oauthVerifier",
        "oauth_verifier",
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
SECRET_NAMES = ANSWER_SECRETS | ANSWER_HIDDEN | _PLATFORM_SECRETS | _LOOP_SECRETS


@dataclass(frozen=True)
class AnswerPolicy:
    """What an API's answers show of a credential's data: ``shown`` secrets read ``[redacted]``, ``hidden`` ones are
    left out."""

    shown: frozenset[str]
    hidden: frozenset[str]


CONNECT_ANSWERS = AnswerPolicy(ANSWER_SECRETS, ANSWER_HIDDEN)
PLATFORM_ANSWERS = AnswerPolicy(ANSWER_SECRETS | ANSWER_HIDDEN | _PLATFORM_SECRETS, frozenset())

_SECRET_PARAMETER = re.compile(
    r"(?<=[?&])(" + "|".join(sorted(map(re.escape, SECRET_NAMES), key=len, reverse=True)) + r")=[^&\s]*"
)


def redacted_data(data: dict[str, Any], policy: AnswerPolicy = CONNECT_ANSWERS) -> dict[str, Any]:
    """A credential's ``data`` (or, with the Platform API, its keyed object) as an answer shows it: secrets
    replaced, hidden fields left out."""
    return {key: REDACTED if key in policy.shown else value for key, value in data.items() if key not in policy.hidden}


def restored_data(sent: dict[str, Any], stored: dict[str, Any]) -> dict[str, Any]:
    """``sent`` (a credential's data in an update) with each value sent as ``[redacted]`` back to the stored one."""
    return {key: stored.get(key, value) if value == REDACTED else value for key, value in sent.items()}


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
