from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CredentialDataOAuth2Code")


@_attrs_define
class CredentialDataOAuth2Code:
    """The data of an `oauth2-code` credential: what the provider's redirect brought back to `redirect_uri`.
    It is only ever sent; the server exchanges it and stores an `oauth2-token` credential instead.

    """

    code: str
    """ The authorization code (printable ASCII, RFC 6749 appendix A.11). """
    state: str
    """ The state initialise put in the authorize URL, as the provider sent it back. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "state": state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        state = d.pop("state")

        credential_data_oauth2_code = cls(
            code=code,
            state=state,
        )

        credential_data_oauth2_code.additional_properties = d
        return credential_data_oauth2_code

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
