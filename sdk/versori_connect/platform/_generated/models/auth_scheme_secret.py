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

T = TypeVar("T", bound="AuthSchemeSecret")


@_attrs_define
class AuthSchemeSecret:
    """A `secret` config: a secret the integration's code reads itself. Versori's description gives it no keyed
    object, so it is `type` alone, without an id or description of its own.

    """

    type_: Literal["secret"]

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
        type_ = cast(Literal["secret"], d.pop("type"))
        if type_ != "secret":
            raise ValueError(f"type must match const 'secret', got '{type_}'")

        auth_scheme_secret = cls(
            type_=type_,
        )

        return auth_scheme_secret
