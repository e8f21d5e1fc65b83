"""The Platform API v2 as the core sees it: ``PLATFORM_API``, the ``_api`` of ``PlatformClient`` and
``AsyncPlatformClient``, with the API's own defaults; those every API shares (timeouts, retries, logging) are the
core's."""

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._core.api import APIDescriptor

if TYPE_CHECKING:
    from ._generated.models import Error

DEFAULT_BASE_URL = "https://platform.versori.com/api/v2"
"""Production, as Versori's CLI and TypeScript SDK call it."""
API_KEY_ENV = "VERSORI_API_KEY"
"""The same key serves the Connect API and the Platform API, so both clients read the same variable."""
BASE_URL_ENV = "VERSORI_PLATFORM_BASE_URL"
"""Not the Connect client's ``VERSORI_BASE_URL``: the two APIs have different base URLs (``.../api/connect/v1`` and
``.../api/v2``), and either variable may be set for one client without misleading the other."""


def parse_error(data: Mapping[str, Any]) -> "Error":
    # Imported here, so that making a client loads no model: an error answer is the first to need it.
    from ._generated.models import Error

    return Error.from_dict(data)


PLATFORM_API = APIDescriptor(
    name="Platform API v2",
    default_base_url=DEFAULT_BASE_URL,
    api_key_env=API_KEY_ENV,
    base_url_env=BASE_URL_ENV,
    parse_error=parse_error,
)
