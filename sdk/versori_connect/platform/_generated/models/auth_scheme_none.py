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


T = TypeVar("T", bound="AuthSchemeNone")


@_attrs_define
class AuthSchemeNone:
    """A `none` config (no authentication), its details under `none`; takes a credential of type `none`."""

    type_: Literal["none"]
    none: AuthSchemeConfigBase
    """ What the keyed object of every auth scheme config holds, whatever its type: the id and the description.
     """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        none = self.none.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "none": none,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.auth_scheme_config_base import AuthSchemeConfigBase

        d = dict(src_dict)
        type_ = cast(Literal["none"], d.pop("type"))
        if type_ != "none":
            raise ValueError(f"type must match const 'none', got '{type_}'")

        none = AuthSchemeConfigBase.from_dict(d.pop("none"))

        auth_scheme_none = cls(
            type_=type_,
            none=none,
        )

        return auth_scheme_none
