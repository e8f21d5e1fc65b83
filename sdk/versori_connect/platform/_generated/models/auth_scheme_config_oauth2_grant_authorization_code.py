from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthSchemeConfigOAuth2GrantAuthorizationCode")


@_attrs_define
class AuthSchemeConfigOAuth2GrantAuthorizationCode:
    """What the `authorizationCode` grant needs: the OAuth 2.0 client a user signs in through, named one of two
    ways. `credentialId` with `organisationId` names an existing `oauth2-client` credential (possibly of
    another organisation, such as Versori's public library); `clientId` with `clientSecret` and no
    `credentialId` is stored by the server as a new `oauth2-client` credential, which answers then name. A
    grant that names the credential may also give `clientId` and `clientSecret` to update it, and fields left
    out are left as they are. Any other combination answers 400. `clientSecret` is only ever written, never
    read back. Versori's description makes this object require `grantType`, which is no field of it.

    """

    credential_id: str | Unset = UNSET
    """ A ULID: 26 characters of Crockford's base32 in upper case, the first one 0 to 7 (a larger first
    character would overflow the 128-bit value). Versori's descriptions write these as `format: ulid`.
     """
    organisation_id: str | Unset = UNSET
    """ A ULID: 26 characters of Crockford's base32 in upper case, the first one 0 to 7 (a larger first
    character would overflow the 128-bit value). Versori's descriptions write these as `format: ulid`.
     """
    client_id: str | Unset = UNSET
    """ The OAuth 2.0 client id; not a secret. """
    client_secret: str | Unset = UNSET
    """ The OAuth 2.0 client secret; written only. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credential_id = self.credential_id

        organisation_id = self.organisation_id

        client_id = self.client_id

        client_secret = self.client_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credential_id is not UNSET:
            field_dict["credentialId"] = credential_id
        if organisation_id is not UNSET:
            field_dict["organisationId"] = organisation_id
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if client_secret is not UNSET:
            field_dict["clientSecret"] = client_secret

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        credential_id = d.pop("credentialId", UNSET)

        organisation_id = d.pop("organisationId", UNSET)

        client_id = d.pop("clientId", UNSET)

        client_secret = d.pop("clientSecret", UNSET)

        auth_scheme_config_oauth2_grant_authorization_code = cls(
            credential_id=credential_id,
            organisation_id=organisation_id,
            client_id=client_id,
            client_secret=client_secret,
        )

        auth_scheme_config_oauth2_grant_authorization_code.additional_properties = d
        return auth_scheme_config_oauth2_grant_authorization_code

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
