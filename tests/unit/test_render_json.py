"""json_reply.render_json: every answer's body, the bytes json.dumps would give with the server's options."""

import json
from typing import Any

import pytest

from mock_server.http.replies import render_json

CONTENTS: list[Any] = [
    {"url": "https://as.example.org/authorize?response_type=code&state=abc"},
    {"items": [{"id": "01M6", "name": "Zoë — ключ", "n": 3, "x": 1.5, "ok": True, "none": None}], "totalCount": 1},
    {"nested": {"deeper": [[], {}, [1, [2, [3]]]]}, "quote": 'a "b" \\ c\n\t\u0000'},
    [],
    "text",
    7,
]


@pytest.mark.parametrize("content", CONTENTS)
def test_the_same_text_as_json_dumps_with_the_servers_options(content: Any) -> None:
    assert render_json(content) == json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


@pytest.mark.parametrize("number", [float("nan"), float("inf"), float("-inf")])
def test_numbers_json_cannot_hold_are_refused(number: float) -> None:
    with pytest.raises(ValueError, match="not JSON compliant"):
        render_json({"x": number})


def test_a_value_json_cannot_hold_is_refused() -> None:
    with pytest.raises(TypeError, match="Object of type set is not JSON serializable"):
        render_json({"x": {1, 2}})
