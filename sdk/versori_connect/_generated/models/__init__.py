"""Contains all the data models used in inputs/outputs.

Each model's module is imported on first use of its name (PEP 562), so that importing the package stays
cheap; type checkers read the imports below instead.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .auth_scheme_config_api_key import AuthSchemeConfigApiKey
    from .auth_scheme_config_base import AuthSchemeConfigBase
    from .auth_scheme_config_basic_auth import AuthSchemeConfigBasicAuth
    from .auth_scheme_config_certificate import AuthSchemeConfigCertificate
    from .auth_scheme_config_hmac import AuthSchemeConfigHmac
    from .auth_scheme_config_hmac_algorithm import AuthSchemeConfigHmacAlgorithm
    from .auth_scheme_config_hmac_digest_inputs_item import (
        AuthSchemeConfigHmacDigestInputsItem,
    )
    from .auth_scheme_config_none import AuthSchemeConfigNone
    from .auth_scheme_config_oauth2 import AuthSchemeConfigOAuth2
    from .big_query_connector import BigQueryConnector
    from .connection import Connection
    from .connection_create import ConnectionCreate
    from .connection_credential import ConnectionCredential
    from .connection_credential_create import ConnectionCredentialCreate
    from .connection_credential_update import ConnectionCredentialUpdate
    from .connection_credentials import ConnectionCredentials
    from .connection_credentials_create import ConnectionCredentialsCreate
    from .connection_credentials_update import ConnectionCredentialsUpdate
    from .connection_page import ConnectionPage
    from .connection_summary import ConnectionSummary
    from .connection_update import ConnectionUpdate
    from .connector_base import ConnectorBase
    from .connector_base_tags import ConnectorBaseTags
    from .connector_page import ConnectorPage
    from .connector_summary import ConnectorSummary
    from .connector_version import ConnectorVersion
    from .credential_base import CredentialBase
    from .credential_basic_auth import CredentialBasicAuth
    from .credential_binary import CredentialBinary
    from .credential_certificate import CredentialCertificate
    from .credential_create_basic_auth import CredentialCreateBasicAuth
    from .credential_create_binary import CredentialCreateBinary
    from .credential_create_certificate import CredentialCreateCertificate
    from .credential_create_none import CredentialCreateNone
    from .credential_create_oauth2_client import CredentialCreateOAuth2Client
    from .credential_create_oauth2_code import CredentialCreateOAuth2Code
    from .credential_create_oauth2_password import CredentialCreateOAuth2Password
    from .credential_create_oauth2_token import CredentialCreateOAuth2Token
    from .credential_create_opaque import CredentialCreateOpaque
    from .credential_create_opaque_type import CredentialCreateOpaqueType
    from .credential_create_string import CredentialCreateString
    from .credential_data_binary import CredentialDataBinary
    from .credential_data_certificate import CredentialDataCertificate
    from .credential_data_none import CredentialDataNone
    from .credential_data_oauth2_client import CredentialDataOAuth2Client
    from .credential_data_oauth2_code import CredentialDataOAuth2Code
    from .credential_data_oauth2_token import CredentialDataOAuth2Token
    from .credential_data_opaque import CredentialDataOpaque
    from .credential_data_string import CredentialDataString
    from .credential_data_username_password import CredentialDataUsernamePassword
    from .credential_none import CredentialNone
    from .credential_oauth2_client import CredentialOAuth2Client
    from .credential_oauth2_code import CredentialOAuth2Code
    from .credential_oauth2_password import CredentialOAuth2Password
    from .credential_oauth2_token import CredentialOAuth2Token
    from .credential_opaque import CredentialOpaque
    from .credential_reference import CredentialReference
    from .credential_string import CredentialString
    from .credential_unmatched import CredentialUnmatched
    from .credential_unmatched_data import CredentialUnmatchedData
    from .credential_unmatched_type import CredentialUnmatchedType
    from .credential_usage import CredentialUsage
    from .credential_usage_connection import CredentialUsageConnection
    from .error import Error
    from .error_field import ErrorField
    from .http_connector import HttpConnector
    from .initialise_oauth2_connection_request import InitialiseOAuth2ConnectionRequest
    from .initialise_oauth2_connection_response import (
        InitialiseOAuth2ConnectionResponse,
    )
    from .message import Message
    from .message_severity import MessageSeverity
    from .oauth2_client_grant_fields import OAuth2ClientGrantFields
    from .oauth2_grant_authorization_code import OAuth2GrantAuthorizationCode
    from .oauth2_grant_client_credentials import OAuth2GrantClientCredentials
    from .oauth2_grant_password import OAuth2GrantPassword
    from .oauth2_scope import OAuth2Scope
    from .parameter_location import ParameterLocation
    from .protocol import Protocol
    from .variable import Variable
else:
    from importlib import import_module
    from typing import Any

    _MODULES = {
        "AuthSchemeConfigApiKey": ".auth_scheme_config_api_key",
        "AuthSchemeConfigBase": ".auth_scheme_config_base",
        "AuthSchemeConfigBasicAuth": ".auth_scheme_config_basic_auth",
        "AuthSchemeConfigCertificate": ".auth_scheme_config_certificate",
        "AuthSchemeConfigHmac": ".auth_scheme_config_hmac",
        "AuthSchemeConfigHmacAlgorithm": ".auth_scheme_config_hmac_algorithm",
        "AuthSchemeConfigHmacDigestInputsItem": ".auth_scheme_config_hmac_digest_inputs_item",
        "AuthSchemeConfigNone": ".auth_scheme_config_none",
        "AuthSchemeConfigOAuth2": ".auth_scheme_config_oauth2",
        "BigQueryConnector": ".big_query_connector",
        "Connection": ".connection",
        "ConnectionCreate": ".connection_create",
        "ConnectionCredential": ".connection_credential",
        "ConnectionCredentialCreate": ".connection_credential_create",
        "ConnectionCredentialUpdate": ".connection_credential_update",
        "ConnectionCredentials": ".connection_credentials",
        "ConnectionCredentialsCreate": ".connection_credentials_create",
        "ConnectionCredentialsUpdate": ".connection_credentials_update",
        "ConnectionPage": ".connection_page",
        "ConnectionSummary": ".connection_summary",
        "ConnectionUpdate": ".connection_update",
        "ConnectorBase": ".connector_base",
        "ConnectorBaseTags": ".connector_base_tags",
        "ConnectorPage": ".connector_page",
        "ConnectorSummary": ".connector_summary",
        "ConnectorVersion": ".connector_version",
        "CredentialBase": ".credential_base",
        "CredentialBasicAuth": ".credential_basic_auth",
        "CredentialBinary": ".credential_binary",
        "CredentialCertificate": ".credential_certificate",
        "CredentialCreateBasicAuth": ".credential_create_basic_auth",
        "CredentialCreateBinary": ".credential_create_binary",
        "CredentialCreateCertificate": ".credential_create_certificate",
        "CredentialCreateNone": ".credential_create_none",
        "CredentialCreateOAuth2Client": ".credential_create_oauth2_client",
        "CredentialCreateOAuth2Code": ".credential_create_oauth2_code",
        "CredentialCreateOAuth2Password": ".credential_create_oauth2_password",
        "CredentialCreateOAuth2Token": ".credential_create_oauth2_token",
        "CredentialCreateOpaque": ".credential_create_opaque",
        "CredentialCreateOpaqueType": ".credential_create_opaque_type",
        "CredentialCreateString": ".credential_create_string",
        "CredentialDataBinary": ".credential_data_binary",
        "CredentialDataCertificate": ".credential_data_certificate",
        "CredentialDataNone": ".credential_data_none",
        "CredentialDataOAuth2Client": ".credential_data_oauth2_client",
        "CredentialDataOAuth2Code": ".credential_data_oauth2_code",
        "CredentialDataOAuth2Token": ".credential_data_oauth2_token",
        "CredentialDataOpaque": ".credential_data_opaque",
        "CredentialDataString": ".credential_data_string",
        "CredentialDataUsernamePassword": ".credential_data_username_password",
        "CredentialNone": ".credential_none",
        "CredentialOAuth2Client": ".credential_oauth2_client",
        "CredentialOAuth2Code": ".credential_oauth2_code",
        "CredentialOAuth2Password": ".credential_oauth2_password",
        "CredentialOAuth2Token": ".credential_oauth2_token",
        "CredentialOpaque": ".credential_opaque",
        "CredentialReference": ".credential_reference",
        "CredentialString": ".credential_string",
        "CredentialUnmatched": ".credential_unmatched",
        "CredentialUnmatchedData": ".credential_unmatched_data",
        "CredentialUnmatchedType": ".credential_unmatched_type",
        "CredentialUsage": ".credential_usage",
        "CredentialUsageConnection": ".credential_usage_connection",
        "Error": ".error",
        "ErrorField": ".error_field",
        "HttpConnector": ".http_connector",
        "InitialiseOAuth2ConnectionRequest": ".initialise_oauth2_connection_request",
        "InitialiseOAuth2ConnectionResponse": ".initialise_oauth2_connection_response",
        "Message": ".message",
        "MessageSeverity": ".message_severity",
        "OAuth2ClientGrantFields": ".oauth2_client_grant_fields",
        "OAuth2GrantAuthorizationCode": ".oauth2_grant_authorization_code",
        "OAuth2GrantClientCredentials": ".oauth2_grant_client_credentials",
        "OAuth2GrantPassword": ".oauth2_grant_password",
        "OAuth2Scope": ".oauth2_scope",
        "ParameterLocation": ".parameter_location",
        "Protocol": ".protocol",
        "Variable": ".variable",
    }

    def __getattr__(name: str) -> Any:
        if name not in _MODULES:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(_MODULES[name], __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(_MODULES))


__all__ = (
    "AuthSchemeConfigApiKey",
    "AuthSchemeConfigBase",
    "AuthSchemeConfigBasicAuth",
    "AuthSchemeConfigCertificate",
    "AuthSchemeConfigHmac",
    "AuthSchemeConfigHmacAlgorithm",
    "AuthSchemeConfigHmacDigestInputsItem",
    "AuthSchemeConfigNone",
    "AuthSchemeConfigOAuth2",
    "BigQueryConnector",
    "Connection",
    "ConnectionCreate",
    "ConnectionCredential",
    "ConnectionCredentialCreate",
    "ConnectionCredentialUpdate",
    "ConnectionCredentials",
    "ConnectionCredentialsCreate",
    "ConnectionCredentialsUpdate",
    "ConnectionPage",
    "ConnectionSummary",
    "ConnectionUpdate",
    "ConnectorBase",
    "ConnectorBaseTags",
    "ConnectorPage",
    "ConnectorSummary",
    "ConnectorVersion",
    "CredentialBase",
    "CredentialBasicAuth",
    "CredentialBinary",
    "CredentialCertificate",
    "CredentialCreateBasicAuth",
    "CredentialCreateBinary",
    "CredentialCreateCertificate",
    "CredentialCreateNone",
    "CredentialCreateOAuth2Client",
    "CredentialCreateOAuth2Code",
    "CredentialCreateOAuth2Password",
    "CredentialCreateOAuth2Token",
    "CredentialCreateOpaque",
    "CredentialCreateOpaqueType",
    "CredentialCreateString",
    "CredentialDataBinary",
    "CredentialDataCertificate",
    "CredentialDataNone",
    "CredentialDataOAuth2Client",
    "CredentialDataOAuth2Code",
    "CredentialDataOAuth2Token",
    "CredentialDataOpaque",
    "CredentialDataString",
    "CredentialDataUsernamePassword",
    "CredentialNone",
    "CredentialOAuth2Client",
    "CredentialOAuth2Code",
    "CredentialOAuth2Password",
    "CredentialOAuth2Token",
    "CredentialOpaque",
    "CredentialReference",
    "CredentialString",
    "CredentialUnmatched",
    "CredentialUnmatchedData",
    "CredentialUnmatchedType",
    "CredentialUsage",
    "CredentialUsageConnection",
    "Error",
    "ErrorField",
    "HttpConnector",
    "InitialiseOAuth2ConnectionRequest",
    "InitialiseOAuth2ConnectionResponse",
    "Message",
    "MessageSeverity",
    "OAuth2ClientGrantFields",
    "OAuth2GrantAuthorizationCode",
    "OAuth2GrantClientCredentials",
    "OAuth2GrantPassword",
    "OAuth2Scope",
    "ParameterLocation",
    "Protocol",
    "Variable",
)
