from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.credential_data_oauth2_code import CredentialDataOAuth2Code


T = TypeVar("T", bound="CredentialOAuth2CodeData")


@_attrs_define
class CredentialOAuth2CodeData:
    """The `data` of a `oauth2-code` credential: its details under `oauth2Code`,
    which is required; no other key is taken.

    """

    oauth2_code: CredentialDataOAuth2Code
    """ The details of an `oauth2-code` credential: what the provider's redirect brought back. It is only ever
    sent, when creating or updating a connection; the server exchanges it and stores an `oauth2-token`
    credential instead (see `create_connection`).
     """

    def to_dict(self) -> dict[str, Any]:
        oauth2_code = self.oauth2_code.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "oauth2Code": oauth2_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credential_data_oauth2_code import CredentialDataOAuth2Code

        d = dict(src_dict)
        oauth2_code = CredentialDataOAuth2Code.from_dict(d.pop("oauth2Code"))

        credential_oauth2_code_data = cls(
            oauth2_code=oauth2_code,
        )

        return credential_oauth2_code_data
