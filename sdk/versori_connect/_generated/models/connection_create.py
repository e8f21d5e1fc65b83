from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.connection_credentials_create import ConnectionCredentialsCreate
    from ..models.variable import Variable


T = TypeVar("T", bound="ConnectionCreate")


@_attrs_define
class ConnectionCreate:
    """A new connection of the connector; `name` is unique within the connector."""

    name: str
    """ The connection's name, unique within its connector. """
    credentials: ConnectionCredentialsCreate
    """ The new connection's credentials for the connector's actions and for its triggers, in order. """
    variables: list[Variable]

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        credentials = self.credentials.to_dict()

        variables = []
        for variables_item_data in self.variables:
            variables_item = variables_item_data.to_dict()
            variables.append(variables_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "credentials": credentials,
                "variables": variables,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.connection_credentials_create import ConnectionCredentialsCreate
        from ..models.variable import Variable

        d = dict(src_dict)
        name = d.pop("name")

        credentials = ConnectionCredentialsCreate.from_dict(d.pop("credentials"))

        variables = []
        _variables = d.pop("variables")
        for variables_item_data in _variables:
            variables_item = Variable.from_dict(variables_item_data)

            variables.append(variables_item)

        connection_create = cls(
            name=name,
            credentials=credentials,
            variables=variables,
        )

        return connection_create
