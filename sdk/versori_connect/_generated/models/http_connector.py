from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auth_scheme_config_api_key import AuthSchemeConfigApiKey
    from ..models.auth_scheme_config_basic_auth import AuthSchemeConfigBasicAuth
    from ..models.auth_scheme_config_certificate import AuthSchemeConfigCertificate
    from ..models.auth_scheme_config_hmac import AuthSchemeConfigHmac
    from ..models.auth_scheme_config_none import AuthSchemeConfigNone
    from ..models.auth_scheme_config_oauth2 import AuthSchemeConfigOAuth2
    from ..models.connection import Connection
    from ..models.connector_base_tags import ConnectorBaseTags
    from ..models.connector_version import ConnectorVersion
    from ..models.variable import Variable


T = TypeVar("T", bound="HttpConnector")


@_attrs_define
class HttpConnector:
    """A connector that calls the provider's HTTP API."""

    id: str
    """ A ULID: 26 characters of Crockford's base32 in upper case, the first one 0 to 7 (a larger first
    character would overflow the 128-bit value).
     """
    organisation_id: str
    """ A ULID: 26 characters of Crockford's base32 in upper case, the first one 0 to 7 (a larger first
    character would overflow the 128-bit value).
     """
    name: str
    public: bool
    """ True when the connector is in Versori's public library. """
    auth_scheme_configs: list[
        AuthSchemeConfigApiKey
        | AuthSchemeConfigBasicAuth
        | AuthSchemeConfigCertificate
        | AuthSchemeConfigHmac
        | AuthSchemeConfigNone
        | AuthSchemeConfigOAuth2
    ]
    """ How connections of the connector may authenticate. """
    connections: list[Connection]
    """ Every connection of the connector, secrets left out. """
    versions: list[ConnectorVersion]
    created_at: datetime.datetime
    """ An RFC 3339 time in UTC. """
    updated_at: datetime.datetime
    """ An RFC 3339 time in UTC. """
    protocol: Literal["http"]
    base_url: str
    """ The base URL of every action of the connector. """
    documentation_url: str | Unset = UNSET
    """ Where the provider's API is documented. """
    image_url: str | Unset = UNSET
    """ The connector's icon. """
    tags: ConnectorBaseTags | Unset = UNSET
    """ Labels, each a key with a list of values. """
    connection_variables: list[Variable] | Unset = UNSET
    """ The variables every new connection starts with. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.auth_scheme_config_api_key import AuthSchemeConfigApiKey
        from ..models.auth_scheme_config_basic_auth import AuthSchemeConfigBasicAuth
        from ..models.auth_scheme_config_hmac import AuthSchemeConfigHmac
        from ..models.auth_scheme_config_none import AuthSchemeConfigNone
        from ..models.auth_scheme_config_oauth2 import AuthSchemeConfigOAuth2

        id = self.id

        organisation_id = self.organisation_id

        name = self.name

        public = self.public

        auth_scheme_configs = []
        for auth_scheme_configs_item_data in self.auth_scheme_configs:
            auth_scheme_configs_item: dict[str, Any]
            if (
                isinstance(auth_scheme_configs_item_data, AuthSchemeConfigNone)
                or isinstance(auth_scheme_configs_item_data, AuthSchemeConfigApiKey)
                or isinstance(auth_scheme_configs_item_data, AuthSchemeConfigBasicAuth)
                or isinstance(auth_scheme_configs_item_data, AuthSchemeConfigOAuth2)
                or isinstance(auth_scheme_configs_item_data, AuthSchemeConfigHmac)
            ):
                auth_scheme_configs_item = auth_scheme_configs_item_data.to_dict()
            else:
                auth_scheme_configs_item = auth_scheme_configs_item_data.to_dict()

            auth_scheme_configs.append(auth_scheme_configs_item)

        connections = []
        for connections_item_data in self.connections:
            connections_item = connections_item_data.to_dict()
            connections.append(connections_item)

        versions = []
        for versions_item_data in self.versions:
            versions_item = versions_item_data.to_dict()
            versions.append(versions_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        protocol = self.protocol

        base_url = self.base_url

        documentation_url = self.documentation_url

        image_url = self.image_url

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        connection_variables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.connection_variables, Unset):
            connection_variables = []
            for connection_variables_item_data in self.connection_variables:
                connection_variables_item = connection_variables_item_data.to_dict()
                connection_variables.append(connection_variables_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organisationId": organisation_id,
                "name": name,
                "public": public,
                "authSchemeConfigs": auth_scheme_configs,
                "connections": connections,
                "versions": versions,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "protocol": protocol,
                "baseUrl": base_url,
            }
        )
        if documentation_url is not UNSET:
            field_dict["documentationURL"] = documentation_url
        if image_url is not UNSET:
            field_dict["imageURL"] = image_url
        if tags is not UNSET:
            field_dict["tags"] = tags
        if connection_variables is not UNSET:
            field_dict["connectionVariables"] = connection_variables

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.auth_scheme_config_api_key import AuthSchemeConfigApiKey
        from ..models.auth_scheme_config_basic_auth import AuthSchemeConfigBasicAuth
        from ..models.auth_scheme_config_certificate import AuthSchemeConfigCertificate
        from ..models.auth_scheme_config_hmac import AuthSchemeConfigHmac
        from ..models.auth_scheme_config_none import AuthSchemeConfigNone
        from ..models.auth_scheme_config_oauth2 import AuthSchemeConfigOAuth2
        from ..models.connection import Connection
        from ..models.connector_base_tags import ConnectorBaseTags
        from ..models.connector_version import ConnectorVersion
        from ..models.variable import Variable

        d = dict(src_dict)
        id = d.pop("id")

        organisation_id = d.pop("organisationId")

        name = d.pop("name")

        public = d.pop("public")

        auth_scheme_configs = []
        _auth_scheme_configs = d.pop("authSchemeConfigs")
        for auth_scheme_configs_item_data in _auth_scheme_configs:

            def _parse_auth_scheme_configs_item(
                data: object,
            ) -> (
                AuthSchemeConfigApiKey
                | AuthSchemeConfigBasicAuth
                | AuthSchemeConfigCertificate
                | AuthSchemeConfigHmac
                | AuthSchemeConfigNone
                | AuthSchemeConfigOAuth2
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_auth_scheme_config_type_0 = (
                        AuthSchemeConfigNone.from_dict(data)
                    )

                    return componentsschemas_auth_scheme_config_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_auth_scheme_config_type_1 = (
                        AuthSchemeConfigApiKey.from_dict(data)
                    )

                    return componentsschemas_auth_scheme_config_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_auth_scheme_config_type_2 = (
                        AuthSchemeConfigBasicAuth.from_dict(data)
                    )

                    return componentsschemas_auth_scheme_config_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_auth_scheme_config_type_3 = (
                        AuthSchemeConfigOAuth2.from_dict(data)
                    )

                    return componentsschemas_auth_scheme_config_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_auth_scheme_config_type_4 = (
                        AuthSchemeConfigHmac.from_dict(data)
                    )

                    return componentsschemas_auth_scheme_config_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_auth_scheme_config_type_5 = (
                    AuthSchemeConfigCertificate.from_dict(data)
                )

                return componentsschemas_auth_scheme_config_type_5

            auth_scheme_configs_item = _parse_auth_scheme_configs_item(
                auth_scheme_configs_item_data
            )

            auth_scheme_configs.append(auth_scheme_configs_item)

        connections = []
        _connections = d.pop("connections")
        for connections_item_data in _connections:
            connections_item = Connection.from_dict(connections_item_data)

            connections.append(connections_item)

        versions = []
        _versions = d.pop("versions")
        for versions_item_data in _versions:
            versions_item = ConnectorVersion.from_dict(versions_item_data)

            versions.append(versions_item)

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        protocol = cast(Literal["http"], d.pop("protocol"))
        if protocol != "http":
            raise ValueError(f"protocol must match const 'http', got '{protocol}'")

        base_url = d.pop("baseUrl")

        documentation_url = d.pop("documentationURL", UNSET)

        image_url = d.pop("imageURL", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: ConnectorBaseTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = ConnectorBaseTags.from_dict(_tags)

        _connection_variables = d.pop("connectionVariables", UNSET)
        connection_variables: list[Variable] | Unset = UNSET
        if _connection_variables is not UNSET:
            connection_variables = []
            for connection_variables_item_data in _connection_variables:
                connection_variables_item = Variable.from_dict(
                    connection_variables_item_data
                )

                connection_variables.append(connection_variables_item)

        http_connector = cls(
            id=id,
            organisation_id=organisation_id,
            name=name,
            public=public,
            auth_scheme_configs=auth_scheme_configs,
            connections=connections,
            versions=versions,
            created_at=created_at,
            updated_at=updated_at,
            protocol=protocol,
            base_url=base_url,
            documentation_url=documentation_url,
            image_url=image_url,
            tags=tags,
            connection_variables=connection_variables,
        )

        http_connector.additional_properties = d
        return http_connector

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
