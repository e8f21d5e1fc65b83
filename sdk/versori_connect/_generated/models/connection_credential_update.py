from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.auth_scheme_config_api_key import AuthSchemeConfigApiKey
    from ..models.auth_scheme_config_basic_auth import AuthSchemeConfigBasicAuth
    from ..models.auth_scheme_config_certificate import AuthSchemeConfigCertificate
    from ..models.auth_scheme_config_hmac import AuthSchemeConfigHmac
    from ..models.auth_scheme_config_none import AuthSchemeConfigNone
    from ..models.auth_scheme_config_oauth2 import AuthSchemeConfigOAuth2


T = TypeVar("T", bound="ConnectionCredentialUpdate")


@_attrs_define
class ConnectionCredentialUpdate:
    """One of the connection's credentials, by `id`, with its auth scheme config as it should be; the config's
    `schemeType` may not change.

    """

    id: str
    """ A ULID: 26 characters of Crockford's base32 in upper case, the first one 0 to 7 (a larger first
    character would overflow the 128-bit value).
     """
    auth_scheme_config: (
        AuthSchemeConfigApiKey
        | AuthSchemeConfigBasicAuth
        | AuthSchemeConfigCertificate
        | AuthSchemeConfigHmac
        | AuthSchemeConfigNone
        | AuthSchemeConfigOAuth2
    )
    """ How a connector authenticates to the provider, told apart by `schemeType`. This is configuration only;
    the secret is the credential used under it.
     """

    def to_dict(self) -> dict[str, Any]:
        from ..models.auth_scheme_config_api_key import AuthSchemeConfigApiKey
        from ..models.auth_scheme_config_basic_auth import AuthSchemeConfigBasicAuth
        from ..models.auth_scheme_config_hmac import AuthSchemeConfigHmac
        from ..models.auth_scheme_config_none import AuthSchemeConfigNone
        from ..models.auth_scheme_config_oauth2 import AuthSchemeConfigOAuth2

        id = self.id

        auth_scheme_config: dict[str, Any]
        if (
            isinstance(self.auth_scheme_config, AuthSchemeConfigNone)
            or isinstance(self.auth_scheme_config, AuthSchemeConfigApiKey)
            or isinstance(self.auth_scheme_config, AuthSchemeConfigBasicAuth)
            or isinstance(self.auth_scheme_config, AuthSchemeConfigOAuth2)
            or isinstance(self.auth_scheme_config, AuthSchemeConfigHmac)
        ):
            auth_scheme_config = self.auth_scheme_config.to_dict()
        else:
            auth_scheme_config = self.auth_scheme_config.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "authSchemeConfig": auth_scheme_config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.auth_scheme_config_api_key import AuthSchemeConfigApiKey
        from ..models.auth_scheme_config_basic_auth import AuthSchemeConfigBasicAuth
        from ..models.auth_scheme_config_certificate import AuthSchemeConfigCertificate
        from ..models.auth_scheme_config_hmac import AuthSchemeConfigHmac
        from ..models.auth_scheme_config_none import AuthSchemeConfigNone
        from ..models.auth_scheme_config_oauth2 import AuthSchemeConfigOAuth2

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_auth_scheme_config(
            data: object,
        ) -> (
            AuthSchemeConfigApiKey
            | AuthSchemeConfigBasicAuth
            | AuthSchemeConfigCertificate
            | AuthSchemeConfigHmac
            | AuthSchemeConfigNone
            | AuthSchemeConfigOAuth2
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_auth_scheme_config_type_0 = (
                    AuthSchemeConfigNone.from_dict(data)
                )

                return componentsschemas_auth_scheme_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_auth_scheme_config_type_1 = (
                    AuthSchemeConfigApiKey.from_dict(data)
                )

                return componentsschemas_auth_scheme_config_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_auth_scheme_config_type_2 = (
                    AuthSchemeConfigBasicAuth.from_dict(data)
                )

                return componentsschemas_auth_scheme_config_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_auth_scheme_config_type_3 = (
                    AuthSchemeConfigOAuth2.from_dict(data)
                )

                return componentsschemas_auth_scheme_config_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_auth_scheme_config_type_4 = (
                    AuthSchemeConfigHmac.from_dict(data)
                )

                return componentsschemas_auth_scheme_config_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_auth_scheme_config_type_5 = (
                AuthSchemeConfigCertificate.from_dict(data)
            )

            return componentsschemas_auth_scheme_config_type_5

        auth_scheme_config = _parse_auth_scheme_config(d.pop("authSchemeConfig"))

        connection_credential_update = cls(
            id=id,
            auth_scheme_config=auth_scheme_config,
        )

        return connection_credential_update
