from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AuthSchemeConfigOAuth2GrantClientCredentials")


@_attrs_define
class AuthSchemeConfigOAuth2GrantClientCredentials:
    """What the `clientCredentials` grant needs here: nothing, since the connection's own `oauth2-client`
    credential obtains the tokens, with no user involved.

    """

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        auth_scheme_config_oauth2_grant_client_credentials = cls()

        return auth_scheme_config_oauth2_grant_client_credentials
