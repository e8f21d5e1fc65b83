from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

T = TypeVar("T", bound="AuthSchemeJwtBearer")


@_attrs_define
class AuthSchemeJwtBearer:
    """A `jwt-bearer` config: the request carries a JWT signed with the credential's key. Versori's
    description gives it no keyed object, so it is `type` alone, without an id or description of its own.

    """

    type_: Literal["jwt-bearer"]

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["jwt-bearer"], d.pop("type"))
        if type_ != "jwt-bearer":
            raise ValueError(f"type must match const 'jwt-bearer', got '{type_}'")

        auth_scheme_jwt_bearer = cls(
            type_=type_,
        )

        return auth_scheme_jwt_bearer
