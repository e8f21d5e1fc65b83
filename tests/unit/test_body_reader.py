"""mock_server.http.body: the JSON body of a request, read within a size and a time limit, parsed strictly."""

import asyncio
import json
from collections.abc import Sequence
from typing import Any

import pytest
from starlette.requests import ClientDisconnect, Request
from starlette.types import Message

from mock_server.core.errors import ServiceError
from mock_server.http.body import read_json_body
from mock_server.http.replies import status_of

pytestmark = pytest.mark.asyncio

LIMIT = 64


def request(
    chunks: Sequence[bytes],
    content_type: str | None = "application/json",
    content_length: str | None = None,
    stall: bool = False,
) -> Request:
    """A request whose body arrives in ``chunks``; with ``stall``, the rest never comes."""
    headers = [] if content_type is None else [(b"content-type", content_type.encode())]
    if content_length is not None:
        headers.append((b"content-length", content_length.encode()))
    pending = list(chunks)

    async def receive() -> Message:
        if not pending:
            if stall:
                await asyncio.Event().wait()
            return {"type": "http.request", "body": b"", "more_body": False}
        return {"type": "http.request", "body": pending.pop(0), "more_body": bool(pending) or stall}

    return Request({"type": "http", "method": "POST", "path": "/", "headers": headers}, receive)


async def read(req: Request, timeout: float = 5.0, limit: int = LIMIT) -> Any:
    """The parsed body, checked to come with the bytes it was parsed from."""
    raw, body = await read_json_body(req, limit, timeout)
    assert json.loads(raw) == body
    return body


async def refusal(req: Request, timeout: float = 5.0, limit: int = LIMIT) -> ServiceError:
    with pytest.raises(ServiceError) as caught:
        await read(req, timeout, limit)
    return caught.value


async def test_a_json_body_in_several_chunks_is_parsed() -> None:
    assert await read(request([b'{"a": [1, ', b'2], "b": "\xc3\xa9"}'])) == {"a": [1, 2], "b": "é"}


@pytest.mark.parametrize("content_type", ["application/json; charset=utf-8", 'Application/JSON; charset="UTF-8"'])
async def test_json_with_a_utf_8_charset_is_accepted(content_type: str) -> None:
    assert await read(request([b"{}"], content_type)) == {}


@pytest.mark.parametrize("content_type", [None, "text/plain", "application/json; charset=latin-1", "application/xml"])
async def test_anything_but_utf_8_json_is_415(content_type: str | None) -> None:
    error = await refusal(request([b"{}"], content_type))

    assert (status_of(error), error.code) == (415, "unsupported_media_type")


async def test_a_declared_length_over_the_limit_is_413_before_reading() -> None:
    error = await refusal(request([], content_length=str(LIMIT + 1), stall=True))

    assert (status_of(error), error.code) == (413, "payload_too_large")
    assert error.message == "The request body is larger than 64 bytes."


async def test_a_body_that_grows_past_the_limit_is_413_without_a_declared_length() -> None:
    error = await refusal(request([b"[" + b"1," * 20, b"1," * 20], stall=True))

    assert (status_of(error), error.code) == (413, "payload_too_large")


async def test_a_body_of_exactly_the_limit_is_read() -> None:
    body = b'"' + b"x" * (LIMIT - 2) + b'"'

    assert await read(request([body])) == "x" * (LIMIT - 2)


async def test_a_body_that_stops_arriving_is_408() -> None:
    error = await refusal(request([b'{"a":'], stall=True), timeout=0.01)

    assert (status_of(error), error.code) == (408, "request_timeout")


@pytest.mark.parametrize(
    "body",
    [
        b'{"a": 1, "a": 2}',
        b"[NaN]",
        b"[Infinity]",
        b"{",
        b"\xff",
        b"",
        b"[" * 100_000 + b"]" * 100_000,
        b'["\\ud800"]',
        b'{"\\udc00": 1}',
        b'["\\ude00\\ud83d"]',
    ],
    ids=[
        "repeated-key",
        "nan",
        "infinity",
        "cut-short",
        "not-utf-8",
        "empty",
        "nested-too-deep",
        "lone-high-surrogate",
        "lone-low-surrogate-in-a-key",
        "surrogates-the-wrong-way-round",
    ],
)
async def test_json_that_is_broken_or_ambiguous_is_400_invalid_json(body: bytes) -> None:
    error = await refusal(request([body]), limit=len(body))

    assert (status_of(error), error.code) == (400, "invalid_json")
    assert error.details


async def test_a_surrogate_pair_escaped_is_the_character_beyond_u_ffff() -> None:
    assert await read(request([b'{"name": "\\ud83d\\ude00"}'])) == {"name": "\U0001f600"}


async def test_a_body_is_read_once_and_a_second_read_gets_the_same_bytes() -> None:
    req = request([b'{"a": ', b"1}"])

    first = await read_json_body(req, LIMIT, 1.0)
    again = await read_json_body(req, LIMIT, 1.0)

    assert first == again == (b'{"a": 1}', {"a": 1})


async def test_a_body_refused_once_is_refused_the_same_way_when_read_again() -> None:
    req = request([b"x" * 11])

    first = await refusal(req, limit=10)
    again = await refusal(req, limit=10)

    assert again is first
    assert (status_of(first), first.code) == (413, "payload_too_large")


async def test_a_read_cancelled_from_elsewhere_stays_cancelled_not_408() -> None:
    reading = asyncio.create_task(read(request([b'{"a":'], stall=True), timeout=60.0))
    await asyncio.sleep(0.01)
    reading.cancel()

    with pytest.raises(asyncio.CancelledError):
        await reading


async def test_a_client_that_leaves_mid_body_is_a_disconnect() -> None:
    messages: list[Message] = [
        {"type": "http.request", "body": b'{"a":', "more_body": True},
        {"type": "http.disconnect"},
    ]

    async def receive() -> Message:
        return messages.pop(0)

    req = Request(
        {"type": "http", "method": "POST", "path": "/", "headers": [(b"content-type", b"application/json")]}, receive
    )
    with pytest.raises(ClientDisconnect):
        await read(req)
