"""Typed Python client for Versori's Initialise OAuth 2.0 Connection API.

The client under ``versori_connect._generated`` is generated from ``openapi.yaml`` by openapi-python-client
(``scripts/generate-sdk``) and never edited by hand; this module re-exports what a caller needs.
"""

from ._generated.api.connections import initialise_oauth2_connection
from ._generated.client import AuthenticatedClient
from ._generated.models import (
    CredentialReference,
    Error,
    ErrorField,
    InitialiseOAuth2ConnectionRequest,
    InitialiseOAuth2ConnectionResponse,
)
from ._generated.types import UNSET, Response, Unset

__all__ = [
    "UNSET",
    "AuthenticatedClient",
    "CredentialReference",
    "Error",
    "ErrorField",
    "InitialiseOAuth2ConnectionRequest",
    "InitialiseOAuth2ConnectionResponse",
    "Response",
    "Unset",
    "initialise_oauth2_connection",
]
