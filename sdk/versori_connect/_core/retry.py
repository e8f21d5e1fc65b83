"""The retry policy: whether to retry and how long to wait. The loop itself is in each client's ``_request``."""

import email.utils
import math
import random
import time
from datetime import UTC

import httpx

from .constants import (
    INITIAL_RETRY_DELAY,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    NOT_HANDLED_STATUSES,
    RETRY_JITTER,
    RETRYABLE_STATUSES,
)
from .logs import log_retry

# Looked up at each call, so that tests can patch them.
_sleep = time.sleep


async def _async_sleep(delay: float) -> None:
    # asyncio is imported here, not at the top, so that the sync client does not import it: a program that
    # awaits has it loaded already.
    import asyncio

    await asyncio.sleep(delay)


def should_retry(response: httpx.Response | None, *, replayable: bool = True, sent: bool = True) -> bool:
    """Whether an attempt is worth repeating; ``None`` stands for a connection error or a timeout, ``sent`` for
    whether the request may have left (False: the connection was never made).

    A call that is not ``replayable`` (creating a connection uses up its single-use state) is repeated only when
    the server cannot have acted on it: it was never sent, or the answer is 429 or 503, which say it was not
    handled. After a 500, 502 or 504, or a timeout once sent, a repeat would be refused with ``invalid_state``
    and hide the real error."""
    if response is None:
        return replayable or not sent
    if not replayable:
        return response.status_code in NOT_HANDLED_STATUSES
    return response.status_code in RETRYABLE_STATUSES or response.status_code >= 500


def never_sent(error: BaseException) -> bool:
    """Whether a connection error happened before the request could leave: connecting failed or timed out."""
    return isinstance(error.__cause__, httpx.ConnectError | httpx.ConnectTimeout)


def retry_delay(retries_taken: int, response: httpx.Response | None) -> float:
    """Seconds to wait: the answer's ``Retry-After`` up to a cap, else exponential backoff with jitter."""
    retry_after = _retry_after(response) if response is not None else None
    if retry_after is not None:
        return min(retry_after, MAX_RETRY_AFTER)
    # The exponent is bounded so that a huge max_retries cannot overflow a float.
    backoff = min(INITIAL_RETRY_DELAY * 2.0 ** min(retries_taken, 32), MAX_RETRY_DELAY)
    return backoff * (1 - RETRY_JITTER * random.random())  # noqa: S311 - jitter, not a secret


def next_delay(
    attempt: int, max_retries: int, response: httpx.Response | None, *, replayable: bool = True, sent: bool = True
) -> float | None:
    """The wait before the next attempt after ``attempt`` (``response`` ``None`` for no answer); ``None`` to stop."""
    if attempt > max_retries or not should_retry(response, replayable=replayable, sent=sent):
        return None
    delay = retry_delay(attempt - 1, response)
    log_retry(delay, attempt, max_retries)
    return delay


def _retry_after(response: httpx.Response) -> float | None:
    """``Retry-After`` in seconds, given as seconds or as an HTTP date; ``None`` when absent or unreadable."""
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return seconds if math.isfinite(seconds) and seconds >= 0 else None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - time.time())
