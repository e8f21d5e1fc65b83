"""The ``versori_connect`` logger: one line per attempt, switched on by ``VERSORI_LOG=debug|info``.

Lines carry the method, URL, status, attempt and elapsed time; never headers (the API key travels in
``Authorization``) nor bodies.
"""

import logging
import os
import time

import httpx

from .constants import LOG_ENV, LOGGER_NAME, REQUEST_ID_HEADER

logger = logging.getLogger(LOGGER_NAME)

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_handler = logging.StreamHandler()
_handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))


def setup_logging() -> None:
    """Send the logger's lines to stderr at the level ``VERSORI_LOG`` names; leave it alone when unset."""
    level = _LEVELS.get(os.environ.get(LOG_ENV, "").strip().lower())
    if level is None:
        return
    logger.setLevel(level)
    if _handler not in logger.handlers:
        logger.addHandler(_handler)


def log_attempt(request: httpx.Request, outcome: httpx.Response | Exception, attempt: int, started: float) -> None:
    """One line for one attempt: its status, or the error when no answer came."""
    if not logger.isEnabledFor(logging.INFO):
        return
    elapsed_ms = (time.perf_counter() - started) * 1000
    if isinstance(outcome, Exception):
        result, request_id = type(outcome).__name__, "-"
    else:
        result, request_id = str(outcome.status_code), outcome.headers.get(REQUEST_ID_HEADER, "-")
    logger.info(
        "%s %s -> %s (attempt %d, %.1f ms, request id %s)",
        request.method,
        request.url,
        result,
        attempt,
        elapsed_ms,
        request_id,
    )


def log_retry(delay: float, attempt: int, max_retries: int) -> None:
    """The wait before the next attempt."""
    logger.debug("retrying in %.2f s (attempt %d of %d)", delay, attempt + 1, max_retries + 1)
