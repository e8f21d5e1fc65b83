from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_field import ErrorField


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """Every answer other than 2xx carries this body."""

    code: str
    """ A stable, machine-readable reason; branch on this, not on `message`. Among them: `invalid_request`,
    `invalid_json`, `conflicting_parameter`, `duplicate_parameter`, `client_id_mismatch`, `unauthorized`,
    `forbidden`, `credential_organisation_mismatch`, `not_found`, `credential_not_found`,
    `connection_not_found`, `auth_scheme_config_not_found`, `invalid_state`, `code_exchange_failed`,
    `id_mismatch`, `scheme_type_change`, `credential_type_mismatch`, `conflict`, `connection_in_use`,
    `method_not_allowed`, `request_timeout`, `payload_too_large`, `unsupported_media_type`,
    `headers_too_large`, `rate_limited`, `internal_error`, `provider_unavailable` and
    `service_unavailable`. New codes may be added.
     """
    message: str
    """ What went wrong, for a person to read and act on. """
    fields: list[ErrorField] | Unset = UNSET
    """ The fields at fault, when the request's content is. """
    details: str | Unset = UNSET
    """ More about the error, when there is more to say. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if fields is not UNSET:
            field_dict["fields"] = fields
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error_field import ErrorField

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        _fields = d.pop("fields", UNSET)
        fields: list[ErrorField] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = ErrorField.from_dict(fields_item_data)

                fields.append(fields_item)

        details = d.pop("details", UNSET)

        error = cls(
            code=code,
            message=message,
            fields=fields,
            details=details,
        )

        error.additional_properties = d
        return error

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
