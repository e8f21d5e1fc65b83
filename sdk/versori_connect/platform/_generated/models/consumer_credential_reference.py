from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ConsumerCredentialReference")


@_attrs_define
class ConsumerCredentialReference:
    """The organisation's credential that holds an `oauth1` config's consumer secret: the one the config's
    `credentialId` names.

    """

    id: str
    """ A ULID: 26 characters of Crockford's base32 in upper case, the first one 0 to 7 (a larger first
    character would overflow the 128-bit value). Versori's descriptions write these as `format: ulid`.
     """
    organisation_id: str
    """ A ULID: 26 characters of Crockford's base32 in upper case, the first one 0 to 7 (a larger first
    character would overflow the 128-bit value). Versori's descriptions write these as `format: ulid`.
     """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organisation_id = self.organisation_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "organisationId": organisation_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        organisation_id = d.pop("organisationId")

        consumer_credential_reference = cls(
            id=id,
            organisation_id=organisation_id,
        )

        return consumer_credential_reference
