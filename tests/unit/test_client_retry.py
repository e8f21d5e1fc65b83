"""Retries: which failures, how long between attempts, how many, and that each attempt sends the same request.

The ``sleeps`` fixture (tests/unit/conftest.py) records the delays instead of sleeping them.
"""

import email.utils
import random
import time
from typing import Any

import httpx
import pytest
import respx

from tests.support.client import API_KEY, INITIALISE, call_arguments
from tests.support.contract import contract_document
from tests.support.examples import CONNECTOR_ID, ORGANISATION_ID, request_example, response_examples
from versori_connect import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncClient,
    BadRequestError,
    Client,
    InternalServerError,
    RateLimitError,
)
from versori_connect._core.retry import retry_delay, should_retry

CONNECTIONS = f"/o/{ORGANISATION_ID}/connectors/{CONNECTOR_ID}/connections"

OK = httpx.Response(200, json=response_examples("200")["google"])


def _error(status: int, code: str = "busy", **headers: str) -> httpx.Response:
    return httpx.Response(status, json={"code": code, "message": "Try again."}, headers=headers)


def _initialise(client: Client, **options: Any) -> Any:
    arguments = call_arguments(request_example("google"))
    return client.connections.initialise_oauth2(ORGANISATION_ID, CONNECTOR_ID, **arguments, **options)


# docs/sdk.md: "0.5 s, 1 s, 2 s, ... up to 8 s with up to 25% jitter", and Retry-After "up to 60 s".
BACKOFF_SECONDS = (0.5, 1.0, 2.0, 4.0, 8.0)
MAX_RETRY_AFTER_SECONDS = 60.0


def _full_backoff(retries_taken: int) -> float:
    return BACKOFF_SECONDS[min(retries_taken, len(BACKOFF_SECONDS) - 1)]


def _within_backoff(delay: float, retries_taken: int) -> bool:
    full = _full_backoff(retries_taken)
    return full * 0.75 <= delay <= full


def test_503_then_200_succeeds_after_one_backoff(client: Client, api: respx.MockRouter, sleeps: list[float]) -> None:
    route = api.post(INITIALISE).mock(side_effect=[_error(503), OK])

    result = _initialise(client)

    assert result.url == response_examples("200")["google"]["url"]
    assert route.call_count == 2
    assert len(sleeps) == 1
    assert _within_backoff(sleeps[0], 0)


def test_connect_error_then_200_succeeds(client: Client, api: respx.MockRouter, sleeps: list[float]) -> None:
    route = api.post(INITIALISE).mock(side_effect=[httpx.ConnectError("refused"), OK])

    _initialise(client)

    assert route.call_count == 2
    assert len(sleeps) == 1


def test_timeout_then_200_succeeds(client: Client, api: respx.MockRouter) -> None:
    route = api.post(INITIALISE).mock(side_effect=[httpx.ReadTimeout("slow"), OK])

    _initialise(client)

    assert route.call_count == 2


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504])
def test_retryable_statuses_are_retried(client: Client, api: respx.MockRouter, status: int) -> None:
    route = api.post(INITIALISE).mock(side_effect=[_error(status), OK])

    _initialise(client)

    assert route.call_count == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 413, 415, 422])
def test_other_errors_are_not_retried(client: Client, api: respx.MockRouter, sleeps: list[float], status: int) -> None:
    route = api.post(INITIALISE).mock(side_effect=[_error(status), OK])

    with pytest.raises(APIStatusError, match="Try again"):
        _initialise(client)

    assert route.call_count == 1
    assert sleeps == []


def test_400_raises_at_once(client: Client, api: respx.MockRouter) -> None:
    route = api.post(INITIALISE).mock(return_value=_error(400, "invalid_request"))

    with pytest.raises(BadRequestError):
        _initialise(client)

    assert route.call_count == 1


def test_429_waits_the_retry_after_seconds(client: Client, api: respx.MockRouter, sleeps: list[float]) -> None:
    api.post(INITIALISE).mock(side_effect=[_error(429, **{"Retry-After": "7"}), OK])

    _initialise(client)

    assert sleeps == [7.0]


def test_429_waits_until_the_retry_after_date(client: Client, loose_api: respx.MockRouter, sleeps: list[float]) -> None:
    # The contract promises seconds, but RFC 9110 also allows a date, which a proxy in front may send.
    when = email.utils.formatdate(time.time() + 20, usegmt=True)
    loose_api.post(INITIALISE).mock(side_effect=[_error(429, **{"Retry-After": when}), OK])

    _initialise(client)

    # An HTTP date has whole seconds: up to one second less than asked for.
    assert len(sleeps) == 1
    assert 18.5 < sleeps[0] <= 20


@pytest.mark.parametrize(
    ("retry_after", "expected"),
    [
        pytest.param("3600", MAX_RETRY_AFTER_SECONDS, id="capped"),
        pytest.param("61", MAX_RETRY_AFTER_SECONDS, id="just-above-the-cap"),
        pytest.param("60", MAX_RETRY_AFTER_SECONDS, id="at-the-cap"),
        pytest.param("0", 0.0, id="zero"),
        pytest.param("1.5", 1.5, id="fraction"),
        pytest.param(email.utils.formatdate(0, usegmt=True), 0.0, id="date-in-the-past"),
    ],
)
def test_retry_after_is_honoured_up_to_the_cap(retry_after: str, expected: float) -> None:
    assert retry_delay(0, _error(429, **{"Retry-After": retry_after})) == expected


@pytest.mark.parametrize("retry_after", ["soon", "-5", "nan", "inf", ""])
def test_an_unreadable_retry_after_falls_back_to_backoff(retry_after: str) -> None:
    assert _within_backoff(retry_delay(1, _error(503, **{"Retry-After": retry_after})), 1)


@pytest.mark.parametrize("retries_taken", [*range(8), 5000])
def test_backoff_doubles_up_to_its_cap_with_jitter(retries_taken: int) -> None:
    delays = {retry_delay(retries_taken, None) for _ in range(50)}

    assert all(_within_backoff(delay, retries_taken) for delay in delays)
    assert len(delays) > 1, "no jitter"


@pytest.mark.parametrize(("draw", "fraction_kept"), [(0.0, 1.0), (0.5, 0.875), (1.0, 0.75)])
@pytest.mark.parametrize("retries_taken", [0, 4, 9])
def test_jitter_takes_off_at_most_a_quarter(
    monkeypatch: pytest.MonkeyPatch, draw: float, fraction_kept: float, retries_taken: int
) -> None:
    monkeypatch.setattr(random, "random", lambda: draw)

    assert retry_delay(retries_taken, None) == _full_backoff(retries_taken) * fraction_kept


@pytest.mark.parametrize(
    ("response", "expected"),
    [
        (None, True),
        (httpx.Response(408), True),
        (httpx.Response(409), True),
        (httpx.Response(429), True),
        (httpx.Response(500), True),
        (httpx.Response(599), True),
        (httpx.Response(200), False),
        (httpx.Response(400), False),
        (httpx.Response(401), False),
        (httpx.Response(404), False),
    ],
)
def test_should_retry(response: httpx.Response | None, expected: bool) -> None:
    assert should_retry(response) is expected


def test_exhausted_retries_raise_the_last_error(client: Client, api: respx.MockRouter, sleeps: list[float]) -> None:
    route = api.post(INITIALISE).mock(side_effect=[_error(503, "first"), _error(500, "second"), _error(502, "last")])

    with pytest.raises(InternalServerError) as caught:
        _initialise(client)

    assert (caught.value.status_code, caught.value.code) == (502, "last")
    assert route.call_count == 3
    assert len(sleeps) == 2
    assert _within_backoff(sleeps[0], 0)
    assert _within_backoff(sleeps[1], 1)


def test_exhausted_rate_limit_raises_rate_limit_error(client: Client, api: respx.MockRouter) -> None:
    api.post(INITIALISE).mock(return_value=_error(429, **{"Retry-After": "1"}))

    with pytest.raises(RateLimitError):
        _initialise(client)


def test_exhausted_connection_errors_raise_the_last_one(client: Client, api: respx.MockRouter) -> None:
    last = httpx.ReadTimeout("third")
    api.post(INITIALISE).mock(side_effect=[httpx.ConnectError("first"), httpx.ConnectError("second"), last])

    with pytest.raises(APITimeoutError) as caught:
        _initialise(client)

    assert caught.value.__cause__ is last


def test_every_attempt_sends_the_same_post(client: Client, api: respx.MockRouter) -> None:
    route = api.post(INITIALISE).mock(side_effect=[_error(503), httpx.ConnectError("refused"), OK])

    _initialise(client)

    requests = [call.request for call in route.calls]
    assert len(requests) == 3
    first = requests[0]
    for request in requests[1:]:
        assert request is not first, "each attempt builds its request again"
        assert (request.method, request.url, request.content) == (first.method, first.url, first.content)
        assert request.headers.multi_items() == first.headers.multi_items()
        assert request.extensions["timeout"] == first.extensions["timeout"]


@pytest.mark.parametrize(("client_retries", "call_retries", "attempts"), [(0, None, 1), (5, None, 6), (0, 3, 4)])
def test_max_retries_per_client_and_per_call(
    api: respx.MockRouter, client_retries: int, call_retries: int | None, attempts: int
) -> None:
    route = api.post(INITIALISE).mock(return_value=_error(503))
    options = {} if call_retries is None else {"max_retries": call_retries}

    with Client(api_key=API_KEY, max_retries=client_retries) as client, pytest.raises(InternalServerError):
        _initialise(client, **options)

    assert route.call_count == attempts


def test_negative_max_retries_is_refused(client: Client) -> None:
    with pytest.raises(ValueError, match="max_retries"):
        Client(api_key=API_KEY, max_retries=-1)
    with pytest.raises(ValueError, match="max_retries"):
        _initialise(client, max_retries=-1)


@pytest.mark.asyncio
async def test_async_503_then_200(async_client: AsyncClient, api: respx.MockRouter, sleeps: list[float]) -> None:
    route = api.post(INITIALISE).mock(side_effect=[_error(503), OK])

    await async_client.connections.initialise_oauth2(
        ORGANISATION_ID, CONNECTOR_ID, **call_arguments(request_example("google"))
    )

    assert route.call_count == 2
    assert _within_backoff(sleeps[0], 0)


@pytest.mark.asyncio
async def test_async_connect_error_then_429_then_200(
    async_client: AsyncClient, api: respx.MockRouter, sleeps: list[float]
) -> None:
    route = api.post(INITIALISE).mock(
        side_effect=[httpx.ConnectError("refused"), _error(429, **{"Retry-After": "4"}), OK]
    )

    await async_client.connections.initialise_oauth2(
        ORGANISATION_ID, CONNECTOR_ID, **call_arguments(request_example("google"))
    )

    assert route.call_count == 3
    assert sleeps[1] == 4.0
    contents = {call.request.content for call in route.calls}
    assert len(contents) == 1


@pytest.mark.asyncio
async def test_async_exhausted_connection_errors(async_client: AsyncClient, api: respx.MockRouter) -> None:
    route = api.post(INITIALISE).mock(side_effect=httpx.ConnectError("refused"))

    with pytest.raises(APIConnectionError):
        await async_client.connections.initialise_oauth2(
            ORGANISATION_ID, CONNECTOR_ID, **call_arguments(request_example("google")), max_retries=1
        )

    assert route.call_count == 2


# --- creating a connection: its state is single-use, so it is repeated only when the server did not act --------


def _create_body() -> dict[str, Any]:
    operation = contract_document()["paths"]["/o/{organisation_id}/connectors/{connector_id}/connections"]["post"]
    body: dict[str, Any] = operation["requestBody"]["content"]["application/json"]["examples"]["oauth2_code"]["value"]
    return body


def _created() -> httpx.Response:
    return httpx.Response(200, json=contract_document()["components"]["examples"]["Connection"]["value"])


@pytest.mark.parametrize("status", [500, 502, 504])
def test_a_create_the_server_may_have_acted_on_is_not_repeated(
    client: Client, api: respx.MockRouter, sleeps: list[float], status: int
) -> None:
    route = api.post(CONNECTIONS).mock(side_effect=[_error(status, "provider_unavailable"), _created()])

    with pytest.raises(APIStatusError) as caught:
        client.connections.create(ORGANISATION_ID, CONNECTOR_ID, _create_body())

    assert caught.value.status_code == status
    assert route.call_count == 1
    assert sleeps == []


def test_a_create_that_timed_out_once_sent_is_not_repeated(client: Client, api: respx.MockRouter) -> None:
    route = api.post(CONNECTIONS).mock(side_effect=[httpx.ReadTimeout("slow"), _created()])

    with pytest.raises(APITimeoutError):
        client.connections.create(ORGANISATION_ID, CONNECTOR_ID, _create_body())

    assert route.call_count == 1


@pytest.mark.parametrize(
    "first",
    [_error(503), _error(429, Retry_After="1"), httpx.ConnectError("refused"), httpx.ConnectTimeout("no answer")],
    ids=["503", "429", "connect-error", "connect-timeout"],
)
def test_a_create_the_server_did_not_act_on_is_repeated(
    client: Client, api: respx.MockRouter, first: httpx.Response | Exception
) -> None:
    route = api.post(CONNECTIONS).mock(side_effect=[first, _created()])

    connection = client.connections.create(ORGANISATION_ID, CONNECTOR_ID, _create_body())

    assert connection.id == contract_document()["components"]["examples"]["Connection"]["value"]["id"]
    assert route.call_count == 2


@pytest.mark.asyncio
async def test_async_create_is_not_repeated_after_a_502(async_client: AsyncClient, api: respx.MockRouter) -> None:
    route = api.post(CONNECTIONS).mock(side_effect=[_error(502, "provider_unavailable"), _created()])

    with pytest.raises(APIStatusError):
        await async_client.connections.create(ORGANISATION_ID, CONNECTOR_ID, _create_body())

    assert route.call_count == 1


@pytest.mark.parametrize(
    ("response", "sent", "expected"),
    [
        (None, True, False),
        (None, False, True),
        (httpx.Response(429), True, True),
        (httpx.Response(503), True, True),
        (httpx.Response(408), True, False),
        (httpx.Response(409), True, False),
        (httpx.Response(500), True, False),
        (httpx.Response(502), True, False),
        (httpx.Response(504), True, False),
    ],
)
def test_should_retry_a_call_that_is_not_replayable(
    response: httpx.Response | None, sent: bool, expected: bool
) -> None:
    assert should_retry(response, replayable=False, sent=sent) is expected
