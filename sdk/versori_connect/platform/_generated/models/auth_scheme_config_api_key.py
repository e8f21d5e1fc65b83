from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.parameter_location import ParameterLocation, check_parameter_location
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message import Message


T = TypeVar("T", bound="AuthSchemeConfigAPIKey")


@_attrs_define
class AuthSchemeConfigAPIKey:
    """The keyed object of an `api-key` config: the key is sent as the query parameter, header or cookie `name`."""

    id: str
    """ The id of an auth scheme config, chosen by whoever writes the config and unique among the configs of its
    system. Versori's descriptions call it a ULID, but type it as text, and Versori's CLI sends the name the
    user gives (`systems add-auth-scheme --name`) as the id; so any id of letters, digits and `.`, `_`, `~`
    and `-` is taken (the characters a URL path carries as they are, RFC 3986 section 2.3), a ULID included.
     """
    description: str
    """ Tells apart several configs of the same type. It may be empty (Versori's CLI sends `""` when no
    description is given).
     """
    name: str
    """ The query parameter, header or cookie that carries the key. """
    in_: ParameterLocation
    """ Where a value travels in a request to the provider. """
    validation_messages: list[Message] | Unset = UNSET
    """ Notes the server made when it checked the config; ignored when sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description: str
        description = self.description

        name = self.name

        in_: str = self.in_

        validation_messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.validation_messages, Unset):
            validation_messages = []
            for validation_messages_item_data in self.validation_messages:
                validation_messages_item = validation_messages_item_data.to_dict()
                validation_messages.append(validation_messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "description": description,
                "name": name,
                "in": in_,
            }
        )
        if validation_messages is not UNSET:
            field_dict["validationMessages"] = validation_messages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.message import Message

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_description(data: object) -> str:
            return cast(str, data)

        description = _parse_description(d.pop("description"))

        name = d.pop("name")

        in_ = check_parameter_location(d.pop("in"))

        _validation_messages = d.pop("validationMessages", UNSET)
        validation_messages: list[Message] | Unset = UNSET
        if _validation_messages is not UNSET:
            validation_messages = []
            for validation_messages_item_data in _validation_messages:
                validation_messages_item = Message.from_dict(
                    validation_messages_item_data
                )

                validation_messages.append(validation_messages_item)

        auth_scheme_config_api_key = cls(
            id=id,
            description=description,
            name=name,
            in_=in_,
            validation_messages=validation_messages,
        )

        auth_scheme_config_api_key.additional_properties = d
        return auth_scheme_config_api_key

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
