from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credential_type import CredentialType, check_credential_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.oauth2_token_data import OAuth2TokenData


T = TypeVar("T", bound="Credential")


@_attrs_define
class Credential:
    """A stored credential, as read back (secrets left out)."""

    id: str
    """ A ULID: 26 characters of Crockford's base32 in upper case, the first one 0 to 7 (a larger first
    character would overflow the 128-bit value).
     """
    organisation_id: str
    """ A ULID: 26 characters of Crockford's base32 in upper case, the first one 0 to 7 (a larger first
    character would overflow the 128-bit value).
     """
    type_: CredentialType
    name: str
    data: OAuth2TokenData
    """ What was obtained from the provider. `accessToken` and `refreshToken` are stored but never read back.
     """
    expires_at: datetime.datetime | Unset = UNSET
    """ An RFC 3339 time in UTC. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organisation_id = self.organisation_id

        type_: str = self.type_

        name = self.name

        data = self.data.to_dict()

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organisationId": organisation_id,
                "type": type_,
                "name": name,
                "data": data,
            }
        )
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.oauth2_token_data import OAuth2TokenData

        d = dict(src_dict)
        id = d.pop("id")

        organisation_id = d.pop("organisationId")

        type_ = check_credential_type(d.pop("type"))

        name = d.pop("name")

        data = OAuth2TokenData.from_dict(d.pop("data"))

        _expires_at = d.pop("expiresAt", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        credential = cls(
            id=id,
            organisation_id=organisation_id,
            type_=type_,
            name=name,
            data=data,
            expires_at=expires_at,
        )

        credential.additional_properties = d
        return credential

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
