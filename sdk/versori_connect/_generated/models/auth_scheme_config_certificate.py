from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message import Message


T = TypeVar("T", bound="AuthSchemeConfigCertificate")


@_attrs_define
class AuthSchemeConfigCertificate:
    """A TLS client certificate (`schemeType` `certificate`); takes a credential of type `certificate`."""

    id: str
    """ A ULID: 26 characters of Crockford's base32 in upper case, the first one 0 to 7 (a larger first
    character would overflow the 128-bit value).
     """
    description: str
    """ Tells apart several configs of the same `schemeType`. """
    scheme_type: Literal["certificate"]
    validation_messages: list[Message] | Unset = UNSET
    """ Notes the server made when it checked the config; ignored when sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        scheme_type = self.scheme_type

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
                "schemeType": scheme_type,
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

        description = d.pop("description")

        scheme_type = cast(Literal["certificate"], d.pop("schemeType"))
        if scheme_type != "certificate":
            raise ValueError(
                f"schemeType must match const 'certificate', got '{scheme_type}'"
            )

        _validation_messages = d.pop("validationMessages", UNSET)
        validation_messages: list[Message] | Unset = UNSET
        if _validation_messages is not UNSET:
            validation_messages = []
            for validation_messages_item_data in _validation_messages:
                validation_messages_item = Message.from_dict(
                    validation_messages_item_data
                )

                validation_messages.append(validation_messages_item)

        auth_scheme_config_certificate = cls(
            id=id,
            description=description,
            scheme_type=scheme_type,
            validation_messages=validation_messages,
        )

        auth_scheme_config_certificate.additional_properties = d
        return auth_scheme_config_certificate

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
