from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.credential_data_oauth1_token import CredentialDataOAuth1Token


T = TypeVar("T", bound="CredentialOAuth1TokenData")


@_attrs_define
class CredentialOAuth1TokenData:
    """The `data` of a `oauth1-token` credential: its details under `oauth1Token`,
    which is required; no other key is taken.

    """

    oauth1_token: CredentialDataOAuth1Token
    """ The details of an `oauth1-token` credential: the token and its secret (RFC 5849 section 2.3), from the
    token endpoint or obtained elsewhere (with a `tokenAuth` config). `tokenSecret` is secret and reads back
    as `[redacted]`.
     """

    def to_dict(self) -> dict[str, Any]:
        oauth1_token = self.oauth1_token.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "oauth1Token": oauth1_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credential_data_oauth1_token import CredentialDataOAuth1Token

        d = dict(src_dict)
        oauth1_token = CredentialDataOAuth1Token.from_dict(d.pop("oauth1Token"))

        credential_oauth1_token_data = cls(
            oauth1_token=oauth1_token,
        )

        return credential_oauth1_token_data
