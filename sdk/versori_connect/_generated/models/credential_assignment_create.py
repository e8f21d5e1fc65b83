from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.credential_create import CredentialCreate
    from ..models.oauth2_auth_scheme_config import OAuth2AuthSchemeConfig


T = TypeVar("T", bound="CredentialAssignmentCreate")


@_attrs_define
class CredentialAssignmentCreate:
    """A credential for the connection, with the auth scheme it is used under."""

    auth_scheme_config: OAuth2AuthSchemeConfig
    """ The OAuth 2.0 variant of Versori's `authSchemeConfig` (`schemeType: oauth2`): where the provider's
    endpoints are, which scopes a user may pick and which are asked by default, and the extra parameters
    a UI sends to initialise (`additionalAuthorizeParams`) and to the token endpoint.
     """
    credential: CredentialCreate
    """ A credential to create with the connection. This contract models the OAuth 2.0 loop only, so the one
    type it takes is `oauth2-code`; it is read back as an `oauth2-token` credential.
     """

    def to_dict(self) -> dict[str, Any]:
        auth_scheme_config = self.auth_scheme_config.to_dict()

        credential = self.credential.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "authSchemeConfig": auth_scheme_config,
                "credential": credential,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credential_create import CredentialCreate
        from ..models.oauth2_auth_scheme_config import OAuth2AuthSchemeConfig

        d = dict(src_dict)
        auth_scheme_config = OAuth2AuthSchemeConfig.from_dict(d.pop("authSchemeConfig"))

        credential = CredentialCreate.from_dict(d.pop("credential"))

        credential_assignment_create = cls(
            auth_scheme_config=auth_scheme_config,
            credential=credential,
        )

        return credential_assignment_create
