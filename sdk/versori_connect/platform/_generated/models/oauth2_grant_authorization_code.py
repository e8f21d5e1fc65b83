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
    from ..models.auth_scheme_config_oauth2_grant_authorization_code import (
        AuthSchemeConfigOAuth2GrantAuthorizationCode,
    )


T = TypeVar("T", bound="OAuth2GrantAuthorizationCode")


@_attrs_define
class OAuth2GrantAuthorizationCode:
    """The `authorizationCode` grant, its details under `authorizationCode`."""

    type_: Literal["authorizationCode"]
    authorization_code: AuthSchemeConfigOAuth2GrantAuthorizationCode
    """ What the `authorizationCode` grant needs: the OAuth 2.0 client a user signs in through, named one of two
    ways. `credentialId` with `organisationId` names an existing `oauth2-client` credential (possibly of
    another organisation, such as Versori's public library); `clientId` with `clientSecret` and no
    `credentialId` is stored by the server as a new `oauth2-client` credential, which answers then name. A
    grant that names the credential may also give `clientId` and `clientSecret` to update it, and fields left
    out are left as they are. Any other combination answers 400. `clientSecret` is only ever written, never
    read back. Versori's description makes this object require `grantType`, which is no field of it.
     """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        authorization_code = self.authorization_code.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "authorizationCode": authorization_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.auth_scheme_config_oauth2_grant_authorization_code import (
            AuthSchemeConfigOAuth2GrantAuthorizationCode,
        )

        d = dict(src_dict)
        type_ = cast(Literal["authorizationCode"], d.pop("type"))
        if type_ != "authorizationCode":
            raise ValueError(
                f"type must match const 'authorizationCode', got '{type_}'"
            )

        authorization_code = AuthSchemeConfigOAuth2GrantAuthorizationCode.from_dict(
            d.pop("authorizationCode")
        )

        oauth2_grant_authorization_code = cls(
            type_=type_,
            authorization_code=authorization_code,
        )

        return oauth2_grant_authorization_code
