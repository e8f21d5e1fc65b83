from __future__ import annotations

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

if TYPE_CHECKING:
    from ..models.credential_data_username_password import (
        CredentialDataUsernamePassword,
    )


T = TypeVar("T", bound="CredentialCreateOAuth2Password")


@_attrs_define
class CredentialCreateOAuth2Password:
    """A credential of type `oauth2-password`."""

    name: str
    """ The credential's name. """
    type_: Literal["oauth2-password"]
    data: CredentialDataUsernamePassword
    """ The data of a `basic-auth` or an `oauth2-password` credential (the same shape: which one it is, is the
    credential's `type`). `password` is secret.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

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
        from ..models.credential_data_username_password import (
            CredentialDataUsernamePassword,
        )

        d = dict(src_dict)
        name = d.pop("name")

        type_ = cast(Literal["oauth2-password"], d.pop("type"))
        if type_ != "oauth2-password":
            raise ValueError(f"type must match const 'oauth2-password', got '{type_}'")

        data = CredentialDataUsernamePassword.from_dict(d.pop("data"))

        credential_create_oauth2_password = cls(
            name=name,
            type_=type_,
            data=data,
        )

        credential_create_oauth2_password.additional_properties = d
        return credential_create_oauth2_password

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
