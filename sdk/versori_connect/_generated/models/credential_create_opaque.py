from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credential_create_opaque_type import (
    CredentialCreateOpaqueType,
    check_credential_create_opaque_type,
)

if TYPE_CHECKING:
    from ..models.credential_data_opaque import CredentialDataOpaque


T = TypeVar("T", bound="CredentialCreateOpaque")


@_attrs_define
class CredentialCreateOpaque:
    """A credential of type `custom-function` or `jwt-bearer`."""

    name: str
    """ The credential's name. """
    type_: CredentialCreateOpaqueType
    data: CredentialDataOpaque
    """ The data of a `custom-function` or `jwt-bearer` credential, whose shape Versori does not publish: an
    object, kept as given.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str = self.type_

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credential_data_opaque import CredentialDataOpaque

        d = dict(src_dict)
        name = d.pop("name")

        type_ = check_credential_create_opaque_type(d.pop("type"))

        data = CredentialDataOpaque.from_dict(d.pop("data"))

        credential_create_opaque = cls(
            name=name,
            type_=type_,
            data=data,
        )

        credential_create_opaque.additional_properties = d
        return credential_create_opaque

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
