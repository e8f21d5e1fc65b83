from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CredentialDataOAuth2Client")


@_attrs_define
class CredentialDataOAuth2Client:
    """The details of an `oauth2-client` credential: an OAuth 2.0 client, used to refresh tokens and for the
    `clientCredentials` and `authorizationCode` grants. `clientSecret` is secret.

    """

    client_id: str
    client_secret: str
    """ Reads back as `[redacted]`. """
    token_url: str
    """ Where tokens are obtained. """
    scopes: list[str] | Unset = UNSET
    """ The scopes asked for with the `clientCredentials` grant; for `authorizationCode` the scopes come from
    the user's consent (the `oauth2-token` credential).
     """
    additional_params: str | Unset = UNSET
    """ Form parameters (`application/x-www-form-urlencoded`) added to each token request. """
    m_tls_enabled: bool | Unset = UNSET
    """ True presents a client certificate (mutual TLS) to the token endpoint, that of `mTLSCredentialId` or,
    when it is left out on create, of the connection's `certificate` credential.
     """
    m_tls_credential_id: str | Unset = UNSET
    """ The `certificate` credential used for mutual TLS. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        client_secret = self.client_secret

        token_url = self.token_url

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        additional_params = self.additional_params

        m_tls_enabled = self.m_tls_enabled

        m_tls_credential_id = self.m_tls_credential_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientId": client_id,
                "clientSecret": client_secret,
                "tokenUrl": token_url,
            }
        )
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if additional_params is not UNSET:
            field_dict["additionalParams"] = additional_params
        if m_tls_enabled is not UNSET:
            field_dict["mTLSEnabled"] = m_tls_enabled
        if m_tls_credential_id is not UNSET:
            field_dict["mTLSCredentialId"] = m_tls_credential_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        client_id = d.pop("clientId")

        client_secret = d.pop("clientSecret")

        token_url = d.pop("tokenUrl")

        scopes = cast(list[str], d.pop("scopes", UNSET))

        additional_params = d.pop("additionalParams", UNSET)

        m_tls_enabled = d.pop("mTLSEnabled", UNSET)

        m_tls_credential_id = d.pop("mTLSCredentialId", UNSET)

        credential_data_oauth2_client = cls(
            client_id=client_id,
            client_secret=client_secret,
            token_url=token_url,
            scopes=scopes,
            additional_params=additional_params,
            m_tls_enabled=m_tls_enabled,
            m_tls_credential_id=m_tls_credential_id,
        )

        credential_data_oauth2_client.additional_properties = d
        return credential_data_oauth2_client

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
