from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.parameter_config_location import (
    ParameterConfigLocation,
    check_parameter_config_location,
)
from ..models.parameter_config_usages import (
    ParameterConfigUsages,
    check_parameter_config_usages,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ParameterConfig")


@_attrs_define
class ParameterConfig:
    """One more parameter an OAuth 1.0 endpoint takes, where it travels, and whether a user may change it.
    Versori's description makes this object require `usage`, which is no field of it; the field is `usages`,
    optional, as Versori's own code has it.

    """

    parameter_name: str
    """ The parameter's key. """
    location: ParameterConfigLocation
    """ Where the parameter travels (or, with `LOCATION_IGNORE`, that it does not). """
    required: bool
    """ True when every request to the endpoint must carry it. """
    modifiable: bool
    """ True when a user may change its value when connecting. """
    target_name: str | Unset = UNSET
    """ The name the parameter is sent under, when it is not `parameterName`. """
    usages: ParameterConfigUsages | Unset = UNSET
    """ Which request takes the parameter. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parameter_name = self.parameter_name

        location: str = self.location

        required = self.required

        modifiable = self.modifiable

        target_name = self.target_name

        usages: str | Unset = UNSET
        if not isinstance(self.usages, Unset):
            usages = self.usages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "parameterName": parameter_name,
                "location": location,
                "required": required,
                "modifiable": modifiable,
            }
        )
        if target_name is not UNSET:
            field_dict["targetName"] = target_name
        if usages is not UNSET:
            field_dict["usages"] = usages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        parameter_name = d.pop("parameterName")

        location = check_parameter_config_location(d.pop("location"))

        required = d.pop("required")

        modifiable = d.pop("modifiable")

        target_name = d.pop("targetName", UNSET)

        _usages = d.pop("usages", UNSET)
        usages: ParameterConfigUsages | Unset
        if isinstance(_usages, Unset):
            usages = UNSET
        else:
            usages = check_parameter_config_usages(_usages)

        parameter_config = cls(
            parameter_name=parameter_name,
            location=location,
            required=required,
            modifiable=modifiable,
            target_name=target_name,
            usages=usages,
        )

        parameter_config.additional_properties = d
        return parameter_config

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
