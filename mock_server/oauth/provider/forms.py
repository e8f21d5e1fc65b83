"""A request's application/x-www-form-urlencoded parameters, each once (RFC 6749 section 3.2), read within the
server's body limits (``http.body.read_body``)."""

from urllib.parse import parse_qsl

from starlette.requests import Request

from ...core.errors import ServiceError
from ...http.body import read_body
from ...settings import Settings
from .errors import OAuthError

_FORM = "application/x-www-form-urlencoded"


async def read_form(request: Request, settings: Settings) -> dict[str, str]:
    """The parameters, or ``OAuthError`` ``invalid_request``: another media type, a body too large or too slow,
    bytes that are not form-encoded, or a parameter given twice."""
    if request.headers.get("content-type", "").split(";")[0].strip().lower() != _FORM:
        raise OAuthError("invalid_request", "Send the parameters as application/x-www-form-urlencoded.")
    try:
        body = await read_body(request, settings.max_body_bytes, settings.body_read_timeout_seconds)
    except ServiceError as error:
        raise OAuthError("invalid_request", error.message) from None
    try:
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=bool(body))
    except (UnicodeDecodeError, ValueError) as error:
        raise OAuthError("invalid_request", "The parameters are not form-encoded.") from error
    form = dict(pairs)
    if len(form) != len(pairs):
        raise OAuthError("invalid_request", "A parameter is repeated.")
    return form
