from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EndUserCreate")


@_attrs_define
class EndUserCreate:
    """A new end user; see `create_end_user`."""

    external_id: str
    """ How the organisation's own product knows an end user: any text without control characters, and without
    `/`, since it travels in a URL path (`/users/{user_id}`).
     """
    display_name: str | Unset = UNSET
    """ A name for people, or an empty string when none was given. """

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        display_name: str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "externalId": external_id,
            }
        )
        if display_name is not UNSET:
            field_dict["displayName"] = display_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        def _parse_display_name(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        display_name = _parse_display_name(d.pop("displayName", UNSET))

        end_user_create = cls(
            external_id=external_id,
            display_name=display_name,
        )

        return end_user_create
