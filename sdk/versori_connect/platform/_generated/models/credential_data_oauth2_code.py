from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CredentialDataOAuth2Code")


@_attrs_define
class CredentialDataOAuth2Code:
    """The details of an `oauth2-code` credential: what the provider's redirect brought back. It is only ever
    sent, when creating or updating a connection; the server exchanges it and stores an `oauth2-token`
    credential instead (see `create_connection`).

    """

    code: str
    """ The authorization code (printable ASCII, RFC 6749 appendix A.11). """
    state: str
    """ The state initialise put in the authorize URL, as the provider sent it back. """
    redirect_url: str | Unset = UNSET
    """ The `redirectUrl` initialise was given, sent again because the code exchange must send the same
    `redirect_uri` (RFC 6749 section 4.1.3). Left out when initialise was given none. Only in Versori's newer
    description (the CLI's), which this document follows.
     """
    additional_params: str | Unset = UNSET
    """ Form parameters (`application/x-www-form-urlencoded`) for the code exchange; when given, they are sent
    instead of the config's `additionalTokenParams`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        state = self.state

        redirect_url = self.redirect_url

        additional_params = self.additional_params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "state": state,
            }
        )
        if redirect_url is not UNSET:
            field_dict["redirectUrl"] = redirect_url
        if additional_params is not UNSET:
            field_dict["additionalParams"] = additional_params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        state = d.pop("state")

        redirect_url = d.pop("redirectUrl", UNSET)

        additional_params = d.pop("additionalParams", UNSET)

        credential_data_oauth2_code = cls(
            code=code,
            state=state,
            redirect_url=redirect_url,
            additional_params=additional_params,
        )

        credential_data_oauth2_code.additional_properties = d
        return credential_data_oauth2_code

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
