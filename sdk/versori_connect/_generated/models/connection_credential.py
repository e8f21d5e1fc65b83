from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.auth_scheme_config_api_key import AuthSchemeConfigApiKey
    from ..models.auth_scheme_config_basic_auth import AuthSchemeConfigBasicAuth
    from ..models.auth_scheme_config_certificate import AuthSchemeConfigCertificate
    from ..models.auth_scheme_config_hmac import AuthSchemeConfigHmac
    from ..models.auth_scheme_config_none import AuthSchemeConfigNone
    from ..models.auth_scheme_config_oauth2 import AuthSchemeConfigOAuth2
    from ..models.credential_basic_auth import CredentialBasicAuth
    from ..models.credential_binary import CredentialBinary
    from ..models.credential_certificate import CredentialCertificate
    from ..models.credential_none import CredentialNone
    from ..models.credential_oauth2_client import CredentialOAuth2Client
    from ..models.credential_oauth2_code import CredentialOAuth2Code
    from ..models.credential_oauth2_password import CredentialOAuth2Password
    from ..models.credential_oauth2_token import CredentialOAuth2Token
    from ..models.credential_opaque import CredentialOpaque
    from ..models.credential_string import CredentialString
    from ..models.credential_unmatched import CredentialUnmatched


T = TypeVar("T", bound="ConnectionCredential")


@_attrs_define
class ConnectionCredential:
    """A credential of the connection, with the auth scheme config it is used under."""

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
    credential: (
        CredentialBasicAuth
        | CredentialBinary
        | CredentialCertificate
        | CredentialNone
        | CredentialOAuth2Client
        | CredentialOAuth2Code
        | CredentialOAuth2Password
        | CredentialOAuth2Token
        | CredentialOpaque
        | CredentialString
        | CredentialUnmatched
    )
    """ A stored credential, its `data` shaped by its `type`: it is the variant whose `type` it has (the `type`
    decides, since `basic-auth` and `oauth2-password` data look the same), else `CredentialUnmatched`; a
    client reads the variants in the order listed and takes the first that fits. Secrets never
    come back: in answers, `value`, `valueBase64`, `password`, `clientSecret`, `key` and `accessToken` are
    replaced by `[redacted]`, and `refreshToken` is left out.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.auth_scheme_config_api_key import AuthSchemeConfigApiKey
        from ..models.auth_scheme_config_basic_auth import AuthSchemeConfigBasicAuth
        from ..models.auth_scheme_config_hmac import AuthSchemeConfigHmac
        from ..models.auth_scheme_config_none import AuthSchemeConfigNone
        from ..models.auth_scheme_config_oauth2 import AuthSchemeConfigOAuth2
        from ..models.credential_basic_auth import CredentialBasicAuth
        from ..models.credential_binary import CredentialBinary
        from ..models.credential_certificate import CredentialCertificate
        from ..models.credential_none import CredentialNone
        from ..models.credential_oauth2_client import CredentialOAuth2Client
        from ..models.credential_oauth2_code import CredentialOAuth2Code
        from ..models.credential_oauth2_password import CredentialOAuth2Password
        from ..models.credential_oauth2_token import CredentialOAuth2Token
        from ..models.credential_opaque import CredentialOpaque
        from ..models.credential_string import CredentialString

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

        credential: dict[str, Any]
        if (
            isinstance(self.credential, CredentialNone)
            or isinstance(self.credential, CredentialString)
            or isinstance(self.credential, CredentialBinary)
            or isinstance(self.credential, CredentialBasicAuth)
            or isinstance(self.credential, CredentialOAuth2Client)
            or isinstance(self.credential, CredentialOAuth2Code)
            or isinstance(self.credential, CredentialOAuth2Password)
            or isinstance(self.credential, CredentialOAuth2Token)
            or isinstance(self.credential, CredentialCertificate)
            or isinstance(self.credential, CredentialOpaque)
        ):
            credential = self.credential.to_dict()
        else:
            credential = self.credential.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
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
        from ..models.credential_basic_auth import CredentialBasicAuth
        from ..models.credential_binary import CredentialBinary
        from ..models.credential_certificate import CredentialCertificate
        from ..models.credential_none import CredentialNone
        from ..models.credential_oauth2_client import CredentialOAuth2Client
        from ..models.credential_oauth2_code import CredentialOAuth2Code
        from ..models.credential_oauth2_password import CredentialOAuth2Password
        from ..models.credential_oauth2_token import CredentialOAuth2Token
        from ..models.credential_opaque import CredentialOpaque
        from ..models.credential_string import CredentialString
        from ..models.credential_unmatched import CredentialUnmatched

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

        def _parse_credential(
            data: object,
        ) -> (
            CredentialBasicAuth
            | CredentialBinary
            | CredentialCertificate
            | CredentialNone
            | CredentialOAuth2Client
            | CredentialOAuth2Code
            | CredentialOAuth2Password
            | CredentialOAuth2Token
            | CredentialOpaque
            | CredentialString
            | CredentialUnmatched
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_credential_type_0 = CredentialNone.from_dict(data)

                return componentsschemas_credential_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_credential_type_1 = CredentialString.from_dict(data)

                return componentsschemas_credential_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_credential_type_2 = CredentialBinary.from_dict(data)

                return componentsschemas_credential_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_credential_type_3 = CredentialBasicAuth.from_dict(
                    data
                )

                return componentsschemas_credential_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_credential_type_4 = CredentialOAuth2Client.from_dict(
                    data
                )

                return componentsschemas_credential_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_credential_type_5 = CredentialOAuth2Code.from_dict(
                    data
                )

                return componentsschemas_credential_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_credential_type_6 = (
                    CredentialOAuth2Password.from_dict(data)
                )

                return componentsschemas_credential_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_credential_type_7 = CredentialOAuth2Token.from_dict(
                    data
                )

                return componentsschemas_credential_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_credential_type_8 = CredentialCertificate.from_dict(
                    data
                )

                return componentsschemas_credential_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_credential_type_9 = CredentialOpaque.from_dict(data)

                return componentsschemas_credential_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_credential_type_10 = CredentialUnmatched.from_dict(data)

            return componentsschemas_credential_type_10

        credential = _parse_credential(d.pop("credential"))

        connection_credential = cls(
            id=id,
            auth_scheme_config=auth_scheme_config,
            credential=credential,
        )

        connection_credential.additional_properties = d
        return connection_credential

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
