from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connection_create import ConnectionCreate


T = TypeVar("T", bound="EnvSystemConnectionCreate")


@_attrs_define
class EnvSystemConnectionCreate:
    """A connection to create on a connection template; see `create_connection`."""

    connection_template_id: str
    """ A ULID: 26 characters of Crockford's base32 in upper case, the first one 0 to 7 (a larger first
    character would overflow the 128-bit value). Versori's descriptions write these as `format: ulid`.
     """
    connection: ConnectionCreate
    """ The new connection itself; see `create_connection`. """
    external_id: str | Unset = UNSET
    """ How the organisation's own product knows an end user: any text without control characters, and without
    `/`, since it travels in a URL path (`/users/{user_id}`).
     """

    def to_dict(self) -> dict[str, Any]:
        connection_template_id = self.connection_template_id

        connection = self.connection.to_dict()

        external_id = self.external_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "connectionTemplateId": connection_template_id,
                "connection": connection,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.connection_create import ConnectionCreate

        d = dict(src_dict)
        connection_template_id = d.pop("connectionTemplateId")

        connection = ConnectionCreate.from_dict(d.pop("connection"))

        external_id = d.pop("externalId", UNSET)

        env_system_connection_create = cls(
            connection_template_id=connection_template_id,
            connection=connection,
            external_id=external_id,
        )

        return env_system_connection_create
