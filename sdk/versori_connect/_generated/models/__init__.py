"""Contains all the data models used in inputs/outputs"""

from .connection import Connection
from .connection_create import ConnectionCreate
from .connection_credentials import ConnectionCredentials
from .connection_credentials_create import ConnectionCredentialsCreate
from .connection_page import ConnectionPage
from .connection_summary import ConnectionSummary
from .credential import Credential
from .credential_assignment import CredentialAssignment
from .credential_assignment_create import CredentialAssignmentCreate
from .credential_create import CredentialCreate
from .credential_create_type import CredentialCreateType
from .credential_reference import CredentialReference
from .credential_type import CredentialType
from .error import Error
from .error_field import ErrorField
from .initialise_oauth2_connection_request import InitialiseOAuth2ConnectionRequest
from .initialise_oauth2_connection_response import InitialiseOAuth2ConnectionResponse
from .oauth2_auth_scheme_config import OAuth2AuthSchemeConfig
from .oauth2_auth_scheme_config_scheme_type import OAuth2AuthSchemeConfigSchemeType
from .oauth2_code_data import OAuth2CodeData
from .oauth2_grant import OAuth2Grant
from .oauth2_grant_type import OAuth2GrantType
from .oauth2_token_data import OAuth2TokenData
from .variable import Variable

__all__ = (
    "Connection",
    "ConnectionCreate",
    "ConnectionCredentials",
    "ConnectionCredentialsCreate",
    "ConnectionPage",
    "ConnectionSummary",
    "Credential",
    "CredentialAssignment",
    "CredentialAssignmentCreate",
    "CredentialCreate",
    "CredentialCreateType",
    "CredentialReference",
    "CredentialType",
    "Error",
    "ErrorField",
    "InitialiseOAuth2ConnectionRequest",
    "InitialiseOAuth2ConnectionResponse",
    "OAuth2AuthSchemeConfig",
    "OAuth2AuthSchemeConfigSchemeType",
    "OAuth2CodeData",
    "OAuth2Grant",
    "OAuth2GrantType",
    "OAuth2TokenData",
    "Variable",
)
