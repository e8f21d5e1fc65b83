"""The Connect API v1 as the core sees it: ``CONNECT_API``, the ``_api`` of ``Client`` and ``AsyncClient``."""

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._constants import API_KEY_ENV, BASE_URL_ENV, DEFAULT_BASE_URL
from ._core.api import APIDescriptor

if TYPE_CHECKING:
    from ._generated.models import Error


def parse_error(data: Mapping[str, Any]) -> "Error":
    # Imported here, so that making a client loads no model: an error answer is the first to need it.
    from ._generated.models import Error

    return Error.from_dict(data)


CONNECT_API = APIDescriptor(
    name="Connect API v1",
    default_base_url=DEFAULT_BASE_URL,
    api_key_env=API_KEY_ENV,
    base_url_env=BASE_URL_ENV,
    parse_error=parse_error,
)
