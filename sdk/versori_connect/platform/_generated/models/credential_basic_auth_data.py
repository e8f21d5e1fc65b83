from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.credential_data_basic_auth import CredentialDataBasicAuth


T = TypeVar("T", bound="CredentialBasicAuthData")


@_attrs_define
class CredentialBasicAuthData:
    """The `data` of a `basic-auth` credential: its details under `basicAuth`,
    which is required; no other key is taken.

    """

    basic_auth: CredentialDataBasicAuth
    """ The details of a `basic-auth` credential. `password` is secret. """

    def to_dict(self) -> dict[str, Any]:
        basic_auth = self.basic_auth.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "basicAuth": basic_auth,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credential_data_basic_auth import CredentialDataBasicAuth

        d = dict(src_dict)
        basic_auth = CredentialDataBasicAuth.from_dict(d.pop("basicAuth"))

        credential_basic_auth_data = cls(
            basic_auth=basic_auth,
        )

        return credential_basic_auth_data
