from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.endpoint_parameter_transmission import (
    EndpointParameterTransmission,
    check_endpoint_parameter_transmission,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.parameter_config import ParameterConfig


T = TypeVar("T", bound="Endpoint")


@_attrs_define
class Endpoint:
    """An OAuth 1.0 endpoint, and how the OAuth parameters travel to it."""

    url: str
    """ The endpoint's URL; it may hold `{name}` placeholders, filled in from the parameters when connecting, so
    it is not always a URI as it stands.
     """
    additional_param_configs: list[ParameterConfig] | Unset = UNSET
    """ More parameters the endpoint takes. """
    parameter_transmission: EndpointParameterTransmission | Unset = UNSET
    """ How the OAuth parameters are sent (RFC 5849 section 3.5): in the `Authorization` header, in the form
    body, or in the query.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        additional_param_configs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_param_configs, Unset):
            additional_param_configs = []
            for additional_param_configs_item_data in self.additional_param_configs:
                additional_param_configs_item = (
                    additional_param_configs_item_data.to_dict()
                )
                additional_param_configs.append(additional_param_configs_item)

        parameter_transmission: str | Unset = UNSET
        if not isinstance(self.parameter_transmission, Unset):
            parameter_transmission = self.parameter_transmission

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if additional_param_configs is not UNSET:
            field_dict["additionalParamConfigs"] = additional_param_configs
        if parameter_transmission is not UNSET:
            field_dict["parameterTransmission"] = parameter_transmission

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.parameter_config import ParameterConfig

        d = dict(src_dict)
        url = d.pop("url")

        _additional_param_configs = d.pop("additionalParamConfigs", UNSET)
        additional_param_configs: list[ParameterConfig] | Unset = UNSET
        if _additional_param_configs is not UNSET:
            additional_param_configs = []
            for additional_param_configs_item_data in _additional_param_configs:
                additional_param_configs_item = ParameterConfig.from_dict(
                    additional_param_configs_item_data
                )

                additional_param_configs.append(additional_param_configs_item)

        _parameter_transmission = d.pop("parameterTransmission", UNSET)
        parameter_transmission: EndpointParameterTransmission | Unset
        if isinstance(_parameter_transmission, Unset):
            parameter_transmission = UNSET
        else:
            parameter_transmission = check_endpoint_parameter_transmission(
                _parameter_transmission
            )

        endpoint = cls(
            url=url,
            additional_param_configs=additional_param_configs,
            parameter_transmission=parameter_transmission,
        )

        endpoint.additional_properties = d
        return endpoint

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
