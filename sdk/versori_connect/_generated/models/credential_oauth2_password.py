from __future__ import annotations

import datetime
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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credential_data_username_password import (
        CredentialDataUsernamePassword,
    )
    from ..models.credential_usage import CredentialUsage


T = TypeVar("T", bound="CredentialOAuth2Password")


@_attrs_define
class CredentialOAuth2Password:
    """A stored credential of type `oauth2-password`."""

    id: str
    """ A ULID: 26 characters of Crockford's base32 in upper case, the first one 0 to 7 (a larger first
    character would overflow the 128-bit value).
     """
    organisation_id: str
    """ A ULID: 26 characters of Crockford's base32 in upper case, the first one 0 to 7 (a larger first
    character would overflow the 128-bit value).
     """
    name: str
    """ The credential's name. """
    type_: Literal["oauth2-password"]
    data: CredentialDataUsernamePassword
    """ The data of a `basic-auth` or an `oauth2-password` credential (the same shape: which one it is, is the
    credential's `type`). `password` is secret.
     """
    usages: list[CredentialUsage] | Unset = UNSET
    """ What uses the credential, when the answer includes it (absent means not loaded). """
    errors: list[str] | Unset = UNSET
    """ Problems found when the credential was checked: empty when it is valid, absent when it was not
    checked.
     """
    expires_at: datetime.datetime | Unset = UNSET
    """ An RFC 3339 time in UTC. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organisation_id = self.organisation_id

        name = self.name

        type_ = self.type_

        data = self.data.to_dict()

        usages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.usages, Unset):
            usages = []
            for usages_item_data in self.usages:
                usages_item = usages_item_data.to_dict()
                usages.append(usages_item)

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organisationId": organisation_id,
                "name": name,
                "type": type_,
                "data": data,
            }
        )
        if usages is not UNSET:
            field_dict["usages"] = usages
        if errors is not UNSET:
            field_dict["errors"] = errors
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credential_data_username_password import (
            CredentialDataUsernamePassword,
        )
        from ..models.credential_usage import CredentialUsage

        d = dict(src_dict)
        id = d.pop("id")

        organisation_id = d.pop("organisationId")

        name = d.pop("name")

        type_ = cast(Literal["oauth2-password"], d.pop("type"))
        if type_ != "oauth2-password":
            raise ValueError(f"type must match const 'oauth2-password', got '{type_}'")

        data = CredentialDataUsernamePassword.from_dict(d.pop("data"))

        _usages = d.pop("usages", UNSET)
        usages: list[CredentialUsage] | Unset = UNSET
        if _usages is not UNSET:
            usages = []
            for usages_item_data in _usages:
                usages_item = CredentialUsage.from_dict(usages_item_data)

                usages.append(usages_item)

        errors = cast(list[str], d.pop("errors", UNSET))

        _expires_at = d.pop("expiresAt", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        credential_oauth2_password = cls(
            id=id,
            organisation_id=organisation_id,
            name=name,
            type_=type_,
            data=data,
            usages=usages,
            errors=errors,
            expires_at=expires_at,
        )

        credential_oauth2_password.additional_properties = d
        return credential_oauth2_password

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
