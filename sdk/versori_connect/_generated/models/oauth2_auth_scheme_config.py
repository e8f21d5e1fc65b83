from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.oauth2_auth_scheme_config_scheme_type import (
    OAuth2AuthSchemeConfigSchemeType,
    check_o_auth_2_auth_scheme_config_scheme_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.oauth2_grant import OAuth2Grant


T = TypeVar("T", bound="OAuth2AuthSchemeConfig")


@_attrs_define
class OAuth2AuthSchemeConfig:
    """The OAuth 2.0 variant of Versori's `authSchemeConfig` (`schemeType: oauth2`): where the provider's
    endpoints are, which scopes a user may pick and which are asked by default, and the extra parameters
    a UI sends to initialise (`additionalAuthorizeParams`) and to the token endpoint.

    """

    scheme_type: OAuth2AuthSchemeConfigSchemeType
    authorize_url: str
    token_url: str
    grant: OAuth2Grant
    """ How the connection's tokens are obtained: the `authorization_code` grant with a stored OAuth 2.0
    client credential. `clientSecret` is only ever written, never read back.
     """
    scopes: list[str] | Unset = UNSET
    default_scopes: list[str] | Unset = UNSET
    additional_authorize_params: str | Unset = UNSET
    additional_token_params: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scheme_type: str = self.scheme_type

        authorize_url = self.authorize_url

        token_url = self.token_url

        grant = self.grant.to_dict()

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        default_scopes: list[str] | Unset = UNSET
        if not isinstance(self.default_scopes, Unset):
            default_scopes = self.default_scopes

        additional_authorize_params = self.additional_authorize_params

        additional_token_params = self.additional_token_params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schemeType": scheme_type,
                "authorizeUrl": authorize_url,
                "tokenUrl": token_url,
                "grant": grant,
            }
        )
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if default_scopes is not UNSET:
            field_dict["defaultScopes"] = default_scopes
        if additional_authorize_params is not UNSET:
            field_dict["additionalAuthorizeParams"] = additional_authorize_params
        if additional_token_params is not UNSET:
            field_dict["additionalTokenParams"] = additional_token_params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.oauth2_grant import OAuth2Grant

        d = dict(src_dict)
        scheme_type = check_o_auth_2_auth_scheme_config_scheme_type(d.pop("schemeType"))

        authorize_url = d.pop("authorizeUrl")

        token_url = d.pop("tokenUrl")

        grant = OAuth2Grant.from_dict(d.pop("grant"))

        scopes = cast(list[str], d.pop("scopes", UNSET))

        default_scopes = cast(list[str], d.pop("defaultScopes", UNSET))

        additional_authorize_params = d.pop("additionalAuthorizeParams", UNSET)

        additional_token_params = d.pop("additionalTokenParams", UNSET)

        oauth2_auth_scheme_config = cls(
            scheme_type=scheme_type,
            authorize_url=authorize_url,
            token_url=token_url,
            grant=grant,
            scopes=scopes,
            default_scopes=default_scopes,
            additional_authorize_params=additional_authorize_params,
            additional_token_params=additional_token_params,
        )

        oauth2_auth_scheme_config.additional_properties = d
        return oauth2_auth_scheme_config

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
