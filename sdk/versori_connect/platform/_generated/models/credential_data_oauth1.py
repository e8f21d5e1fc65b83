from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CredentialDataOAuth1")


@_attrs_define
class CredentialDataOAuth1:
    """The details of an `oauth1` credential: what an OAuth 1.0a provider's redirect brought back after the
    user approved, with the state that started the sign-in. Only ever sent; it is exchanged for an
    `oauth1-token` credential.

    """

    state: str
    """ The state of the sign-in, as the redirect brought it back. """
    oauth_token: str
    """ The temporary credentials' token (`oauth_token`, RFC 5849 section 2.2). """
    oauth_verifier: str
    """ The verification code (`oauth_verifier`, RFC 5849 section 2.2). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state = self.state

        oauth_token = self.oauth_token

        oauth_verifier = self.oauth_verifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state": state,
                "oauthToken": oauth_token,
                "oauthVerifier": oauth_verifier,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        state = d.pop("state")

        oauth_token = d.pop("oauthToken")

        oauth_verifier = d.pop("oauthVerifier")

        credential_data_oauth1 = cls(
            state=state,
            oauth_token=oauth_token,
            oauth_verifier=oauth_verifier,
        )

        credential_data_oauth1.additional_properties = d
        return credential_data_oauth1

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
