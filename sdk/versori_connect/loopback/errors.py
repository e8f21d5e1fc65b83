"""What the loopback flow raises besides the clients' own errors; every class is a ``VersoriError``."""

from .._core.exceptions import VersoriError


class ConnectFlowError(VersoriError):
    """The base of the flow's own errors."""


class ProviderAuthorizationError(ConnectFlowError):
    """The provider sent the user back with an OAuth 2.0 error (RFC 6749 section 4.1.2.1) instead of a code:
    ``error`` is its code (``access_denied`` when the user said no), ``error_description`` its text, if any."""

    def __init__(self, error: str, error_description: str | None) -> None:
        said = f": {error_description}" if error_description else ""
        super().__init__(f"The provider refused the authorization with {error}{said}")
        self.error = error
        self.error_description = error_description


class RedirectTimeoutError(ConnectFlowError, TimeoutError):
    """No usable redirect reached the loopback server within ``timeout`` seconds."""

    def __init__(self, timeout: float, redirect_url: str) -> None:
        super().__init__(f"timed out after {timeout:g} s waiting for the provider's redirect to {redirect_url}")
        self.timeout = timeout
        self.redirect_url = redirect_url


class LoopbackPortInUseError(ConnectFlowError):
    """The loopback server could not listen on ``port`` of 127.0.0.1: something else holds it."""

    def __init__(self, port: int) -> None:
        super().__init__(f"port {port} of 127.0.0.1 is in use, so the redirect cannot be received there")
        self.port = port


class NoAuthorizationCodeConfigError(ConnectFlowError):
    """The system has no ``oauth2`` auth scheme config with an ``authorizationCode`` grant naming its client."""

    def __init__(self, system_id: str) -> None:
        super().__init__(
            f"system {system_id} has no oauth2 auth scheme config with an authorizationCode grant and a clientId"
        )
        self.system_id = system_id
