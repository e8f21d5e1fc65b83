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
    from ..models.auth_scheme_config_oauth2 import AuthSchemeConfigOAuth2


T = TypeVar("T", bound="AuthSchemeOAuth2")


@_attrs_define
class AuthSchemeOAuth2:
    """An `oauth2` config, its details under `oauth2`."""

    type_: Literal["oauth2"]
    oauth2: AuthSchemeConfigOAuth2
    """ The keyed object of an `oauth2` config: where the provider's endpoints are, the scopes a user may pick
    (`scopes`) and those asked for by default (`defaultScopes`), and the grant. `additionalAuthorizeParams`
    only suggests defaults to a user interface: initialise never reads it, the caller passes its own
    `additionalParams`. `additionalTokenParams` is sent in the body of the requests to `tokenUrl` (a code's
    own `additionalParams` replace it, see `create_connection`). With `mtlsEnabled`, requests to `tokenUrl`
    present the client certificate of the `certificate` credential `mtlsCredentialId`.
     """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        oauth2 = self.oauth2.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "oauth2": oauth2,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.auth_scheme_config_oauth2 import AuthSchemeConfigOAuth2

        d = dict(src_dict)
        type_ = cast(Literal["oauth2"], d.pop("type"))
        if type_ != "oauth2":
            raise ValueError(f"type must match const 'oauth2', got '{type_}'")

        oauth2 = AuthSchemeConfigOAuth2.from_dict(d.pop("oauth2"))

        auth_scheme_oauth2 = cls(
            type_=type_,
            oauth2=oauth2,
        )

        return auth_scheme_oauth2
