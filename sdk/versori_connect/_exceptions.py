"""Every error the client raises.

    VersoriError                     configuration errors (no API key) and the base of all below
    └── APIError                     a call that did not produce a result
        ├── APIStatusError           a non-2xx answer carrying the contract's Error body
        │   ├── BadRequestError             400
        │   ├── AuthenticationError         401
        │   ├── PermissionDeniedError       403
        │   ├── NotFoundError               404
        │   ├── ConflictError               409
        │   ├── UnprocessableEntityError    422
        │   ├── RateLimitError              429
        │   └── InternalServerError         500 and above
        ├── APIConnectionError       no answer: the connection failed
        │   └── APITimeoutError      no answer in time
        └── APIResponseValidationError      an answer that breaks the contract

Other statuses raise ``APIStatusError`` itself; ``error_class_for_status`` is the one place that decides.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

import httpx

from ._constants import REQUEST_ID_HEADER

if TYPE_CHECKING:
    from ._generated.models import Error, ErrorField


class VersoriError(Exception):
    """The base of every error this package raises."""


class APIError(VersoriError):
    """A call to the API that did not produce a result."""

    def __init__(self, message: str, *, request: httpx.Request) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIStatusError(APIError):
    """The API answered with a non-2xx status and the contract's ``Error`` body."""

    def __init__(self, *, response: httpx.Response, error: Error) -> None:
        # Imported here, not at the top, so that importing the package does not import the generated code
        # (an ``Error`` in hand means it is loaded already).
        from ._generated.types import Unset

        super().__init__(error.message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.error = error
        self.code = error.code
        self.fields: list[ErrorField] = [] if isinstance(error.fields, Unset) else error.fields
        self.details: str | None = None if isinstance(error.details, Unset) else error.details
        self.request_id: str | None = response.headers.get(REQUEST_ID_HEADER)

    def __str__(self) -> str:
        """The status, code and message, then each field the server named with its rule, so that a request the
        app got wrong says what to fix: ``400 invalid_request: The request body does not match the contract:
        credential.id: Must be at least 26 characters long.``"""
        said = self.message
        if self.fields:
            said = said.rstrip(".") + ": " + "; ".join(f"{field.field}: {field.message}" for field in self.fields)
        text = f"{self.status_code} {self.code}: {said}"
        return f"{text} (request id {self.request_id})" if self.request_id else text


class BadRequestError(APIStatusError):
    """400: the request is malformed or breaks a rule of the operation."""


class AuthenticationError(APIStatusError):
    """401: no valid API key or JWT was sent."""


class PermissionDeniedError(APIStatusError):
    """403: the caller may not act for this organisation or credential."""


class NotFoundError(APIStatusError):
    """404: the connector, the credential or the path does not exist."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state of a resource."""


class UnprocessableEntityError(APIStatusError):
    """422: the request is well-formed but cannot be processed."""


class RateLimitError(APIStatusError):
    """429: too many requests; retried after the server's ``Retry-After``."""


class InternalServerError(APIStatusError):
    """500 or above: the server failed."""


class APIConnectionError(APIError):
    """The API could not be reached, or the connection broke before an answer came."""

    def __init__(self, *, request: httpx.Request, message: str = "Connection error.") -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """No answer came within the timeout."""

    def __init__(self, *, request: httpx.Request, message: str = "Request timed out.") -> None:
        super().__init__(request=request, message=message)


class APIResponseValidationError(APIError):
    """The API answered with something the contract does not allow (not JSON, a missing field, a wrong type)."""

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.request_id: str | None = response.headers.get(REQUEST_ID_HEADER)


STATUS_ERRORS: Mapping[int, type[APIStatusError]] = MappingProxyType(
    {
        400: BadRequestError,
        401: AuthenticationError,
        403: PermissionDeniedError,
        404: NotFoundError,
        409: ConflictError,
        422: UnprocessableEntityError,
        429: RateLimitError,
        500: InternalServerError,
    }
)


def error_class_for_status(status_code: int) -> type[APIStatusError]:
    """The exception class raised for an error answer with ``status_code``."""
    if status_code >= 500:
        return InternalServerError
    return STATUS_ERRORS.get(status_code, APIStatusError)
