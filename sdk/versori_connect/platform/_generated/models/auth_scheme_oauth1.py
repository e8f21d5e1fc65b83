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
    from ..models.auth_scheme_config_oauth1 import AuthSchemeConfigOAuth1


T = TypeVar("T", bound="AuthSchemeOAuth1")


@_attrs_define
class AuthSchemeOAuth1:
    """An `oauth1` config (OAuth 1.0a), its details under `oauth1`."""

    type_: Literal["oauth1"]
    oauth1: AuthSchemeConfigOAuth1
    """ The keyed object of an `oauth1` config (OAuth 1.0a, RFC 5849; Versori says it was tried against
    NetSuite's token-based authentication): the consumer key and secret, the three endpoints of the
    browser sign-in (temporary credentials, the resource owner's authorization, the token), and the
    signature method. With `tokenAuth` the endpoints may be left out and a connection takes an
    `oauth1-token` credential (a token and its secret obtained elsewhere); without it, a connection takes an
    `oauth1` credential from the browser sign-in. `consumerSecret` is kept in the organisation's credential
    named by `credentialId` (the server makes one when none is named), reads back as `[redacted]`, and a
    config sent back with `[redacted]` keeps the stored secret. Versori's description titles this schema
    "OAuth 2.0".
     """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        oauth1 = self.oauth1.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "oauth1": oauth1,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.auth_scheme_config_oauth1 import AuthSchemeConfigOAuth1

        d = dict(src_dict)
        type_ = cast(Literal["oauth1"], d.pop("type"))
        if type_ != "oauth1":
            raise ValueError(f"type must match const 'oauth1', got '{type_}'")

        oauth1 = AuthSchemeConfigOAuth1.from_dict(d.pop("oauth1"))

        auth_scheme_oauth1 = cls(
            type_=type_,
            oauth1=oauth1,
        )

        return auth_scheme_oauth1
