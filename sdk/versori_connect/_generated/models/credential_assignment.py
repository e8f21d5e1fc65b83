from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.credential import Credential
    from ..models.oauth2_auth_scheme_config import OAuth2AuthSchemeConfig


T = TypeVar("T", bound="CredentialAssignment")


@_attrs_define
class CredentialAssignment:
    """A credential of the connection, with the auth scheme it is used under."""

    id: str
    """ A ULID: 26 characters of Crockford's base32 in upper case, the first one 0 to 7 (a larger first
    character would overflow the 128-bit value).
     """
    auth_scheme_config: OAuth2AuthSchemeConfig
    """ The OAuth 2.0 variant of Versori's `authSchemeConfig` (`schemeType: oauth2`): where the provider's
    endpoints are, which scopes a user may pick and which are asked by default, and the extra parameters
    a UI sends to initialise (`additionalAuthorizeParams`) and to the token endpoint.
     """
    credential: Credential
    """ A stored credential, as read back (secrets left out). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        auth_scheme_config = self.auth_scheme_config.to_dict()

        credential = self.credential.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "authSchemeConfig": auth_scheme_config,
                "credential": credential,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credential import Credential
        from ..models.oauth2_auth_scheme_config import OAuth2AuthSchemeConfig

        d = dict(src_dict)
        id = d.pop("id")

        auth_scheme_config = OAuth2AuthSchemeConfig.from_dict(d.pop("authSchemeConfig"))

        credential = Credential.from_dict(d.pop("credential"))

        credential_assignment = cls(
            id=id,
            auth_scheme_config=auth_scheme_config,
            credential=credential,
        )

        credential_assignment.additional_properties = d
        return credential_assignment

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
