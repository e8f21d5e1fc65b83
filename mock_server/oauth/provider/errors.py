"""How the built-in provider refuses, as RFC 6749 says a provider does: an error answer of the token endpoint, an
error page for a request it must not send back, and a redirect back to the client carrying the error."""

from collections.abc import Mapping
from urllib.parse import urlencode


class OAuthError(Exception):
    """An error answer of the token endpoint (RFC 6749 section 5.2), or of an authorization request."""

    def __init__(self, error: str, description: str, status: int = 400) -> None:
        super().__init__(description)
        self.error, self.description, self.status = error, description, status


class AuthorizationPageError(Exception):
    """A request the provider must not redirect back (section 4.1.2.1): shown to the person instead."""


class RedirectError(Exception):
    """An authorization request answered by sending the browser back to its client with an error."""

    def __init__(self, redirect_uri: str, params: Mapping[str, str | None]) -> None:
        super().__init__(redirect_uri)
        self.url = redirect_url(redirect_uri, params)


def redirect_url(redirect_uri: str, params: Mapping[str, str | None]) -> str:
    """``redirect_uri`` with ``params`` (those that are not None) added to its query."""
    query = urlencode({key: value for key, value in params.items() if value is not None})
    separator = "&" if "?" in redirect_uri else "?"
    return f"{redirect_uri}{separator}{query}"
