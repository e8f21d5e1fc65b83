from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.credential_data_string import CredentialDataString


T = TypeVar("T", bound="CredentialStringData")


@_attrs_define
class CredentialStringData:
    """The `data` of a `string` credential: its details under `string`,
    which is required; no other key is taken.

    """

    string: CredentialDataString
    """ The details of a `string` credential. `value` is secret. """

    def to_dict(self) -> dict[str, Any]:
        string = self.string.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "string": string,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credential_data_string import CredentialDataString

        d = dict(src_dict)
        string = CredentialDataString.from_dict(d.pop("string"))

        credential_string_data = cls(
            string=string,
        )

        return credential_string_data
