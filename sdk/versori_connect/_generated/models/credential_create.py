from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.credential_create_type import (
    CredentialCreateType,
    check_credential_create_type,
)

if TYPE_CHECKING:
    from ..models.oauth2_code_data import OAuth2CodeData


T = TypeVar("T", bound="CredentialCreate")


@_attrs_define
class CredentialCreate:
    """A credential to create with the connection. This contract models the OAuth 2.0 loop only, so the one
    type it takes is `oauth2-code`; it is read back as an `oauth2-token` credential.

    """

    name: str
    type_: CredentialCreateType
    data: OAuth2CodeData
    """ What the provider's redirect brought back to `redirect_uri`. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str = self.type_

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "type": type_,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.oauth2_code_data import OAuth2CodeData

        d = dict(src_dict)
        name = d.pop("name")

        type_ = check_credential_create_type(d.pop("type"))

        data = OAuth2CodeData.from_dict(d.pop("data"))

        credential_create = cls(
            name=name,
            type_=type_,
            data=data,
        )

        return credential_create
