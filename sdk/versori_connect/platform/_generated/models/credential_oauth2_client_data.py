from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.credential_data_oauth2_client import CredentialDataOAuth2Client


T = TypeVar("T", bound="CredentialOAuth2ClientData")


@_attrs_define
class CredentialOAuth2ClientData:
    """The `data` of a `oauth2-client` credential: its details under `oauth2Client`,
    which is required; no other key is taken.

    """

    oauth2_client: CredentialDataOAuth2Client
    """ The details of an `oauth2-client` credential: an OAuth 2.0 client, used to refresh tokens and for the
    `clientCredentials` and `authorizationCode` grants. `clientSecret` is secret.
     """

    def to_dict(self) -> dict[str, Any]:
        oauth2_client = self.oauth2_client.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "oauth2Client": oauth2_client,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credential_data_oauth2_client import CredentialDataOAuth2Client

        d = dict(src_dict)
        oauth2_client = CredentialDataOAuth2Client.from_dict(d.pop("oauth2Client"))

        credential_oauth2_client_data = cls(
            oauth2_client=oauth2_client,
        )

        return credential_oauth2_client_data
