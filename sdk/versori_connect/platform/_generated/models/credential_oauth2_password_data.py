from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.credential_data_oauth2_password import CredentialDataOAuth2Password


T = TypeVar("T", bound="CredentialOAuth2PasswordData")


@_attrs_define
class CredentialOAuth2PasswordData:
    """The `data` of a `oauth2-password` credential: its details under `oauth2Password`,
    which is required; no other key is taken.

    """

    oauth2_password: CredentialDataOAuth2Password
    """ The details of an `oauth2-password` credential: a resource owner's username and password, exchanged for
    tokens by the `password` grant. `password` is secret.
     """

    def to_dict(self) -> dict[str, Any]:
        oauth2_password = self.oauth2_password.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "oauth2Password": oauth2_password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credential_data_oauth2_password import (
            CredentialDataOAuth2Password,
        )

        d = dict(src_dict)
        oauth2_password = CredentialDataOAuth2Password.from_dict(
            d.pop("oauth2Password")
        )

        credential_oauth2_password_data = cls(
            oauth2_password=oauth2_password,
        )

        return credential_oauth2_password_data
