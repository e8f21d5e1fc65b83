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
    from ..models.auth_scheme_config_oauth2_grant_client_credentials import (
        AuthSchemeConfigOAuth2GrantClientCredentials,
    )


T = TypeVar("T", bound="OAuth2GrantClientCredentials")


@_attrs_define
class OAuth2GrantClientCredentials:
    """The `clientCredentials` grant, with an empty `clientCredentials` object."""

    type_: Literal["clientCredentials"]
    client_credentials: AuthSchemeConfigOAuth2GrantClientCredentials
    """ What the `clientCredentials` grant needs here: nothing, since the connection's own `oauth2-client`
    credential obtains the tokens, with no user involved.
     """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        client_credentials = self.client_credentials.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "clientCredentials": client_credentials,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.auth_scheme_config_oauth2_grant_client_credentials import (
            AuthSchemeConfigOAuth2GrantClientCredentials,
        )

        d = dict(src_dict)
        type_ = cast(Literal["clientCredentials"], d.pop("type"))
        if type_ != "clientCredentials":
            raise ValueError(
                f"type must match const 'clientCredentials', got '{type_}'"
            )

        client_credentials = AuthSchemeConfigOAuth2GrantClientCredentials.from_dict(
            d.pop("clientCredentials")
        )

        oauth2_grant_client_credentials = cls(
            type_=type_,
            client_credentials=client_credentials,
        )

        return oauth2_grant_client_credentials
