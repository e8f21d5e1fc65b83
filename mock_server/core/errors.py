"""What can go wrong, as types: each layer raises the error it finds, and one place answers it.

The kinds below say what went wrong, not how HTTP says so: the HTTP layer (``mock_server.http.replies``) holds
the one table from kind to status and turns every error into the contract's ``Error`` JSON. Each error's
``code`` (the stable, machine-readable part) is written once, on its class: a kind carries the generic code, and
a layer's own errors (``stores.base``, ``api.errors``, ...) subclass a kind to give theirs.

ServiceError                    every error the server answers with the Error JSON
 +-- InvalidRequestError        the request cannot be carried out as it was sent
 +-- UnauthorizedError          no usable credentials; ``challenge`` says how to send them
 +-- ForbiddenError             the caller may not do this
 +-- NotFoundError              nothing of that id (or at that path)
 +-- ConflictError              it clashes with what is stored (a name taken)
 +-- PreconditionFailedError    what is stored forbids it for now (a connection in use)
 +-- RateLimitedError           too many calls; ``retry_after``
 +-- InternalError              a failure of the server's own; ``request_id``
 +-- ProviderUnavailableError   an OAuth provider the server called did not answer usably
 +-- UnavailableError           the server cannot serve now; ``retry_after``
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class FieldError:
    """One field at fault, as the contract's ``ErrorField``."""

    field: str
    message: str


class ServiceError(Exception):
    """An error answered with the contract's ``Error``: ``code``, ``message``, ``fields`` and ``details``."""

    # Written once per class; only the errors of a family whose members each bring their own code (a rule of the
    # authorize URL, an example of the contract) set it when they are made.
    code = "invalid_request"

    def __init__(
        self,
        message: str,
        fields: Sequence[FieldError] = (),
        *,
        details: str | None = None,
        retry_after: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.fields = list(fields)
        self.details = details
        # Seconds after which trying again may succeed (429, 503).
        self.retry_after = retry_after

    def body(self) -> dict[str, Any]:
        """The ``Error`` JSON."""
        body: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.fields:
            body["fields"] = [{"field": item.field, "message": item.message} for item in self.fields]
        if self.details is not None:
            body["details"] = self.details
        return body

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code!r}, {self.message!r})"


class InvalidRequestError(ServiceError):
    """The request cannot be carried out as it was sent."""


class UnauthorizedError(ServiceError):
    """No usable credentials; ``challenge`` is the ``WWW-Authenticate`` value that says how to send them."""

    code = "unauthorized"

    def __init__(self, message: str, challenge: str) -> None:
        super().__init__(message)
        self.challenge = challenge


class ForbiddenError(ServiceError):
    """The caller may not do this."""

    code = "forbidden"


class NotFoundError(ServiceError):
    """Nothing of that id, or nothing at that path."""

    code = "not_found"


class ConflictError(ServiceError):
    """The request clashes with what is stored."""

    code = "conflict"


class PreconditionFailedError(ServiceError):
    """What is stored forbids the request for now."""

    code = "precondition_failed"


class RateLimitedError(ServiceError):
    """Too many calls."""

    code = "rate_limited"


class InternalError(ServiceError):
    """A failure of the server's own, nothing stored; ``request_id`` names the request in the log."""

    code = "internal_error"

    def __init__(self, request_id: str) -> None:
        super().__init__("Something went wrong on our side; nothing was stored.", details=f"Request id: {request_id}")
        self.request_id = request_id


class ProviderUnavailableError(ServiceError):
    """An OAuth provider the server called (its token endpoint) did not answer usably."""

    code = "provider_unavailable"


class UnavailableError(ServiceError):
    """The server cannot serve the request now; trying again after ``retry_after`` seconds may."""

    code = "service_unavailable"
