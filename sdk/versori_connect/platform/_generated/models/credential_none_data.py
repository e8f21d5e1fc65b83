from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credential_data_none import CredentialDataNone


T = TypeVar("T", bound="CredentialNoneData")


@_attrs_define
class CredentialNoneData:
    """The `data` of a `none` credential: an empty object, or `none` holding an empty object. Versori's own
    front end sends `{}` and its CLI leaves `data` out, so neither the key nor `data` is required for this
    type.

    """

    none: CredentialDataNone | Unset = UNSET
    """ The details of a `none` credential, which holds nothing. """

    def to_dict(self) -> dict[str, Any]:
        none: dict[str, Any] | Unset = UNSET
        if not isinstance(self.none, Unset):
            none = self.none.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if none is not UNSET:
            field_dict["none"] = none

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credential_data_none import CredentialDataNone

        d = dict(src_dict)
        _none = d.pop("none", UNSET)
        none: CredentialDataNone | Unset
        if isinstance(_none, Unset):
            none = UNSET
        else:
            none = CredentialDataNone.from_dict(_none)

        credential_none_data = cls(
            none=none,
        )

        return credential_none_data
