from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.oauth2_grant_type import OAuth2GrantType, check_o_auth_2_grant_type

T = TypeVar("T", bound="OAuth2Grant")


@_attrs_define
class OAuth2Grant:
    """How the connection's tokens are obtained: the `authorization_code` grant with a stored OAuth 2.0
    client credential. `clientSecret` is only ever written, never read back.

    """

    type_: OAuth2GrantType
    credential_id: str
    """ A ULID: 26 characters of Crockford's base32 in upper case, the first one 0 to 7 (a larger first
    character would overflow the 128-bit value).
     """
    organisation_id: str
    """ A ULID: 26 characters of Crockford's base32 in upper case, the first one 0 to 7 (a larger first
    character would overflow the 128-bit value).
     """
    client_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        credential_id = self.credential_id

        organisation_id = self.organisation_id

        client_id = self.client_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "credentialId": credential_id,
                "organisationId": organisation_id,
                "clientId": client_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = check_o_auth_2_grant_type(d.pop("type"))

        credential_id = d.pop("credentialId")

        organisation_id = d.pop("organisationId")

        client_id = d.pop("clientId")

        oauth2_grant = cls(
            type_=type_,
            credential_id=credential_id,
            organisation_id=organisation_id,
            client_id=client_id,
        )

        oauth2_grant.additional_properties = d
        return oauth2_grant

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
