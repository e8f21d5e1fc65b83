"""Each operation's request, as httpx arguments, and the parser of its answer.

The generated modules build the requests (their ``_get_kwargs``): this module is the only place that calls
them, and ``tests/unit/test_generated_operations.py`` pins their signatures, so that a new generator version
that changes them fails a test instead of a call. Bodies are taken as the generated models or as the
contract's JSON (camelCase mappings), which the generated models read.
"""

from collections.abc import Mapping
from typing import Any, Unpack

from ._core.models import model_or_json
from ._core.unset import unset_if_none
from ._generated.api.connections import create_connector_connection as _create_connection
from ._generated.api.connections import delete_connection as _delete_connection
from ._generated.api.connections import get_connection as _get_connection
from ._generated.api.connections import initialise_oauth2_connection as _initialise_oauth2
from ._generated.api.connections import list_connector_connections as _list_connections
from ._generated.api.connections import update_connection as _update_connection
from ._generated.api.connectors import delete_auth_scheme_config as _delete_auth_scheme_config
from ._generated.api.connectors import get_connector as _get_connector
from ._generated.api.connectors import list_connectors as _list_connectors
from ._generated.api.connectors import upsert_auth_scheme_config as _upsert_auth_scheme_config
from ._generated.models import (
    ConnectionCreate,
    ConnectionUpdate,
    CredentialReference,
    InitialiseOAuth2ConnectionRequest,
)
from ._params import InitialiseArguments, credential_reference, initialise_fields
from ._types import CredentialParam
from ._unions import AUTH_SCHEME_CONFIG_CLASSES, AuthSchemeConfig, parse_auth_scheme_config

Operation = dict[str, Any]


def initialise_oauth2(
    organisation_id: str,
    connector_id: str,
    *,
    credential: CredentialParam | CredentialReference,
    **arguments: Unpack[InitialiseArguments],
) -> Operation:
    credential_model = credential_reference(credential, CredentialReference)
    body = InitialiseOAuth2ConnectionRequest(credential=credential_model, **initialise_fields(**arguments))
    return _initialise_oauth2._get_kwargs(organisation_id, connector_id, body=body)


def create_connection(
    organisation_id: str, connector_id: str, connection: ConnectionCreate | Mapping[str, Any]
) -> Operation:
    body = model_or_json(connection, ConnectionCreate, ConnectionCreate.from_dict, "connection")
    return _create_connection._get_kwargs(organisation_id, connector_id, body=body)


def get_connection(organisation_id: str, connector_id: str, connection_id: str) -> Operation:
    return _get_connection._get_kwargs(organisation_id, connector_id, connection_id)


def list_connections(
    organisation_id: str, connector_id: str, *, first: int | None, after: str | None, before: str | None
) -> Operation:
    return _list_connections._get_kwargs(
        organisation_id,
        connector_id,
        first=unset_if_none(first),
        after=unset_if_none(after),
        before=unset_if_none(before),
    )


def update_connection(
    organisation_id: str, connector_id: str, connection_id: str, connection: ConnectionUpdate | Mapping[str, Any]
) -> Operation:
    body = model_or_json(connection, ConnectionUpdate, ConnectionUpdate.from_dict, "connection")
    return _update_connection._get_kwargs(organisation_id, connector_id, connection_id, body=body)


def delete_connection(organisation_id: str, connector_id: str, connection_id: str, *, force: bool) -> Operation:
    return _delete_connection._get_kwargs(organisation_id, connector_id, connection_id, force=force)


def list_connectors(
    organisation_id: str,
    *,
    first: int | None,
    after: str | None,
    before: str | None,
    name: str | None,
    protocol: str | None,
) -> Operation:
    return _list_connectors._get_kwargs(
        organisation_id,
        first=unset_if_none(first),
        after=unset_if_none(after),
        before=unset_if_none(before),
        name=unset_if_none(name),
        protocol=unset_if_none(protocol),
    )


def get_connector(organisation_id: str, connector_id: str) -> Operation:
    return _get_connector._get_kwargs(organisation_id, connector_id)


def upsert_auth_scheme_config(
    organisation_id: str, connector_id: str, config_id: str, config: AuthSchemeConfig | Mapping[str, Any]
) -> Operation:
    classes = tuple(AUTH_SCHEME_CONFIG_CLASSES.values())
    body = model_or_json(config, classes, parse_auth_scheme_config, "config")
    return _upsert_auth_scheme_config._get_kwargs(organisation_id, connector_id, config_id, body=body)


def delete_auth_scheme_config(organisation_id: str, connector_id: str, config_id: str) -> Operation:
    return _delete_auth_scheme_config._get_kwargs(organisation_id, connector_id, config_id)
