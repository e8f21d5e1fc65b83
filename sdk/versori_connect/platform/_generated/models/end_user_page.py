from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.end_user import EndUser


T = TypeVar("T", bound="EndUserPage")


@_attrs_define
class EndUserPage:
    """The organisation's end users, in one page; they are under `users`, not `items`."""

    total_count: int
    """ How many end users match, in all. """
    users: list[EndUser]
    next_: str | Unset = UNSET
    """ Never set by this server (the list has no cursors); kept from Versori's shape. """
    prev: str | Unset = UNSET
    """ Never set by this server (the list has no cursors); kept from Versori's shape. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        next_ = self.next_

        prev = self.prev

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalCount": total_count,
                "users": users,
            }
        )
        if next_ is not UNSET:
            field_dict["next"] = next_
        if prev is not UNSET:
            field_dict["prev"] = prev

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.end_user import EndUser

        d = dict(src_dict)
        total_count = d.pop("totalCount")

        users = []
        _users = d.pop("users")
        for users_item_data in _users:
            users_item = EndUser.from_dict(users_item_data)

            users.append(users_item)

        next_ = d.pop("next", UNSET)

        prev = d.pop("prev", UNSET)

        end_user_page = cls(
            total_count=total_count,
            users=users,
            next_=next_,
            prev=prev,
        )

        end_user_page.additional_properties = d
        return end_user_page

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
