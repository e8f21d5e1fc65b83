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
    from ..models.credential_create_basic_auth import CredentialCreateBasicAuth
    from ..models.credential_create_binary import CredentialCreateBinary
    from ..models.credential_create_certificate import CredentialCreateCertificate
    from ..models.credential_create_none import CredentialCreateNone
    from ..models.credential_create_oauth2_client import CredentialCreateOAuth2Client
    from ..models.credential_create_oauth2_code import CredentialCreateOAuth2Code
    from ..models.credential_create_oauth2_password import (
        CredentialCreateOAuth2Password,
    )
    from ..models.credential_create_oauth2_token import CredentialCreateOAuth2Token
    from ..models.credential_create_opaque import CredentialCreateOpaque
    from ..models.credential_create_string import CredentialCreateString


T = TypeVar("T", bound="ConnectionCredentialCreate")


@_attrs_define
class ConnectionCredentialCreate:
    """A new credential for the connection, with the auth scheme config it is used under."""

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
    credential: (
        CredentialCreateBasicAuth
        | CredentialCreateBinary
        | CredentialCreateCertificate
        | CredentialCreateNone
        | CredentialCreateOAuth2Client
        | CredentialCreateOAuth2Code
        | CredentialCreateOAuth2Password
        | CredentialCreateOAuth2Token
        | CredentialCreateOpaque
        | CredentialCreateString
    )
    """ A credential to create with a connection, its `data` shaped by its `type`: `none`, `string` (an API
    key or other secret text), `binary`, `basic-auth`, `oauth2-client` (a client id and secret),
    `oauth2-code` (an authorization code, sent only), `oauth2-password` (a resource owner's username and
    password), `oauth2-token` (what a code became), `certificate`, `custom-function` and `jwt-bearer`. Two
    types share one shape (`basic-auth` and `oauth2-password`), so the `type` decides, never the data.
     """

    def to_dict(self) -> dict[str, Any]:
        from ..models.auth_scheme_config_api_key import AuthSchemeConfigApiKey
        from ..models.auth_scheme_config_basic_auth import AuthSchemeConfigBasicAuth
        from ..models.auth_scheme_config_hmac import AuthSchemeConfigHmac
        from ..models.auth_scheme_config_none import AuthSchemeConfigNone
        from ..models.auth_scheme_config_oauth2 import AuthSchemeConfigOAuth2
        from ..models.credential_create_basic_auth import CredentialCreateBasicAuth
        from ..models.credential_create_binary import CredentialCreateBinary
        from ..models.credential_create_certificate import CredentialCreateCertificate
        from ..models.credential_create_none import CredentialCreateNone
        from ..models.credential_create_oauth2_client import (
            CredentialCreateOAuth2Client,
        )
        from ..models.credential_create_oauth2_code import CredentialCreateOAuth2Code
        from ..models.credential_create_oauth2_password import (
            CredentialCreateOAuth2Password,
        )
        from ..models.credential_create_oauth2_token import CredentialCreateOAuth2Token
        from ..models.credential_create_string import CredentialCreateString

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

        credential: dict[str, Any]
        if (
            isinstance(self.credential, CredentialCreateNone)
            or isinstance(self.credential, CredentialCreateString)
            or isinstance(self.credential, CredentialCreateBinary)
            or isinstance(self.credential, CredentialCreateBasicAuth)
            or isinstance(self.credential, CredentialCreateOAuth2Client)
            or isinstance(self.credential, CredentialCreateOAuth2Code)
            or isinstance(self.credential, CredentialCreateOAuth2Password)
            or isinstance(self.credential, CredentialCreateOAuth2Token)
            or isinstance(self.credential, CredentialCreateCertificate)
        ):
            credential = self.credential.to_dict()
        else:
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
        from ..models.auth_scheme_config_api_key import AuthSchemeConfigApiKey
        from ..models.auth_scheme_config_basic_auth import AuthSchemeConfigBasicAuth
        from ..models.auth_scheme_config_certificate import AuthSchemeConfigCertificate
        from ..models.auth_scheme_config_hmac import AuthSchemeConfigHmac
        from ..models.auth_scheme_config_none import AuthSchemeConfigNone
        from ..models.auth_scheme_config_oauth2 import AuthSchemeConfigOAuth2
        from ..models.credential_create_basic_auth import CredentialCreateBasicAuth
        from ..models.credential_create_binary import CredentialCreateBinary
        from ..models.credential_create_certificate import CredentialCreateCertificate
        from ..models.credential_create_none import CredentialCreateNone
        from ..models.credential_create_oauth2_client import (
            CredentialCreateOAuth2Client,
        )
        from ..models.credential_create_oauth2_code import CredentialCreateOAuth2Code
        from ..models.credential_create_oauth2_password import (
            CredentialCreateOAuth2Password,
        )
        from ..models.credential_create_oauth2_token import CredentialCreateOAuth2Token
        from ..models.credential_create_opaque import CredentialCreateOpaque
        from ..models.credential_create_string import CredentialCreateString

        d = dict(src_dict)

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

        def _parse_credential(
            data: object,
        ) -> (
            CredentialCreateBasicAuth
            | CredentialCreateBinary
            | CredentialCreateCertificate
            | CredentialCreateNone
            | CredentialCreateOAuth2Client
            | CredentialCreateOAuth2Code
            | CredentialCreateOAuth2Password
            | CredentialCreateOAuth2Token
            | CredentialCreateOpaque
            | CredentialCreateString
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_credential_create_type_0 = (
                    CredentialCreateNone.from_dict(data)
                )

                return componentsschemas_credential_create_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_credential_create_type_1 = (
                    CredentialCreateString.from_dict(data)
                )

                return componentsschemas_credential_create_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_credential_create_type_2 = (
                    CredentialCreateBinary.from_dict(data)
                )

                return componentsschemas_credential_create_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_credential_create_type_3 = (
                    CredentialCreateBasicAuth.from_dict(data)
                )

                return componentsschemas_credential_create_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_credential_create_type_4 = (
                    CredentialCreateOAuth2Client.from_dict(data)
                )

                return componentsschemas_credential_create_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_credential_create_type_5 = (
                    CredentialCreateOAuth2Code.from_dict(data)
                )

                return componentsschemas_credential_create_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_credential_create_type_6 = (
                    CredentialCreateOAuth2Password.from_dict(data)
                )

                return componentsschemas_credential_create_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_credential_create_type_7 = (
                    CredentialCreateOAuth2Token.from_dict(data)
                )

                return componentsschemas_credential_create_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_credential_create_type_8 = (
                    CredentialCreateCertificate.from_dict(data)
                )

                return componentsschemas_credential_create_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_credential_create_type_9 = (
                CredentialCreateOpaque.from_dict(data)
            )

            return componentsschemas_credential_create_type_9

        credential = _parse_credential(d.pop("credential"))

        connection_credential_create = cls(
            auth_scheme_config=auth_scheme_config,
            credential=credential,
        )

        return connection_credential_create
