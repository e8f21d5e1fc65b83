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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credential_certificate_data import CredentialCertificateData


T = TypeVar("T", bound="CredentialCertificate")


@_attrs_define
class CredentialCertificate:
    """A credential of type `certificate`: a TLS client certificate, its key and the CA."""

    id: str
    """ A ULID: 26 characters of Crockford's base32 in upper case, the first one 0 to 7 (a larger first
    character would overflow the 128-bit value). Versori's descriptions write these as `format: ulid`.
     """
    organisation_id: str
    """ A ULID: 26 characters of Crockford's base32 in upper case, the first one 0 to 7 (a larger first
    character would overflow the 128-bit value). Versori's descriptions write these as `format: ulid`.
     """
    type_: Literal["certificate"]
    name: str | Unset = UNSET
    """ The credential's name. """
    data: CredentialCertificateData | Unset = UNSET
    """ The `data` of a `certificate` credential: its details under `certificate`,
    which is required; no other key is taken.
     """
    errors: list[str] | Unset = UNSET
    """ Problems found when the credential was checked: empty when it is valid, absent when it was not checked
    (then nothing can be said either way). Ignored when sent.
     """
    expires_at: datetime.datetime | Unset = UNSET
    """ An RFC 3339 time in UTC. """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organisation_id = self.organisation_id

        type_ = self.type_

        name = self.name

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "organisationId": organisation_id,
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if data is not UNSET:
            field_dict["data"] = data
        if errors is not UNSET:
            field_dict["errors"] = errors
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credential_certificate_data import CredentialCertificateData

        d = dict(src_dict)
        id = d.pop("id")

        organisation_id = d.pop("organisationId")

        type_ = cast(Literal["certificate"], d.pop("type"))
        if type_ != "certificate":
            raise ValueError(f"type must match const 'certificate', got '{type_}'")

        name = d.pop("name", UNSET)

        _data = d.pop("data", UNSET)
        data: CredentialCertificateData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = CredentialCertificateData.from_dict(_data)

        errors = cast(list[str], d.pop("errors", UNSET))

        _expires_at = d.pop("expiresAt", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        credential_certificate = cls(
            id=id,
            organisation_id=organisation_id,
            type_=type_,
            name=name,
            data=data,
            errors=errors,
            expires_at=expires_at,
        )

        return credential_certificate
