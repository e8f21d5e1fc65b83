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


T = TypeVar("T", bound="AuthSchemeBasicAuth")


@_attrs_define
class AuthSchemeBasicAuth:
    """A `basic-auth` config (HTTP Basic), its details under `basicAuth`."""

    type_: Literal["basic-auth"]
    basic_auth: AuthSchemeConfigBase
    """ What the keyed object of every auth scheme config holds, whatever its type: the id and the description.
     """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        basic_auth = self.basic_auth.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "basicAuth": basic_auth,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.auth_scheme_config_base import AuthSchemeConfigBase

        d = dict(src_dict)
        type_ = cast(Literal["basic-auth"], d.pop("type"))
        if type_ != "basic-auth":
            raise ValueError(f"type must match const 'basic-auth', got '{type_}'")

        basic_auth = AuthSchemeConfigBase.from_dict(d.pop("basicAuth"))

        auth_scheme_basic_auth = cls(
            type_=type_,
            basic_auth=basic_auth,
        )

        return auth_scheme_basic_auth
