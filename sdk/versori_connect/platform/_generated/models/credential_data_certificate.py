from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CredentialDataCertificate")


@_attrs_define
class CredentialDataCertificate:
    """The details of a `certificate` credential, in PEM. `key` is secret."""

    certificate: str
    """ The client certificate. """
    key: str
    """ The certificate's private key; reads back as `[redacted]`. """
    ca: str
    """ The certificate authority the provider's certificate is checked against. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        certificate = self.certificate

        key = self.key

        ca = self.ca

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "certificate": certificate,
                "key": key,
                "ca": ca,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        certificate = d.pop("certificate")

        key = d.pop("key")

        ca = d.pop("ca")

        credential_data_certificate = cls(
            certificate=certificate,
            key=key,
            ca=ca,
        )

        credential_data_certificate.additional_properties = d
        return credential_data_certificate

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
