"""The retry policy: whether to retry and how long to wait. The loop itself is in each client's ``_request``."""

import email.utils
import math
import random
import time
from datetime import UTC

import httpx

from ._constants import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY, RETRY_JITTER, RETRYABLE_STATUSES
from ._logging import log_retry

# Looked up at each call, so that tests can patch them.
_sleep = time.sleep


async def _async_sleep(delay: float) -> None:
    # asyncio is imported here, not at the top, so that the sync client does not import it: a program that
    # awaits has it loaded already.
    import asyncio

    await asyncio.sleep(delay)


def should_retry(response: httpx.Response | None) -> bool:
    """Whether an attempt is worth repeating; ``None`` stands for a connection error or a timeout."""
    return response is None or response.status_code in RETRYABLE_STATUSES or response.status_code >= 500


def retry_delay(retries_taken: int, response: httpx.Response | None) -> float:
    """Seconds to wait: the answer's ``Retry-After`` up to a cap, else exponential backoff with jitter."""
    retry_after = _retry_after(response) if response is not None else None
    if retry_after is not None:
        return min(retry_after, MAX_RETRY_AFTER)
    # The exponent is bounded so that a huge max_retries cannot overflow a float.
    backoff = min(INITIAL_RETRY_DELAY * 2.0 ** min(retries_taken, 32), MAX_RETRY_DELAY)
    return backoff * (1 - RETRY_JITTER * random.random())  # noqa: S311 - jitter, not a secret


def next_delay(attempt: int, max_retries: int, response: httpx.Response | None) -> float | None:
    """The wait before the next attempt after ``attempt`` (``response`` ``None`` for no answer); ``None`` to stop."""
    if attempt > max_retries or not should_retry(response):
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
