"""A client library for accessing Versori Connect API - Initialise OAuth 2.0 Connection"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
