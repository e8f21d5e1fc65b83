"""Every error the clients raise.

    VersoriError                     configuration errors (no API key) and the base of all below
    └── APIError                     a call that did not produce a result
        ├── APIStatusError           a non-2xx answer carrying the contract's Error body
        │   ├── BadRequestError             400
        │   ├── AuthenticationError         401
        │   ├── PermissionDeniedError       403
        │   ├── NotFoundError               404
        │   ├── ConflictError               409
        │   ├── PreconditionFailedError     412
        │   ├── UnprocessableEntityError    422
        │   ├── RateLimitError              429
        │   └── InternalServerError         500 and above
        ├── APIConnectionError       no answer: the connection failed
        │   └── APITimeoutError      no answer in time
        └── APIResponseValidationError      an answer that breaks the contract

Other statuses raise ``APIStatusError`` itself; ``STATUS_ERRORS`` with ``error_class_for_status`` is the one place
that decides. Every API's client raises these: an error answer is read by the API's own ``Error`` model, which has
the shape of ``ErrorBody``.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Protocol

import httpx

from .constants import REQUEST_ID_HEADER


class ErrorFieldBody(Protocol):
    """A field at fault, as an API's generated ``ErrorField`` model has it."""

    @property
    def field(self) -> str: ...

    @property
    def message(self) -> str: ...


class ErrorBody(Protocol):
    """The body of an error answer, as an API's generated ``Error`` model has it: ``fields`` a list of
    ``ErrorFieldBody`` and ``details`` a str, each the model's ``Unset`` when absent."""

    @property
    def code(self) -> str: ...

    @property
    def message(self) -> str: ...

    @property
    def fields(self) -> object: ...

    @property
    def details(self) -> object: ...

    def to_dict(self) -> dict[str, Any]:
        """The body as JSON, as every generated model writes itself."""
        ...


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

    def __init__(self, *, response: httpx.Response, error: ErrorBody) -> None:
        super().__init__(error.message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.error = error
        self.code = error.code
        # An absent field is the generated model's Unset, which is neither a list nor a str.
        self.fields: list[ErrorFieldBody] = error.fields if isinstance(error.fields, list) else []
        self.details: str | None = error.details if isinstance(error.details, str) else None
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


class PreconditionFailedError(APIStatusError):
    """412: a precondition of the operation does not hold: deleting a connection still in use without ``force``
    (``connection_in_use``)."""


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
        412: PreconditionFailedError,
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
