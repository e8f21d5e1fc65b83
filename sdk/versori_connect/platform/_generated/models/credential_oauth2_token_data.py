from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.credential_data_oauth2_token import CredentialDataOAuth2Token


T = TypeVar("T", bound="CredentialOAuth2TokenData")


@_attrs_define
class CredentialOAuth2TokenData:
    """The `data` of a `oauth2-token` credential: its details under `oauth2Token`,
    which is required; no other key is taken.

    """

    oauth2_token: CredentialDataOAuth2Token
    """ The details of an `oauth2-token` credential: the tokens a user's consent gave, and the scopes consented
    to, which tell whether to ask again when more are needed. `accessToken` and `refreshToken` are secret
    and read back as `[redacted]`; an update that sends them back as `[redacted]` keeps the stored tokens.
     """

    def to_dict(self) -> dict[str, Any]:
        oauth2_token = self.oauth2_token.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "oauth2Token": oauth2_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credential_data_oauth2_token import CredentialDataOAuth2Token

        d = dict(src_dict)
        oauth2_token = CredentialDataOAuth2Token.from_dict(d.pop("oauth2Token"))

        credential_oauth2_token_data = cls(
            oauth2_token=oauth2_token,
        )

        return credential_oauth2_token_data
