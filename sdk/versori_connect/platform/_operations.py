"""Each operation of the Platform API as httpx arguments, made by the generated ``_get_kwargs``; this module is the
only place that calls them (``tests/unit/test_sdk_derivations.py`` pins their signatures). Bodies are taken as
the generated models or as the contract's JSON (camelCase mappings), which the generated models read first, so
that a mapping that does not fit raises ``TypeError`` before anything is sent."""

from collections.abc import Mapping
from typing import Any, Unpack

from .._core.models import model_or_json
from .._core.unset import unset_if_none
from .._params import InitialiseArguments, credential_reference, initialise_fields
from .._types import CredentialParam
from ._generated.api.connections import create_connection as _create_connection
from ._generated.api.connections import delete_connection as _delete_connection
from ._generated.api.connections import get_connection as _get_connection
from ._generated.api.connections import initialise_oauth1_connection as _initialise_oauth1
from ._generated.api.connections import initialise_oauth2_connection as _initialise_oauth2
from ._generated.api.connections import list_connections as _list_connections
from ._generated.api.connections import update_connection as _update_connection
from ._generated.api.end_users import create_end_user as _create_end_user
from ._generated.api.end_users import delete_end_user as _delete_end_user
from ._generated.api.end_users import get_end_user as _get_end_user
from ._generated.api.end_users import list_end_users as _list_end_users
from ._generated.api.systems import create_connection_template as _create_connection_template
from ._generated.api.systems import create_system as _create_system
from ._generated.api.systems import delete_auth_scheme_config as _delete_auth_scheme_config
from ._generated.api.systems import delete_connection_template as _delete_connection_template
from ._generated.api.systems import delete_system as _delete_system
from ._generated.api.systems import get_system as _get_system
from ._generated.api.systems import list_project_connection_templates as _list_connection_templates
from ._generated.api.systems import list_systems as _list_systems
from ._generated.api.systems import update_connection_template as _update_connection_template
from ._generated.api.systems import update_system as _update_system
from ._generated.api.systems import upsert_auth_scheme_config as _upsert_auth_scheme_config
from ._generated.models import (
    ConnectionUpdate,
    ConsumerCredentialReference,
    CredentialReference,
    EndUserCreate,
    EnvSystemConnectionCreate,
    InitialiseOAuth1ConnectionRequest,
    InitialiseOAuth2ConnectionRequest,
    LinkSystem,
    SystemCreate,
    UpdateConnectionTemplate,
    UpdateSystem,
)
from ._unions import AUTH_SCHEME_CONFIG_CLASSES, AuthSchemeConfig, parse_auth_scheme_config

Operation = dict[str, Any]


# Systems and their auth scheme configs


def list_systems(
    organisation_id: str, *, first: int | None, after: str | None, before: str | None, search: str | None
) -> Operation:
    return _list_systems._get_kwargs(
        organisation_id,
        first=unset_if_none(first),
        after=unset_if_none(after),
        before=unset_if_none(before),
        search=unset_if_none(search),
    )


def create_system(organisation_id: str, system: SystemCreate | Mapping[str, Any]) -> Operation:
    body = model_or_json(system, SystemCreate, SystemCreate.from_dict, "system")
    return _create_system._get_kwargs(organisation_id, body=body)


def get_system(organisation_id: str, system_id: str) -> Operation:
    return _get_system._get_kwargs(organisation_id, system_id)


def update_system(organisation_id: str, system_id: str, system: UpdateSystem | Mapping[str, Any]) -> Operation:
    body = model_or_json(system, UpdateSystem, UpdateSystem.from_dict, "system")
    return _update_system._get_kwargs(organisation_id, system_id, body=body)


def delete_system(organisation_id: str, system_id: str) -> Operation:
    return _delete_system._get_kwargs(organisation_id, system_id)


def upsert_auth_scheme_config(
    organisation_id: str, system_id: str, config_id: str, config: AuthSchemeConfig | Mapping[str, Any]
) -> Operation:
    classes = tuple(AUTH_SCHEME_CONFIG_CLASSES.values())
    body = model_or_json(config, classes, parse_auth_scheme_config, "config")
    return _upsert_auth_scheme_config._get_kwargs(organisation_id, system_id, config_id, body=body)


def delete_auth_scheme_config(organisation_id: str, system_id: str, config_id: str) -> Operation:
    return _delete_auth_scheme_config._get_kwargs(organisation_id, system_id, config_id)


# Connections, and initialise


def initialise_oauth2(
    organisation_id: str,
    system_id: str,
    *,
    credential: CredentialParam | CredentialReference,
    redirect_url: str | None,
    **arguments: Unpack[InitialiseArguments],
) -> Operation:
    body = InitialiseOAuth2ConnectionRequest(
        credential=credential_reference(credential, CredentialReference),
        redirect_url=unset_if_none(redirect_url),
        **initialise_fields(**arguments),
    )
    return _initialise_oauth2._get_kwargs(organisation_id, system_id, body=body)


def initialise_oauth1(
    organisation_id: str, system_id: str, *, credential: CredentialParam | ConsumerCredentialReference
) -> Operation:
    body = InitialiseOAuth1ConnectionRequest(credential=credential_reference(credential, ConsumerCredentialReference))
    return _initialise_oauth1._get_kwargs(organisation_id, system_id, body=body)


def list_connections(
    organisation_id: str,
    *,
    system_id: str | None,
    end_user_id: str | None,
    first: int | None,
    after: str | None,
    before: str | None,
) -> Operation:
    return _list_connections._get_kwargs(
        organisation_id,
        system_id=unset_if_none(system_id),
        end_user_id=unset_if_none(end_user_id),
        first=unset_if_none(first),
        after=unset_if_none(after),
        before=unset_if_none(before),
    )


def create_connection(organisation_id: str, connection: EnvSystemConnectionCreate | Mapping[str, Any]) -> Operation:
    body = model_or_json(connection, EnvSystemConnectionCreate, EnvSystemConnectionCreate.from_dict, "connection")
    return _create_connection._get_kwargs(organisation_id, body=body)


def get_connection(organisation_id: str, connection_id: str) -> Operation:
    return _get_connection._get_kwargs(organisation_id, connection_id)


def update_connection(
    organisation_id: str, connection_id: str, connection: ConnectionUpdate | Mapping[str, Any]
) -> Operation:
    body = model_or_json(connection, ConnectionUpdate, ConnectionUpdate.from_dict, "connection")
    return _update_connection._get_kwargs(organisation_id, connection_id, body=body)


def delete_connection(organisation_id: str, connection_id: str) -> Operation:
    return _delete_connection._get_kwargs(organisation_id, connection_id)


# Connection templates


def create_connection_template(
    organisation_id: str, project_id: str, template: LinkSystem | Mapping[str, Any]
) -> Operation:
    body = model_or_json(template, LinkSystem, LinkSystem.from_dict, "template")
    return _create_connection_template._get_kwargs(organisation_id, project_id, body=body)


def list_connection_templates(organisation_id: str, project_id: str, *, env_id: str | None) -> Operation:
    return _list_connection_templates._get_kwargs(organisation_id, project_id, env_id=unset_if_none(env_id))


def update_connection_template(
    organisation_id: str, project_id: str, template_id: str, template: UpdateConnectionTemplate | Mapping[str, Any]
) -> Operation:
    body = model_or_json(template, UpdateConnectionTemplate, UpdateConnectionTemplate.from_dict, "template")
    return _update_connection_template._get_kwargs(organisation_id, project_id, template_id, body=body)


def delete_connection_template(organisation_id: str, project_id: str, template_id: str) -> Operation:
    return _delete_connection_template._get_kwargs(organisation_id, project_id, template_id)


# End users


def create_end_user(organisation_id: str, end_user: EndUserCreate | Mapping[str, Any]) -> Operation:
    body = model_or_json(end_user, EndUserCreate, EndUserCreate.from_dict, "end_user")
    return _create_end_user._get_kwargs(organisation_id, body=body)


def list_end_users(organisation_id: str, *, search: str | None) -> Operation:
    return _list_end_users._get_kwargs(organisation_id, search=unset_if_none(search))


def get_end_user(organisation_id: str, user_id: str) -> Operation:
    return _get_end_user._get_kwargs(organisation_id, user_id)


def delete_end_user(organisation_id: str, user_id: str) -> Operation:
    return _delete_end_user._get_kwargs(organisation_id, user_id)
