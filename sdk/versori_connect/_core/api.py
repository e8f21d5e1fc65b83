"""``APIDescriptor``: the few facts that tell one API's client from another's; the core reads them from here."""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .exceptions import ErrorBody


@dataclass(frozen=True, slots=True)
class APIDescriptor:
    """One API, as its client's ``_api``: where it is, where its key and URL come from, how it writes errors."""

    name: str
    """For messages: ``"Connect API v1"``."""
    default_base_url: str
    """Production, used when neither ``base_url=`` nor the ``base_url_env`` variable is set."""
    api_key_env: str
    """The environment variable read when ``api_key=`` is not given."""
    base_url_env: str
    """The environment variable read when ``base_url=`` is not given."""
    parse_error: Callable[[Mapping[str, Any]], ErrorBody]
    """Reads the body of an error answer into the API's generated ``Error`` model (imported there on first use,
    so that making a client loads no model)."""
