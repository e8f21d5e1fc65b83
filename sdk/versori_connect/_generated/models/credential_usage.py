from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.credential_usage_connection import CredentialUsageConnection


T = TypeVar("T", bound="CredentialUsage")


@_attrs_define
class CredentialUsage:
    """Something that uses a credential; today only connections are tracked."""

    connection: CredentialUsageConnection
    """ A connection that uses the credential, with its connector. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection = self.connection.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connection": connection,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credential_usage_connection import CredentialUsageConnection

        d = dict(src_dict)
        connection = CredentialUsageConnection.from_dict(d.pop("connection"))

        credential_usage = cls(
            connection=connection,
        )

        credential_usage.additional_properties = d
        return credential_usage

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
