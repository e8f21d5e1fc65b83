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
    from ..models.auth_scheme_config_oauth2_grant_password import (
        AuthSchemeConfigOAuth2GrantPassword,
    )


T = TypeVar("T", bound="OAuth2GrantPassword")


@_attrs_define
class OAuth2GrantPassword:
    """The `password` grant, its details under `password`."""

    type_: Literal["password"]
    password: AuthSchemeConfigOAuth2GrantPassword
    """ What the `password` grant needs: the OAuth 2.0 client that exchanges a resource owner's username and
    password (an `oauth2-password` credential) for tokens, named as for `authorizationCode`. Versori's
    description makes this object require `grantType`, which is no field of it.
     """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        password = self.password.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.auth_scheme_config_oauth2_grant_password import (
            AuthSchemeConfigOAuth2GrantPassword,
        )

        d = dict(src_dict)
        type_ = cast(Literal["password"], d.pop("type"))
        if type_ != "password":
            raise ValueError(f"type must match const 'password', got '{type_}'")

        password = AuthSchemeConfigOAuth2GrantPassword.from_dict(d.pop("password"))

        oauth2_grant_password = cls(
            type_=type_,
            password=password,
        )

        return oauth2_grant_password
