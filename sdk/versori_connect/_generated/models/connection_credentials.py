from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.credential_assignment import CredentialAssignment


T = TypeVar("T", bound="ConnectionCredentials")


@_attrs_define
class ConnectionCredentials:
    """The credentials of the connection, for actions and for triggers."""

    action: list[CredentialAssignment]
    trigger: list[CredentialAssignment]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = []
        for action_item_data in self.action:
            action_item = action_item_data.to_dict()
            action.append(action_item)

        trigger = []
        for trigger_item_data in self.trigger:
            trigger_item = trigger_item_data.to_dict()
            trigger.append(trigger_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "trigger": trigger,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credential_assignment import CredentialAssignment

        d = dict(src_dict)
        action = []
        _action = d.pop("action")
        for action_item_data in _action:
            action_item = CredentialAssignment.from_dict(action_item_data)

            action.append(action_item)

        trigger = []
        _trigger = d.pop("trigger")
        for trigger_item_data in _trigger:
            trigger_item = CredentialAssignment.from_dict(trigger_item_data)

            trigger.append(trigger_item)

        connection_credentials = cls(
            action=action,
            trigger=trigger,
        )

        connection_credentials.additional_properties = d
        return connection_credentials

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
