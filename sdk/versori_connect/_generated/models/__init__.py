"""Contains all the data models used in inputs/outputs"""

from .credential_reference import CredentialReference
from .error import Error
from .error_field import ErrorField
from .initialise_oauth2_connection_request import InitialiseOAuth2ConnectionRequest
from .initialise_oauth2_connection_response import InitialiseOAuth2ConnectionResponse

__all__ = (
    "CredentialReference",
    "Error",
    "ErrorField",
    "InitialiseOAuth2ConnectionRequest",
    "InitialiseOAuth2ConnectionResponse",
)
