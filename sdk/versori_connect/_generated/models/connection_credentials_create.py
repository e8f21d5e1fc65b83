from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.credential_assignment_create import CredentialAssignmentCreate


T = TypeVar("T", bound="ConnectionCredentialsCreate")


@_attrs_define
class ConnectionCredentialsCreate:
    """The credentials of the connection, for the connector's actions and its triggers. Exactly one
    `oauth2-code` credential, in either list, completes the OAuth 2.0 loop.

    """

    action: list[CredentialAssignmentCreate]
    trigger: list[CredentialAssignmentCreate]

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

        field_dict.update(
            {
                "action": action,
                "trigger": trigger,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credential_assignment_create import CredentialAssignmentCreate

        d = dict(src_dict)
        action = []
        _action = d.pop("action")
        for action_item_data in _action:
            action_item = CredentialAssignmentCreate.from_dict(action_item_data)

            action.append(action_item)

        trigger = []
        _trigger = d.pop("trigger")
        for trigger_item_data in _trigger:
            trigger_item = CredentialAssignmentCreate.from_dict(trigger_item_data)

            trigger.append(trigger_item)

        connection_credentials_create = cls(
            action=action,
            trigger=trigger,
        )

        return connection_credentials_create
