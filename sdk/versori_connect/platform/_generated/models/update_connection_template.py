from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateConnectionTemplate")


@_attrs_define
class UpdateConnectionTemplate:
    """What changes in a connection template; each field left out is kept."""

    name: str | Unset = UNSET
    """ How the project's code names the template's system; unique within the environment. """
    dynamic: bool | Unset = UNSET
    """ Whether the template's connections are dynamic (see `update_connection_template`). """
    auth_scheme_config_ids: list[str] | Unset = UNSET
    """ The ids of the system's auth scheme configs the template offers, in the order applied. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        dynamic = self.dynamic

        auth_scheme_config_ids: list[str] | Unset = UNSET
        if not isinstance(self.auth_scheme_config_ids, Unset):
            auth_scheme_config_ids = self.auth_scheme_config_ids

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if dynamic is not UNSET:
            field_dict["dynamic"] = dynamic
        if auth_scheme_config_ids is not UNSET:
            field_dict["authSchemeConfigIds"] = auth_scheme_config_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        dynamic = d.pop("dynamic", UNSET)

        auth_scheme_config_ids = cast(list[str], d.pop("authSchemeConfigIds", UNSET))

        update_connection_template = cls(
            name=name,
            dynamic=dynamic,
            auth_scheme_config_ids=auth_scheme_config_ids,
        )

        return update_connection_template
