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

if TYPE_CHECKING:
    from ..models.auth_scheme_config_base import AuthSchemeConfigBase


T = TypeVar("T", bound="AuthSchemeCertificate")


@_attrs_define
class AuthSchemeCertificate:
    """A `certificate` config (a TLS client certificate), its details under `certificate`."""

    type_: Literal["certificate"]
    certificate: AuthSchemeConfigBase
    """ What the keyed object of every auth scheme config holds, whatever its type: the id and the description.
     """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        certificate = self.certificate.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "certificate": certificate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.auth_scheme_config_base import AuthSchemeConfigBase

        d = dict(src_dict)
        type_ = cast(Literal["certificate"], d.pop("type"))
        if type_ != "certificate":
            raise ValueError(f"type must match const 'certificate', got '{type_}'")

        certificate = AuthSchemeConfigBase.from_dict(d.pop("certificate"))

        auth_scheme_certificate = cls(
            type_=type_,
            certificate=certificate,
        )

        return auth_scheme_certificate
