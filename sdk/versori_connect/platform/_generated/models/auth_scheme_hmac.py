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
    from ..models.auth_scheme_config_hmac import AuthSchemeConfigHMAC


T = TypeVar("T", bound="AuthSchemeHmac")


@_attrs_define
class AuthSchemeHmac:
    """An `hmac` config, its details under `hmac`."""

    type_: Literal["hmac"]
    hmac: AuthSchemeConfigHMAC
    """ The keyed object of an `hmac` config: an HMAC signature, sent as or checked in the query parameter,
    header or cookie `name`, computed with `algorithm` over `digestInputs` in the order given and written in
    `encoding`; it takes a credential of type `string` or `binary` (the key). Mostly used to check that a
    webhook comes from the provider.
     """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        hmac = self.hmac.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "hmac": hmac,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.auth_scheme_config_hmac import AuthSchemeConfigHMAC

        d = dict(src_dict)
        type_ = cast(Literal["hmac"], d.pop("type"))
        if type_ != "hmac":
            raise ValueError(f"type must match const 'hmac', got '{type_}'")

        hmac = AuthSchemeConfigHMAC.from_dict(d.pop("hmac"))

        auth_scheme_hmac = cls(
            type_=type_,
            hmac=hmac,
        )

        return auth_scheme_hmac
