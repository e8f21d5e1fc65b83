from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CredentialDataOAuth2Token")


@_attrs_define
class CredentialDataOAuth2Token:
    """The details of an `oauth2-token` credential: the tokens a user's consent gave, and the scopes consented
    to, which tell whether to ask again when more are needed. `accessToken` and `refreshToken` are secret
    and read back as `[redacted]`; an update that sends them back as `[redacted]` keeps the stored tokens.

    """

    scopes: list[str]
    """ The scopes the user consented to. """
    refresh_token: str
    """ The refresh token, which Versori requires: a token that never needs refreshing is better kept as an
    API key. Reads back as `[redacted]`.
     """
    access_token: str | Unset = UNSET
    """ The access token; reads back as `[redacted]`. """
    token_type: str | Unset = "Bearer"
    """ The token's type, `Bearer` when left out. """
    expires_at: datetime.datetime | Unset = UNSET
    """ An RFC 3339 time in UTC. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scopes = self.scopes

        refresh_token = self.refresh_token

        access_token = self.access_token

        token_type = self.token_type

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scopes": scopes,
                "refreshToken": refresh_token,
            }
        )
        if access_token is not UNSET:
            field_dict["accessToken"] = access_token
        if token_type is not UNSET:
            field_dict["tokenType"] = token_type
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        scopes = cast(list[str], d.pop("scopes"))

        refresh_token = d.pop("refreshToken")

        access_token = d.pop("accessToken", UNSET)

        token_type = d.pop("tokenType", UNSET)

        _expires_at = d.pop("expiresAt", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        credential_data_oauth2_token = cls(
            scopes=scopes,
            refresh_token=refresh_token,
            access_token=access_token,
            token_type=token_type,
            expires_at=expires_at,
        )

        credential_data_oauth2_token.additional_properties = d
        return credential_data_oauth2_token

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
