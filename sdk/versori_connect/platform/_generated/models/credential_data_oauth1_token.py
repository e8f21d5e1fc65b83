from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_param import AdditionalParam


T = TypeVar("T", bound="CredentialDataOAuth1Token")


@_attrs_define
class CredentialDataOAuth1Token:
    """The details of an `oauth1-token` credential: the token and its secret (RFC 5849 section 2.3), from the
    token endpoint or obtained elsewhere (with a `tokenAuth` config). `tokenSecret` is secret and reads back
    as `[redacted]`.

    """

    token: str
    token_secret: str
    """ Reads back as `[redacted]`. """
    additional_params: list[AdditionalParam] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        token_secret = self.token_secret

        additional_params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_params, Unset):
            additional_params = []
            for additional_params_item_data in self.additional_params:
                additional_params_item = additional_params_item_data.to_dict()
                additional_params.append(additional_params_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "tokenSecret": token_secret,
            }
        )
        if additional_params is not UNSET:
            field_dict["additionalParams"] = additional_params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.additional_param import AdditionalParam

        d = dict(src_dict)
        token = d.pop("token")

        token_secret = d.pop("tokenSecret")

        _additional_params = d.pop("additionalParams", UNSET)
        additional_params: list[AdditionalParam] | Unset = UNSET
        if _additional_params is not UNSET:
            additional_params = []
            for additional_params_item_data in _additional_params:
                additional_params_item = AdditionalParam.from_dict(
                    additional_params_item_data
                )

                additional_params.append(additional_params_item)

        credential_data_oauth1_token = cls(
            token=token,
            token_secret=token_secret,
            additional_params=additional_params,
        )

        credential_data_oauth1_token.additional_properties = d
        return credential_data_oauth1_token

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
