from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OAuth2GrantClientCredentials")


@_attrs_define
class OAuth2GrantClientCredentials:
    """The `client_credentials` grant: the connection's own `oauth2-client` credential obtains tokens, with no
    user involved.

    """

    grant_type: Literal["client_credentials"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grantType": grant_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        grant_type = cast(Literal["client_credentials"], d.pop("grantType"))
        if grant_type != "client_credentials":
            raise ValueError(
                f"grantType must match const 'client_credentials', got '{grant_type}'"
            )

        oauth2_grant_client_credentials = cls(
            grant_type=grant_type,
        )

        oauth2_grant_client_credentials.additional_properties = d
        return oauth2_grant_client_credentials

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
