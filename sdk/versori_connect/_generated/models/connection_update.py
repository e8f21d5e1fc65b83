from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connection_credentials_update import ConnectionCredentialsUpdate
    from ..models.variable import Variable


T = TypeVar("T", bound="ConnectionUpdate")


@_attrs_define
class ConnectionUpdate:
    """The connection as it should be: `id` (the path's), the name, and optionally the variables and the
    credentials' order and configs. Absent `variables` or `credentials` are kept.

    """

    id: str
    """ A ULID: 26 characters of Crockford's base32 in upper case, the first one 0 to 7 (a larger first
    character would overflow the 128-bit value).
     """
    name: str
    """ The connection's name, unique within its connector. """
    credentials: ConnectionCredentialsUpdate | Unset = UNSET
    """ The connection's credentials in their new order, for actions and for triggers. """
    variables: list[Variable] | Unset = UNSET
    """ The new variables, replacing all of them (`[]` deletes them); absent keeps them. """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credentials, Unset):
            credentials = self.credentials.to_dict()

        variables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = []
            for variables_item_data in self.variables:
                variables_item = variables_item_data.to_dict()
                variables.append(variables_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.connection_credentials_update import ConnectionCredentialsUpdate
        from ..models.variable import Variable

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        _credentials = d.pop("credentials", UNSET)
        credentials: ConnectionCredentialsUpdate | Unset
        if isinstance(_credentials, Unset):
            credentials = UNSET
        else:
            credentials = ConnectionCredentialsUpdate.from_dict(_credentials)

        _variables = d.pop("variables", UNSET)
        variables: list[Variable] | Unset = UNSET
        if _variables is not UNSET:
            variables = []
            for variables_item_data in _variables:
                variables_item = Variable.from_dict(variables_item_data)

                variables.append(variables_item)

        connection_update = cls(
            id=id,
            name=name,
            credentials=credentials,
            variables=variables,
        )

        return connection_update
