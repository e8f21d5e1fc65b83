"""Typed Python client for Versori's Initialise OAuth 2.0 Connection API.

``Client`` and ``AsyncClient`` are the way in: ``client.connections`` (``initialise_oauth2``, ``create``,
``get``, ``list``, ``iterate``, ``update``, ``delete``) and ``client.connectors`` (``list``, ``get``, and
``auth_scheme_configs.upsert`` and ``.delete``) return the generated models (a list returns a page, which
fetches the pages after it) and raise the errors of ``_core.exceptions``. They compose the client under
``versori_connect._generated``, which openapi-python-client generates from ``openapi.yaml``
(``scripts/generate-sdk``) and nobody edits by hand; its models and functions are re-exported here too.
``AsyncClient`` is written by hand (``_async``); ``Client`` is derived from it (``_sync``, by
``scripts/unasync.py``). Both stand on ``_core``, which holds nothing of the Connect API and serves every API's
client: the base client, retries, errors, options, pages and logging.

Importing the package loads only the exceptions, constants, options and types; every other name (the clients, the
models, the unions) loads its module on first use (PEP 562), and a client loads the generated operations and
models on first use of ``client.connections`` or ``client.connectors``, so that ``import versori_connect`` and
``from versori_connect import Client`` cost little more than ``import httpx``. Type checkers read the
``TYPE_CHECKING`` imports instead.
"""

# Aliased so that the package's namespace holds only what ``__all__`` names.
import typing as _typing

from ._constants import DEFAULT_BASE_URL
from ._core.constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._core.exceptions import (
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
    PreconditionFailedError,
    RateLimitError,
    UnprocessableEntityError,
    VersoriError,
)
from ._core.options import NOT_GIVEN, NotGiven, RequestOptions
from ._core.types import RawResponse, TimeoutTypes
from ._types import AdditionalParams, CredentialParam

if _typing.TYPE_CHECKING:
    from ._async.client import AsyncClient
    from ._async.pages import AsyncConnectionPage, AsyncConnectorPage
    from ._core._async.pagination import AsyncPage
    from ._core._sync.pagination import SyncPage
    from ._core.paginator import AsyncPaginator
    from ._generated.api.connections import initialise_oauth2_connection
    from ._generated.client import AuthenticatedClient
    from ._generated.models import (
        AuthSchemeConfigApiKey,
        AuthSchemeConfigBasicAuth,
        AuthSchemeConfigCertificate,
        AuthSchemeConfigHmac,
        AuthSchemeConfigNone,
        AuthSchemeConfigOAuth2,
        BigQueryConnector,
        Connection,
        ConnectionCreate,
        ConnectionCredential,
        ConnectionCredentialCreate,
        ConnectionCredentials,
        ConnectionCredentialsCreate,
        ConnectionCredentialsUpdate,
        ConnectionCredentialUpdate,
        ConnectionPage,
        ConnectionSummary,
        ConnectionUpdate,
        ConnectorPage,
        ConnectorVersion,
        CredentialBasicAuth,
        CredentialBinary,
        CredentialCertificate,
        CredentialCreateBasicAuth,
        CredentialCreateBinary,
        CredentialCreateCertificate,
        CredentialCreateNone,
        CredentialCreateOAuth2Client,
        CredentialCreateOAuth2Code,
        CredentialCreateOAuth2Password,
        CredentialCreateOAuth2Token,
        CredentialCreateOpaque,
        CredentialCreateString,
        CredentialDataBinary,
        CredentialDataCertificate,
        CredentialDataNone,
        CredentialDataOAuth2Client,
        CredentialDataOAuth2Code,
        CredentialDataOAuth2Token,
        CredentialDataOpaque,
        CredentialDataString,
        CredentialDataUsernamePassword,
        CredentialNone,
        CredentialOAuth2Client,
        CredentialOAuth2Code,
        CredentialOAuth2Password,
        CredentialOAuth2Token,
        CredentialOpaque,
        CredentialReference,
        CredentialString,
        CredentialUnmatched,
        Error,
        ErrorField,
        HttpConnector,
        InitialiseOAuth2ConnectionRequest,
        InitialiseOAuth2ConnectionResponse,
        OAuth2GrantAuthorizationCode,
        OAuth2GrantClientCredentials,
        OAuth2GrantPassword,
        OAuth2Scope,
        Variable,
    )
    from ._generated.types import UNSET, Response, Unset
    from ._sync.client import Client
    from ._sync.pages import SyncConnectionPage, SyncConnectorPage
    from ._unions import AuthSchemeConfig, Connector, Credential, OAuth2Grant
else:
    from importlib import import_module as _import_module

    # Where each name imported on first use lives. A name that is itself a module (the generated operation)
    # maps to that module.
    _LAZY = {
        "AsyncClient": "._async.client",
        "AsyncConnectionPage": "._async.pages",
        "AsyncConnectorPage": "._async.pages",
        "AsyncPage": "._core._async.pagination",
        "AsyncPaginator": "._core.paginator",
        "AuthSchemeConfig": "._unions",
        "AuthSchemeConfigApiKey": "._generated.models",
        "AuthSchemeConfigBasicAuth": "._generated.models",
        "AuthSchemeConfigCertificate": "._generated.models",
        "AuthSchemeConfigHmac": "._generated.models",
        "AuthSchemeConfigNone": "._generated.models",
        "AuthSchemeConfigOAuth2": "._generated.models",
        "AuthenticatedClient": "._generated.client",
        "BigQueryConnector": "._generated.models",
        "Client": "._sync.client",
        "Connection": "._generated.models",
        "ConnectionCreate": "._generated.models",
        "ConnectionCredential": "._generated.models",
        "ConnectionCredentialCreate": "._generated.models",
        "ConnectionCredentialUpdate": "._generated.models",
        "ConnectionCredentials": "._generated.models",
        "ConnectionCredentialsCreate": "._generated.models",
        "ConnectionCredentialsUpdate": "._generated.models",
        "ConnectionPage": "._generated.models",
        "ConnectionSummary": "._generated.models",
        "ConnectionUpdate": "._generated.models",
        "Connector": "._unions",
        "ConnectorPage": "._generated.models",
        "ConnectorVersion": "._generated.models",
        "Credential": "._unions",
        "CredentialBasicAuth": "._generated.models",
        "CredentialBinary": "._generated.models",
        "CredentialCertificate": "._generated.models",
        "CredentialCreateBasicAuth": "._generated.models",
        "CredentialCreateBinary": "._generated.models",
        "CredentialCreateCertificate": "._generated.models",
        "CredentialCreateNone": "._generated.models",
        "CredentialCreateOAuth2Client": "._generated.models",
        "CredentialCreateOAuth2Code": "._generated.models",
        "CredentialCreateOAuth2Password": "._generated.models",
        "CredentialCreateOAuth2Token": "._generated.models",
        "CredentialCreateOpaque": "._generated.models",
        "CredentialCreateString": "._generated.models",
        "CredentialDataBinary": "._generated.models",
        "CredentialDataCertificate": "._generated.models",
        "CredentialDataNone": "._generated.models",
        "CredentialDataOAuth2Client": "._generated.models",
        "CredentialDataOAuth2Code": "._generated.models",
        "CredentialDataOAuth2Token": "._generated.models",
        "CredentialDataOpaque": "._generated.models",
        "CredentialDataString": "._generated.models",
        "CredentialDataUsernamePassword": "._generated.models",
        "CredentialNone": "._generated.models",
        "CredentialOAuth2Client": "._generated.models",
        "CredentialOAuth2Code": "._generated.models",
        "CredentialOAuth2Password": "._generated.models",
        "CredentialOAuth2Token": "._generated.models",
        "CredentialOpaque": "._generated.models",
        "CredentialReference": "._generated.models",
        "CredentialString": "._generated.models",
        "CredentialUnmatched": "._generated.models",
        "Error": "._generated.models",
        "ErrorField": "._generated.models",
        "HttpConnector": "._generated.models",
        "InitialiseOAuth2ConnectionRequest": "._generated.models",
        "InitialiseOAuth2ConnectionResponse": "._generated.models",
        "OAuth2Grant": "._unions",
        "OAuth2GrantAuthorizationCode": "._generated.models",
        "OAuth2GrantClientCredentials": "._generated.models",
        "OAuth2GrantPassword": "._generated.models",
        "OAuth2Scope": "._generated.models",
        "Response": "._generated.types",
        "SyncConnectionPage": "._sync.pages",
        "SyncConnectorPage": "._sync.pages",
        "SyncPage": "._core._sync.pagination",
        "UNSET": "._generated.types",
        "Unset": "._generated.types",
        "Variable": "._generated.models",
        "initialise_oauth2_connection": "._generated.api.connections.initialise_oauth2_connection",
    }

    def __getattr__(name: str) -> _typing.Any:
        if name not in _LAZY:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        module = _import_module(_LAZY[name], __name__)
        value = module if module.__name__.endswith("." + name) else getattr(module, name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AdditionalParams",
    "AsyncClient",
    "AsyncConnectionPage",
    "AsyncConnectorPage",
    "AsyncPage",
    "AsyncPaginator",
    "AuthSchemeConfig",
    "AuthSchemeConfigApiKey",
    "AuthSchemeConfigBasicAuth",
    "AuthSchemeConfigCertificate",
    "AuthSchemeConfigHmac",
    "AuthSchemeConfigNone",
    "AuthSchemeConfigOAuth2",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "BigQueryConnector",
    "Client",
    "ConflictError",
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
    "Connector",
    "ConnectorPage",
    "ConnectorVersion",
    "Credential",
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
    "CredentialParam",
    "CredentialReference",
    "CredentialString",
    "CredentialUnmatched",
    "Error",
    "ErrorField",
    "HttpConnector",
    "InitialiseOAuth2ConnectionRequest",
    "InitialiseOAuth2ConnectionResponse",
    "InternalServerError",
    "NotFoundError",
    "NotGiven",
    "OAuth2Grant",
    "OAuth2GrantAuthorizationCode",
    "OAuth2GrantClientCredentials",
    "OAuth2GrantPassword",
    "OAuth2Scope",
    "PermissionDeniedError",
    "PreconditionFailedError",
    "RateLimitError",
    "RawResponse",
    "RequestOptions",
    "Response",
    "SyncConnectionPage",
    "SyncConnectorPage",
    "SyncPage",
    "TimeoutTypes",
    "UnprocessableEntityError",
    "Unset",
    "Variable",
    "VersoriError",
    "initialise_oauth2_connection",
]
