from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.consumer_credential_reference import ConsumerCredentialReference


T = TypeVar("T", bound="InitialiseOAuth1ConnectionRequest")


@_attrs_define
class InitialiseOAuth1ConnectionRequest:
    """Which consumer credential starts the sign-in. Fields not listed here are refused (400), so that a
    misspelt field name cannot be silently ignored.

    """

    credential: ConsumerCredentialReference
    """ The organisation's credential that holds an `oauth1` config's consumer secret: the one the config's
    `credentialId` names.
     """

    def to_dict(self) -> dict[str, Any]:
        credential = self.credential.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "credential": credential,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.consumer_credential_reference import ConsumerCredentialReference

        d = dict(src_dict)
        credential = ConsumerCredentialReference.from_dict(d.pop("credential"))

        initialise_o_auth_1_connection_request = cls(
            credential=credential,
        )

        return initialise_o_auth_1_connection_request
