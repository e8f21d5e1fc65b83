from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.auth_scheme_api_key import AuthSchemeApiKey
    from ..models.auth_scheme_basic_auth import AuthSchemeBasicAuth
    from ..models.auth_scheme_certificate import AuthSchemeCertificate
    from ..models.auth_scheme_hmac import AuthSchemeHmac
    from ..models.auth_scheme_jwt_bearer import AuthSchemeJwtBearer
    from ..models.auth_scheme_none import AuthSchemeNone
    from ..models.auth_scheme_oauth1 import AuthSchemeOAuth1
    from ..models.auth_scheme_oauth2 import AuthSchemeOAuth2
    from ..models.auth_scheme_secret import AuthSchemeSecret
    from ..models.credential_basic_auth import CredentialBasicAuth
    from ..models.credential_binary import CredentialBinary
    from ..models.credential_certificate import CredentialCertificate
    from ..models.credential_none import CredentialNone
    from ..models.credential_oauth1 import CredentialOAuth1
    from ..models.credential_oauth1_token import CredentialOAuth1Token
    from ..models.credential_oauth2_client import CredentialOAuth2Client
    from ..models.credential_oauth2_code import CredentialOAuth2Code
    from ..models.credential_oauth2_password import CredentialOAuth2Password
    from ..models.credential_oauth2_token import CredentialOAuth2Token
    from ..models.credential_string import CredentialString


T = TypeVar("T", bound="ConnectionCredentialUpdate")


@_attrs_define
class ConnectionCredentialUpdate:
    """One of the connection's credentials, by the `id` of its entry, as it should be."""

    id: str
    """ A ULID: 26 characters of Crockford's base32 in upper case, the first one 0 to 7 (a larger first
    character would overflow the 128-bit value). Versori's descriptions write these as `format: ulid`.
     """
    auth_scheme_config: (
        AuthSchemeApiKey
        | AuthSchemeBasicAuth
        | AuthSchemeCertificate
        | AuthSchemeHmac
        | AuthSchemeJwtBearer
        | AuthSchemeNone
        | AuthSchemeOAuth1
        | AuthSchemeOAuth2
        | AuthSchemeSecret
    )
    """ How a system authenticates to the provider: `type` names the scheme and the one key that holds its
    details (`none`, `apiKey`, `basicAuth`, `oauth2`, `hmac`, `certificate`, `oauth1`); that key is
    required and no other is taken, so `{"type": "oauth2", "apiKey": {...}}` answers 400 naming `oauth2` (missing)
    and `apiKey` (not a field). `jwt-bearer` and `secret` carry `type` alone. This is configuration only:
    the secret is the credential used under it.
     """
    credential: (
        CredentialBasicAuth
        | CredentialBinary
        | CredentialCertificate
        | CredentialNone
        | CredentialOAuth1
        | CredentialOAuth1Token
        | CredentialOAuth2Client
        | CredentialOAuth2Code
        | CredentialOAuth2Password
        | CredentialOAuth2Token
        | CredentialString
    )
    """ A credential: `type` names what it is and the one key of `data` that holds it (`none`, `string`,
    `binary`, `basicAuth`, `oauth2Client`, `oauth2Code`, `oauth2Password`, `oauth2Token`, `oauth1`,
    `oauth1Token`, `certificate`); that key is required (except for `none`) and no other is taken, so a
    `string` credential whose data holds `basicAuth` answers 400 naming `data.string` (missing) and
    `data.basicAuth` (not a field). `type` is required here although Versori's description leaves it
    optional: without it the data cannot be read. `data` and `name` are optional, as in Versori's
    description; in a create or an update every credential but a `none` one carries its `data` (400 naming
    it otherwise).

    Secrets never come back. In answers, `string.value`, `binary.valueBase64`, `basicAuth.password`,
    `oauth2Password.password`, `oauth2Client.clientSecret`, `certificate.key`, `oauth1Token.tokenSecret` and
    the `oauth2Token`'s `refreshToken` (which its shape requires) and `accessToken` (when there is one) read
    `[redacted]`. In an update, a secret sent as `[redacted]` keeps the stored one, so a credential read and
    sent back unchanged is kept as it is. `oauth2-code` and `oauth1` credentials are only ever sent: each is
    exchanged for tokens, which are what reads back.
     """

    def to_dict(self) -> dict[str, Any]:
        from ..models.auth_scheme_api_key import AuthSchemeApiKey
        from ..models.auth_scheme_basic_auth import AuthSchemeBasicAuth
        from ..models.auth_scheme_certificate import AuthSchemeCertificate
        from ..models.auth_scheme_hmac import AuthSchemeHmac
        from ..models.auth_scheme_jwt_bearer import AuthSchemeJwtBearer
        from ..models.auth_scheme_none import AuthSchemeNone
        from ..models.auth_scheme_oauth1 import AuthSchemeOAuth1
        from ..models.auth_scheme_oauth2 import AuthSchemeOAuth2
        from ..models.credential_basic_auth import CredentialBasicAuth
        from ..models.credential_binary import CredentialBinary
        from ..models.credential_none import CredentialNone
        from ..models.credential_oauth1 import CredentialOAuth1
        from ..models.credential_oauth1_token import CredentialOAuth1Token
        from ..models.credential_oauth2_client import CredentialOAuth2Client
        from ..models.credential_oauth2_code import CredentialOAuth2Code
        from ..models.credential_oauth2_password import CredentialOAuth2Password
        from ..models.credential_oauth2_token import CredentialOAuth2Token
        from ..models.credential_string import CredentialString

        id = self.id

        auth_scheme_config: dict[str, Any]
        if (
            isinstance(self.auth_scheme_config, AuthSchemeNone)
            or isinstance(self.auth_scheme_config, AuthSchemeApiKey)
            or isinstance(self.auth_scheme_config, AuthSchemeBasicAuth)
            or isinstance(self.auth_scheme_config, AuthSchemeOAuth2)
            or isinstance(self.auth_scheme_config, AuthSchemeHmac)
            or isinstance(self.auth_scheme_config, AuthSchemeJwtBearer)
            or isinstance(self.auth_scheme_config, AuthSchemeCertificate)
            or isinstance(self.auth_scheme_config, AuthSchemeOAuth1)
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
            or isinstance(self.credential, CredentialOAuth1)
            or isinstance(self.credential, CredentialOAuth1Token)
        ):
            credential = self.credential.to_dict()
        else:
            credential = self.credential.to_dict()

        field_dict: dict[str, Any] = {}

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
        from ..models.auth_scheme_api_key import AuthSchemeApiKey
        from ..models.auth_scheme_basic_auth import AuthSchemeBasicAuth
        from ..models.auth_scheme_certificate import AuthSchemeCertificate
        from ..models.auth_scheme_hmac import AuthSchemeHmac
        from ..models.auth_scheme_jwt_bearer import AuthSchemeJwtBearer
        from ..models.auth_scheme_none import AuthSchemeNone
        from ..models.auth_scheme_oauth1 import AuthSchemeOAuth1
        from ..models.auth_scheme_oauth2 import AuthSchemeOAuth2
        from ..models.auth_scheme_secret import AuthSchemeSecret
        from ..models.credential_basic_auth import CredentialBasicAuth
        from ..models.credential_binary import CredentialBinary
        from ..models.credential_certificate import CredentialCertificate
        from ..models.credential_none import CredentialNone
        from ..models.credential_oauth1 import CredentialOAuth1
        from ..models.credential_oauth1_token import CredentialOAuth1Token
        from ..models.credential_oauth2_client import CredentialOAuth2Client
        from ..models.credential_oauth2_code import CredentialOAuth2Code
        from ..models.credential_oauth2_password import CredentialOAuth2Password
        from ..models.credential_oauth2_token import CredentialOAuth2Token
        from ..models.credential_string import CredentialString

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_auth_scheme_config(
            data: object,
        ) -> (
            AuthSchemeApiKey
            | AuthSchemeBasicAuth
            | AuthSchemeCertificate
            | AuthSchemeHmac
            | AuthSchemeJwtBearer
            | AuthSchemeNone
            | AuthSchemeOAuth1
            | AuthSchemeOAuth2
            | AuthSchemeSecret
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_auth_scheme_config_type_0 = AuthSchemeNone.from_dict(
                    data
                )

                return componentsschemas_auth_scheme_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_auth_scheme_config_type_1 = (
                    AuthSchemeApiKey.from_dict(data)
                )

                return componentsschemas_auth_scheme_config_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_auth_scheme_config_type_2 = (
                    AuthSchemeBasicAuth.from_dict(data)
                )

                return componentsschemas_auth_scheme_config_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_auth_scheme_config_type_3 = (
                    AuthSchemeOAuth2.from_dict(data)
                )

                return componentsschemas_auth_scheme_config_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_auth_scheme_config_type_4 = AuthSchemeHmac.from_dict(
                    data
                )

                return componentsschemas_auth_scheme_config_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_auth_scheme_config_type_5 = (
                    AuthSchemeJwtBearer.from_dict(data)
                )

                return componentsschemas_auth_scheme_config_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_auth_scheme_config_type_6 = (
                    AuthSchemeCertificate.from_dict(data)
                )

                return componentsschemas_auth_scheme_config_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_auth_scheme_config_type_7 = (
                    AuthSchemeOAuth1.from_dict(data)
                )

                return componentsschemas_auth_scheme_config_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_auth_scheme_config_type_8 = AuthSchemeSecret.from_dict(
                data
            )

            return componentsschemas_auth_scheme_config_type_8

        auth_scheme_config = _parse_auth_scheme_config(d.pop("authSchemeConfig"))

        def _parse_credential(
            data: object,
        ) -> (
            CredentialBasicAuth
            | CredentialBinary
            | CredentialCertificate
            | CredentialNone
            | CredentialOAuth1
            | CredentialOAuth1Token
            | CredentialOAuth2Client
            | CredentialOAuth2Code
            | CredentialOAuth2Password
            | CredentialOAuth2Token
            | CredentialString
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
                componentsschemas_credential_type_8 = CredentialOAuth1.from_dict(data)

                return componentsschemas_credential_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_credential_type_9 = CredentialOAuth1Token.from_dict(
                    data
                )

                return componentsschemas_credential_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_credential_type_10 = CredentialCertificate.from_dict(data)

            return componentsschemas_credential_type_10

        credential = _parse_credential(d.pop("credential"))

        connection_credential_update = cls(
            id=id,
            auth_scheme_config=auth_scheme_config,
            credential=credential,
        )

        return connection_credential_update
