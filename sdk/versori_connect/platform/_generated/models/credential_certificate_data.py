from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.credential_data_certificate import CredentialDataCertificate


T = TypeVar("T", bound="CredentialCertificateData")


@_attrs_define
class CredentialCertificateData:
    """The `data` of a `certificate` credential: its details under `certificate`,
    which is required; no other key is taken.

    """

    certificate: CredentialDataCertificate
    """ The details of a `certificate` credential, in PEM. `key` is secret. """

    def to_dict(self) -> dict[str, Any]:
        certificate = self.certificate.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "certificate": certificate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credential_data_certificate import CredentialDataCertificate

        d = dict(src_dict)
        certificate = CredentialDataCertificate.from_dict(d.pop("certificate"))

        credential_certificate_data = cls(
            certificate=certificate,
        )

        return credential_certificate_data
