from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.connector_summary import ConnectorSummary


T = TypeVar("T", bound="CredentialUsageConnection")


@_attrs_define
class CredentialUsageConnection:
    """A connection that uses the credential, with its connector."""

    id: str
    """ A ULID: 26 characters of Crockford's base32 in upper case, the first one 0 to 7 (a larger first
    character would overflow the 128-bit value).
     """
    name: str
    connector: ConnectorSummary
    """ A connector in brief, as a credential's usages show it. """
    created_at: datetime.datetime
    """ An RFC 3339 time in UTC. """
    updated_at: datetime.datetime
    """ An RFC 3339 time in UTC. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        connector = self.connector.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "connector": connector,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.connector_summary import ConnectorSummary

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        connector = ConnectorSummary.from_dict(d.pop("connector"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        credential_usage_connection = cls(
            id=id,
            name=name,
            connector=connector,
            created_at=created_at,
            updated_at=updated_at,
        )

        credential_usage_connection.additional_properties = d
        return credential_usage_connection

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
