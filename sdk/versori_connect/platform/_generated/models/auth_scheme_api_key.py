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
    from ..models.auth_scheme_config_api_key import AuthSchemeConfigAPIKey


T = TypeVar("T", bound="AuthSchemeApiKey")


@_attrs_define
class AuthSchemeApiKey:
    """An `api-key` config, its details under `apiKey`."""

    type_: Literal["api-key"]
    api_key: AuthSchemeConfigAPIKey
    """ The keyed object of an `api-key` config: the key is sent as the query parameter, header or cookie `name`.
     """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        api_key = self.api_key.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "apiKey": api_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.auth_scheme_config_api_key import AuthSchemeConfigAPIKey

        d = dict(src_dict)
        type_ = cast(Literal["api-key"], d.pop("type"))
        if type_ != "api-key":
            raise ValueError(f"type must match const 'api-key', got '{type_}'")

        api_key = AuthSchemeConfigAPIKey.from_dict(d.pop("apiKey"))

        auth_scheme_api_key = cls(
            type_=type_,
            api_key=api_key,
        )

        return auth_scheme_api_key
