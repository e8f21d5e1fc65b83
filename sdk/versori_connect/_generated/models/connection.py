from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.connection_credentials import ConnectionCredentials
    from ..models.variable import Variable


T = TypeVar("T", bound="Connection")


@_attrs_define
class Connection:
    """A connection of a connector to one account at a provider, its secrets left out."""

    id: str
    """ A ULID: 26 characters of Crockford's base32 in upper case, the first one 0 to 7 (a larger first
    character would overflow the 128-bit value).
     """
    name: str
    """ The connection's name, unique within its connector. """
    credentials: ConnectionCredentials
    """ The connection's credentials for the connector's actions and for its triggers, each applied in order
    (a provider may want a session token and an API key together). At least one of the two lists is present.
     """
    variables: list[Variable]
    created_at: datetime.datetime
    """ An RFC 3339 time in UTC. """
    updated_at: datetime.datetime
    """ An RFC 3339 time in UTC. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        credentials = self.credentials.to_dict()

        variables = []
        for variables_item_data in self.variables:
            variables_item = variables_item_data.to_dict()
            variables.append(variables_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "credentials": credentials,
                "variables": variables,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.connection_credentials import ConnectionCredentials
        from ..models.variable import Variable

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        credentials = ConnectionCredentials.from_dict(d.pop("credentials"))

        variables = []
        _variables = d.pop("variables")
        for variables_item_data in _variables:
            variables_item = Variable.from_dict(variables_item_data)

            variables.append(variables_item)

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        connection = cls(
            id=id,
            name=name,
            credentials=credentials,
            variables=variables,
            created_at=created_at,
            updated_at=updated_at,
        )

        connection.additional_properties = d
        return connection

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
