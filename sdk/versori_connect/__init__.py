"""Typed Python client for Versori's Initialise OAuth 2.0 Connection API.

``Client`` and ``AsyncClient`` are the way in: ``client.connections.initialise_oauth2(...)`` (and
``create``, ``get``, ``list``) return the generated models and raise the errors of ``_exceptions``. They
compose the client under ``versori_connect._generated``, which openapi-python-client generates from
``openapi.yaml`` (``scripts/generate-sdk``) and nobody edits by hand; its models and functions are
re-exported here too.
"""

from ._client import AsyncClient, Client
from ._constants import DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    VersoriError,
)
from ._generated.api.connections import initialise_oauth2_connection
from ._generated.client import AuthenticatedClient
from ._generated.models import (
    Connection,
    ConnectionCreate,
    ConnectionPage,
    ConnectionSummary,
    CredentialReference,
    Error,
    ErrorField,
    InitialiseOAuth2ConnectionRequest,
    InitialiseOAuth2ConnectionResponse,
)
from ._generated.types import UNSET, Response, Unset
from ._types import AdditionalParams, CredentialParam, RawResponse, TimeoutTypes

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AdditionalParams",
    "AsyncClient",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConflictError",
    "Connection",
    "ConnectionCreate",
    "ConnectionPage",
    "ConnectionSummary",
    "CredentialParam",
    "CredentialReference",
    "Error",
    "ErrorField",
    "InitialiseOAuth2ConnectionRequest",
    "InitialiseOAuth2ConnectionResponse",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "Response",
    "TimeoutTypes",
    "UnprocessableEntityError",
    "Unset",
    "VersoriError",
    "initialise_oauth2_connection",
]
