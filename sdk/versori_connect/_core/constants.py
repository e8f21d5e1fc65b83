"""Every default of the core, in one place; each API's own (its base URL, its variables) are in its descriptor."""

import httpx

LOG_ENV = "VERSORI_LOG"
LOGGER_NAME = "versori_connect"
REQUEST_ID_HEADER = "X-Request-Id"

# Connecting should be quick; building the answer may take the server a while.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)

DEFAULT_MAX_RETRIES = 2
# Retried besides every 5xx and every connection error or timeout.
RETRYABLE_STATUSES = frozenset({408, 409, 429})
# The answers that say the server did not act on the request: the only ones after which a call that cannot be
# repeated safely (creating a connection) is retried, besides a connection never made.
NOT_HANDLED_STATUSES = frozenset({429, 503})
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
# Each backoff delay is shortened by up to this fraction, so that clients do not retry in step.
RETRY_JITTER = 0.25
# The longest Retry-After honoured; a longer one is cut to this.
MAX_RETRY_AFTER = 60.0
