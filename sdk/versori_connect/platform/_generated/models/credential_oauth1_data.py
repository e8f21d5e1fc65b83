from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.credential_data_oauth1 import CredentialDataOAuth1


T = TypeVar("T", bound="CredentialOAuth1Data")


@_attrs_define
class CredentialOAuth1Data:
    """The `data` of a `oauth1` credential: its details under `oauth1`,
    which is required; no other key is taken.

    """

    oauth1: CredentialDataOAuth1
    """ The details of an `oauth1` credential: what an OAuth 1.0a provider's redirect brought back after the
    user approved, with the state that started the sign-in. Only ever sent; it is exchanged for an
    `oauth1-token` credential.
     """

    def to_dict(self) -> dict[str, Any]:
        oauth1 = self.oauth1.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "oauth1": oauth1,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credential_data_oauth1 import CredentialDataOAuth1

        d = dict(src_dict)
        oauth1 = CredentialDataOAuth1.from_dict(d.pop("oauth1"))

        credential_oauth1_data = cls(
            oauth1=oauth1,
        )

        return credential_oauth1_data
