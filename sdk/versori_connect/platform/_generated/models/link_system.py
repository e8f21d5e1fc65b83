from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LinkSystem")


@_attrs_define
class LinkSystem:
    """A system to link into an environment of the project; see `create_connection_template`. Versori's
    description requires `environment`, which is no field; the field is `environmentId`, required here.

    """

    system_id: str
    """ A ULID: 26 characters of Crockford's base32 in upper case, the first one 0 to 7 (a larger first
    character would overflow the 128-bit value). Versori's descriptions write these as `format: ulid`.
     """
    name: str
    """ How the project's code names the template's system; unique within the environment. """
    environment_id: str
    """ A ULID: 26 characters of Crockford's base32 in upper case, the first one 0 to 7 (a larger first
    character would overflow the 128-bit value). Versori's descriptions write these as `format: ulid`.
     """
    dynamic: bool | Unset = False
    """ True when each of the template's connections belongs to one end user (the integration runs for many
    users); false, the default, when its connections are static.
     """

    def to_dict(self) -> dict[str, Any]:
        system_id = self.system_id

        name = self.name

        environment_id = self.environment_id

        dynamic = self.dynamic

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "systemId": system_id,
                "name": name,
                "environmentId": environment_id,
            }
        )
        if dynamic is not UNSET:
            field_dict["dynamic"] = dynamic

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        system_id = d.pop("systemId")

        name = d.pop("name")

        environment_id = d.pop("environmentId")

        dynamic = d.pop("dynamic", UNSET)

        link_system = cls(
            system_id=system_id,
            name=name,
            environment_id=environment_id,
            dynamic=dynamic,
        )

        return link_system
