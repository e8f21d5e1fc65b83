"""Contains all the data models used in inputs/outputs.

Each model's module is imported on first use of its name (PEP 562), so that importing the package stays
cheap; type checkers read the imports below instead.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .additional_param import AdditionalParam
    from .auth_scheme_api_key import AuthSchemeApiKey
    from .auth_scheme_basic_auth import AuthSchemeBasicAuth
    from .auth_scheme_certificate import AuthSchemeCertificate
    from .auth_scheme_config_api_key import AuthSchemeConfigAPIKey
    from .auth_scheme_config_base import AuthSchemeConfigBase
    from .auth_scheme_config_hmac import AuthSchemeConfigHMAC
    from .auth_scheme_config_hmac_algorithm import AuthSchemeConfigHMACAlgorithm
    from .auth_scheme_config_hmac_digest_inputs_item import (
        AuthSchemeConfigHMACDigestInputsItem,
    )
    from .auth_scheme_config_hmac_encoding import AuthSchemeConfigHMACEncoding
    from .auth_scheme_config_oauth1 import AuthSchemeConfigOAuth1
    from .auth_scheme_config_oauth2 import AuthSchemeConfigOAuth2
    from .auth_scheme_config_oauth2_grant_authorization_code import (
        AuthSchemeConfigOAuth2GrantAuthorizationCode,
    )
    from .auth_scheme_config_oauth2_grant_client_credentials import (
        AuthSchemeConfigOAuth2GrantClientCredentials,
    )
    from .auth_scheme_config_oauth2_grant_password import (
        AuthSchemeConfigOAuth2GrantPassword,
    )
    from .auth_scheme_hmac import AuthSchemeHmac
    from .auth_scheme_jwt_bearer import AuthSchemeJwtBearer
    from .auth_scheme_none import AuthSchemeNone
    from .auth_scheme_oauth1 import AuthSchemeOAuth1
    from .auth_scheme_oauth2 import AuthSchemeOAuth2
    from .auth_scheme_secret import AuthSchemeSecret
    from .connection import Connection
    from .connection_create import ConnectionCreate
    from .connection_credential import ConnectionCredential
    from .connection_credential_create import ConnectionCredentialCreate
    from .connection_credential_update import ConnectionCredentialUpdate
    from .connection_page import ConnectionPage
    from .connection_template import ConnectionTemplate
    from .connection_update import ConnectionUpdate
    from .consumer_credential_reference import ConsumerCredentialReference
    from .credential_basic_auth import CredentialBasicAuth
    from .credential_basic_auth_data import CredentialBasicAuthData
    from .credential_binary import CredentialBinary
    from .credential_binary_data import CredentialBinaryData
    from .credential_certificate import CredentialCertificate
    from .credential_certificate_data import CredentialCertificateData
    from .credential_data_basic_auth import CredentialDataBasicAuth
    from .credential_data_binary import CredentialDataBinary
    from .credential_data_certificate import CredentialDataCertificate
    from .credential_data_none import CredentialDataNone
    from .credential_data_oauth1 import CredentialDataOAuth1
    from .credential_data_oauth1_token import CredentialDataOAuth1Token
    from .credential_data_oauth2_client import CredentialDataOAuth2Client
    from .credential_data_oauth2_code import CredentialDataOAuth2Code
    from .credential_data_oauth2_password import CredentialDataOAuth2Password
    from .credential_data_oauth2_token import CredentialDataOAuth2Token
    from .credential_data_string import CredentialDataString
    from .credential_none import CredentialNone
    from .credential_none_data import CredentialNoneData
    from .credential_oauth1 import CredentialOAuth1
    from .credential_oauth1_data import CredentialOAuth1Data
    from .credential_oauth1_token import CredentialOAuth1Token
    from .credential_oauth1_token_data import CredentialOAuth1TokenData
    from .credential_oauth2_client import CredentialOAuth2Client
    from .credential_oauth2_client_data import CredentialOAuth2ClientData
    from .credential_oauth2_code import CredentialOAuth2Code
    from .credential_oauth2_code_data import CredentialOAuth2CodeData
    from .credential_oauth2_password import CredentialOAuth2Password
    from .credential_oauth2_password_data import CredentialOAuth2PasswordData
    from .credential_oauth2_token import CredentialOAuth2Token
    from .credential_oauth2_token_data import CredentialOAuth2TokenData
    from .credential_reference import CredentialReference
    from .credential_string import CredentialString
    from .credential_string_data import CredentialStringData
    from .end_user import EndUser
    from .end_user_create import EndUserCreate
    from .end_user_page import EndUserPage
    from .endpoint import Endpoint
    from .endpoint_parameter_transmission import EndpointParameterTransmission
    from .env_system_connection_create import EnvSystemConnectionCreate
    from .environment_system_page import EnvironmentSystemPage
    from .error import Error
    from .error_field import ErrorField
    from .initialise_o_auth_1_connection_request import (
        InitialiseOAuth1ConnectionRequest,
    )
    from .initialise_o_auth_1_connection_response import (
        InitialiseOAuth1ConnectionResponse,
    )
    from .initialise_oauth2_connection_request import InitialiseOAuth2ConnectionRequest
    from .initialise_oauth2_connection_response import (
        InitialiseOAuth2ConnectionResponse,
    )
    from .labels import Labels
    from .link_system import LinkSystem
    from .message import Message
    from .message_severity import MessageSeverity
    from .oauth2_grant_authorization_code import OAuth2GrantAuthorizationCode
    from .oauth2_grant_client_credentials import OAuth2GrantClientCredentials
    from .oauth2_grant_password import OAuth2GrantPassword
    from .oauth2_scope import OAuth2Scope
    from .parameter_config import ParameterConfig
    from .parameter_config_location import ParameterConfigLocation
    from .parameter_config_usages import ParameterConfigUsages
    from .parameter_location import ParameterLocation
    from .system import System
    from .system_create import SystemCreate
    from .system_page import SystemPage
    from .update_connection_template import UpdateConnectionTemplate
    from .update_system import UpdateSystem
    from .variable import Variable
else:
    from importlib import import_module
    from typing import Any

    _MODULES = {
        "AdditionalParam": ".additional_param",
        "AuthSchemeApiKey": ".auth_scheme_api_key",
        "AuthSchemeBasicAuth": ".auth_scheme_basic_auth",
        "AuthSchemeCertificate": ".auth_scheme_certificate",
        "AuthSchemeConfigAPIKey": ".auth_scheme_config_api_key",
        "AuthSchemeConfigBase": ".auth_scheme_config_base",
        "AuthSchemeConfigHMAC": ".auth_scheme_config_hmac",
        "AuthSchemeConfigHMACAlgorithm": ".auth_scheme_config_hmac_algorithm",
        "AuthSchemeConfigHMACDigestInputsItem": ".auth_scheme_config_hmac_digest_inputs_item",
        "AuthSchemeConfigHMACEncoding": ".auth_scheme_config_hmac_encoding",
        "AuthSchemeConfigOAuth1": ".auth_scheme_config_oauth1",
        "AuthSchemeConfigOAuth2": ".auth_scheme_config_oauth2",
        "AuthSchemeConfigOAuth2GrantAuthorizationCode": ".auth_scheme_config_oauth2_grant_authorization_code",
        "AuthSchemeConfigOAuth2GrantClientCredentials": ".auth_scheme_config_oauth2_grant_client_credentials",
        "AuthSchemeConfigOAuth2GrantPassword": ".auth_scheme_config_oauth2_grant_password",
        "AuthSchemeHmac": ".auth_scheme_hmac",
        "AuthSchemeJwtBearer": ".auth_scheme_jwt_bearer",
        "AuthSchemeNone": ".auth_scheme_none",
        "AuthSchemeOAuth1": ".auth_scheme_oauth1",
        "AuthSchemeOAuth2": ".auth_scheme_oauth2",
        "AuthSchemeSecret": ".auth_scheme_secret",
        "Connection": ".connection",
        "ConnectionCreate": ".connection_create",
        "ConnectionCredential": ".connection_credential",
        "ConnectionCredentialCreate": ".connection_credential_create",
        "ConnectionCredentialUpdate": ".connection_credential_update",
        "ConnectionPage": ".connection_page",
        "ConnectionTemplate": ".connection_template",
        "ConnectionUpdate": ".connection_update",
        "ConsumerCredentialReference": ".consumer_credential_reference",
        "CredentialBasicAuth": ".credential_basic_auth",
        "CredentialBasicAuthData": ".credential_basic_auth_data",
        "CredentialBinary": ".credential_binary",
        "CredentialBinaryData": ".credential_binary_data",
        "CredentialCertificate": ".credential_certificate",
        "CredentialCertificateData": ".credential_certificate_data",
        "CredentialDataBasicAuth": ".credential_data_basic_auth",
        "CredentialDataBinary": ".credential_data_binary",
        "CredentialDataCertificate": ".credential_data_certificate",
        "CredentialDataNone": ".credential_data_none",
        "CredentialDataOAuth1": ".credential_data_oauth1",
        "CredentialDataOAuth1Token": ".credential_data_oauth1_token",
        "CredentialDataOAuth2Client": ".credential_data_oauth2_client",
        "CredentialDataOAuth2Code": ".credential_data_oauth2_code",
        "CredentialDataOAuth2Password": ".credential_data_oauth2_password",
        "CredentialDataOAuth2Token": ".credential_data_oauth2_token",
        "CredentialDataString": ".credential_data_string",
        "CredentialNone": ".credential_none",
        "CredentialNoneData": ".credential_none_data",
        "CredentialOAuth1": ".credential_oauth1",
        "CredentialOAuth1Data": ".credential_oauth1_data",
        "CredentialOAuth1Token": ".credential_oauth1_token",
        "CredentialOAuth1TokenData": ".credential_oauth1_token_data",
        "CredentialOAuth2Client": ".credential_oauth2_client",
        "CredentialOAuth2ClientData": ".credential_oauth2_client_data",
        "CredentialOAuth2Code": ".credential_oauth2_code",
        "CredentialOAuth2CodeData": ".credential_oauth2_code_data",
        "CredentialOAuth2Password": ".credential_oauth2_password",
        "CredentialOAuth2PasswordData": ".credential_oauth2_password_data",
        "CredentialOAuth2Token": ".credential_oauth2_token",
        "CredentialOAuth2TokenData": ".credential_oauth2_token_data",
        "CredentialReference": ".credential_reference",
        "CredentialString": ".credential_string",
        "CredentialStringData": ".credential_string_data",
        "EndUser": ".end_user",
        "EndUserCreate": ".end_user_create",
        "EndUserPage": ".end_user_page",
        "Endpoint": ".endpoint",
        "EndpointParameterTransmission": ".endpoint_parameter_transmission",
        "EnvSystemConnectionCreate": ".env_system_connection_create",
        "EnvironmentSystemPage": ".environment_system_page",
        "Error": ".error",
        "ErrorField": ".error_field",
        "InitialiseOAuth1ConnectionRequest": ".initialise_o_auth_1_connection_request",
        "InitialiseOAuth1ConnectionResponse": ".initialise_o_auth_1_connection_response",
        "InitialiseOAuth2ConnectionRequest": ".initialise_oauth2_connection_request",
        "InitialiseOAuth2ConnectionResponse": ".initialise_oauth2_connection_response",
        "Labels": ".labels",
        "LinkSystem": ".link_system",
        "Message": ".message",
        "MessageSeverity": ".message_severity",
        "OAuth2GrantAuthorizationCode": ".oauth2_grant_authorization_code",
        "OAuth2GrantClientCredentials": ".oauth2_grant_client_credentials",
        "OAuth2GrantPassword": ".oauth2_grant_password",
        "OAuth2Scope": ".oauth2_scope",
        "ParameterConfig": ".parameter_config",
        "ParameterConfigLocation": ".parameter_config_location",
        "ParameterConfigUsages": ".parameter_config_usages",
        "ParameterLocation": ".parameter_location",
        "System": ".system",
        "SystemCreate": ".system_create",
        "SystemPage": ".system_page",
        "UpdateConnectionTemplate": ".update_connection_template",
        "UpdateSystem": ".update_system",
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
    "AdditionalParam",
    "AuthSchemeApiKey",
    "AuthSchemeBasicAuth",
    "AuthSchemeCertificate",
    "AuthSchemeConfigAPIKey",
    "AuthSchemeConfigBase",
    "AuthSchemeConfigHMAC",
    "AuthSchemeConfigHMACAlgorithm",
    "AuthSchemeConfigHMACDigestInputsItem",
    "AuthSchemeConfigHMACEncoding",
    "AuthSchemeConfigOAuth1",
    "AuthSchemeConfigOAuth2",
    "AuthSchemeConfigOAuth2GrantAuthorizationCode",
    "AuthSchemeConfigOAuth2GrantClientCredentials",
    "AuthSchemeConfigOAuth2GrantPassword",
    "AuthSchemeHmac",
    "AuthSchemeJwtBearer",
    "AuthSchemeNone",
    "AuthSchemeOAuth1",
    "AuthSchemeOAuth2",
    "AuthSchemeSecret",
    "Connection",
    "ConnectionCreate",
    "ConnectionCredential",
    "ConnectionCredentialCreate",
    "ConnectionCredentialUpdate",
    "ConnectionPage",
    "ConnectionTemplate",
    "ConnectionUpdate",
    "ConsumerCredentialReference",
    "CredentialBasicAuth",
    "CredentialBasicAuthData",
    "CredentialBinary",
    "CredentialBinaryData",
    "CredentialCertificate",
    "CredentialCertificateData",
    "CredentialDataBasicAuth",
    "CredentialDataBinary",
    "CredentialDataCertificate",
    "CredentialDataNone",
    "CredentialDataOAuth1",
    "CredentialDataOAuth1Token",
    "CredentialDataOAuth2Client",
    "CredentialDataOAuth2Code",
    "CredentialDataOAuth2Password",
    "CredentialDataOAuth2Token",
    "CredentialDataString",
    "CredentialNone",
    "CredentialNoneData",
    "CredentialOAuth1",
    "CredentialOAuth1Data",
    "CredentialOAuth1Token",
    "CredentialOAuth1TokenData",
    "CredentialOAuth2Client",
    "CredentialOAuth2ClientData",
    "CredentialOAuth2Code",
    "CredentialOAuth2CodeData",
    "CredentialOAuth2Password",
    "CredentialOAuth2PasswordData",
    "CredentialOAuth2Token",
    "CredentialOAuth2TokenData",
    "CredentialReference",
    "CredentialString",
    "CredentialStringData",
    "EndUser",
    "EndUserCreate",
    "EndUserPage",
    "Endpoint",
    "EndpointParameterTransmission",
    "EnvSystemConnectionCreate",
    "EnvironmentSystemPage",
    "Error",
    "ErrorField",
    "InitialiseOAuth1ConnectionRequest",
    "InitialiseOAuth1ConnectionResponse",
    "InitialiseOAuth2ConnectionRequest",
    "InitialiseOAuth2ConnectionResponse",
    "Labels",
    "LinkSystem",
    "Message",
    "MessageSeverity",
    "OAuth2GrantAuthorizationCode",
    "OAuth2GrantClientCredentials",
    "OAuth2GrantPassword",
    "OAuth2Scope",
    "ParameterConfig",
    "ParameterConfigLocation",
    "ParameterConfigUsages",
    "ParameterLocation",
    "System",
    "SystemCreate",
    "SystemPage",
    "UpdateConnectionTemplate",
    "UpdateSystem",
    "Variable",
)
