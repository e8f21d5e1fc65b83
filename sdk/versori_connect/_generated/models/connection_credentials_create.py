from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connection_credential_create import ConnectionCredentialCreate


T = TypeVar("T", bound="ConnectionCredentialsCreate")


@_attrs_define
class ConnectionCredentialsCreate:
    """The new connection's credentials for the connector's actions and for its triggers, in order."""

    action: list[ConnectionCredentialCreate] | Unset = UNSET
    trigger: list[ConnectionCredentialCreate] | Unset = UNSET

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

        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if trigger is not UNSET:
            field_dict["trigger"] = trigger

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.connection_credential_create import ConnectionCredentialCreate

        d = dict(src_dict)
        _action = d.pop("action", UNSET)
        action: list[ConnectionCredentialCreate] | Unset = UNSET
        if _action is not UNSET:
            action = []
            for action_item_data in _action:
                action_item = ConnectionCredentialCreate.from_dict(action_item_data)

                action.append(action_item)

        _trigger = d.pop("trigger", UNSET)
        trigger: list[ConnectionCredentialCreate] | Unset = UNSET
        if _trigger is not UNSET:
            trigger = []
            for trigger_item_data in _trigger:
                trigger_item = ConnectionCredentialCreate.from_dict(trigger_item_data)

                trigger.append(trigger_item)

        connection_credentials_create = cls(
            action=action,
            trigger=trigger,
        )

        return connection_credentials_create
