from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.credential_data_binary import CredentialDataBinary


T = TypeVar("T", bound="CredentialBinaryData")


@_attrs_define
class CredentialBinaryData:
    """The `data` of a `binary` credential: its details under `binary`,
    which is required; no other key is taken.

    """

    binary: CredentialDataBinary
    """ The details of a `binary` credential, such as a key file. `valueBase64` is secret. """

    def to_dict(self) -> dict[str, Any]:
        binary = self.binary.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "binary": binary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credential_data_binary import CredentialDataBinary

        d = dict(src_dict)
        binary = CredentialDataBinary.from_dict(d.pop("binary"))

        credential_binary_data = cls(
            binary=binary,
        )

        return credential_binary_data
