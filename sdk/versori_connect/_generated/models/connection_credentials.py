from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connection_credential import ConnectionCredential


T = TypeVar("T", bound="ConnectionCredentials")


@_attrs_define
class ConnectionCredentials:
    """The connection's credentials for the connector's actions and for its triggers, each applied in order
    (a provider may want a session token and an API key together). At least one of the two lists is present.

    """

    action: list[ConnectionCredential] | Unset = UNSET
    trigger: list[ConnectionCredential] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = []
            for action_item_data in self.action:
                action_item = action_item_data.to_dict()
                action.append(action_item)

        trigger: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.trigger, Unset):
            trigger = []
            for trigger_item_data in self.trigger:
                trigger_item = trigger_item_data.to_dict()
                trigger.append(trigger_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if trigger is not UNSET:
            field_dict["trigger"] = trigger

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.connection_credential import ConnectionCredential

        d = dict(src_dict)
        _action = d.pop("action", UNSET)
        action: list[ConnectionCredential] | Unset = UNSET
        if _action is not UNSET:
            action = []
            for action_item_data in _action:
                action_item = ConnectionCredential.from_dict(action_item_data)

                action.append(action_item)

        _trigger = d.pop("trigger", UNSET)
        trigger: list[ConnectionCredential] | Unset = UNSET
        if _trigger is not UNSET:
            trigger = []
            for trigger_item_data in _trigger:
                trigger_item = ConnectionCredential.from_dict(trigger_item_data)

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
