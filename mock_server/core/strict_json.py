"""JSON read strictly: UTF-8 only, no key repeated in an object (``{"a": 1, "a": 2}`` would otherwise keep the last
one silently), no ``NaN``/``Infinity``, no string or key holding half of a UTF-16 surrogate pair (``"\\ud800"``:
text with no UTF-8, which nothing after the parser could check, store or send), and no nesting deep enough to
exhaust the parser. A number whose fraction is zero (``1.0``, ``1e2``) is read as an int: JSON Schema counts it as
an integer, so it passes the contract's ``type: integer`` and reaches code that counts or answers with it."""

import json
import re
from typing import Any


def parse_json(raw: bytes) -> Any:
    """``raw`` as strict JSON; ``UnicodeDecodeError``, ``ValueError`` or ``RecursionError`` when it is not."""
    value = _STRICT.decode(raw.decode("utf-8"))
    # Only a body that escapes a surrogate can hold a lone one (a pair is a character beyond U+FFFF).
    if _SURROGATE_ESCAPE.search(raw):
        try:
            json.dumps(value, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError("a string holds half of a UTF-16 surrogate pair (\\ud800 to \\udfff alone)") from None
    return value


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # One dict, compared in size with its pairs: the cheapest check that no key came twice.
    values = dict(pairs)
    if len(values) != len(pairs):
        raise ValueError("an object repeats a key")
    return values


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _number(text: str) -> int | float:
    value = float(text)
    return int(value) if value.is_integer() else value


_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")

# Made once: json.loads with hooks would build a decoder (and its scanner) for every body.
_STRICT = json.JSONDecoder(object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant, parse_float=_number)
