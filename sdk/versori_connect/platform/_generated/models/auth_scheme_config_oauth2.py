from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message import Message
    from ..models.oauth2_grant_authorization_code import OAuth2GrantAuthorizationCode
    from ..models.oauth2_grant_client_credentials import OAuth2GrantClientCredentials
    from ..models.oauth2_grant_password import OAuth2GrantPassword
    from ..models.oauth2_scope import OAuth2Scope


T = TypeVar("T", bound="AuthSchemeConfigOAuth2")


@_attrs_define
class AuthSchemeConfigOAuth2:
    """The keyed object of an `oauth2` config: where the provider's endpoints are, the scopes a user may pick
    (`scopes`) and those asked for by default (`defaultScopes`), and the grant. `additionalAuthorizeParams`
    only suggests defaults to a user interface: initialise never reads it, the caller passes its own
    `additionalParams`. `additionalTokenParams` is sent in the body of the requests to `tokenUrl` (a code's
    own `additionalParams` replace it, see `create_connection`). With `mtlsEnabled`, requests to `tokenUrl`
    present the client certificate of the `certificate` credential `mtlsCredentialId`.

    """

    id: str
    """ The id of an auth scheme config, chosen by whoever writes the config and unique among the configs of its
    system. Versori's descriptions call it a ULID, but type it as text, and Versori's CLI sends the name the
    user gives (`systems add-auth-scheme --name`) as the id; so any id of letters, digits and `.`, `_`, `~`
    and `-` is taken (the characters a URL path carries as they are, RFC 3986 section 2.3), a ULID included.
     """
    description: str
    """ Tells apart several configs of the same type. It may be empty (Versori's CLI sends `""` when no
    description is given).
     """
    token_url: str
    """ The provider's token endpoint. """
    scopes: list[OAuth2Scope]
    """ Every scope the application offers; a user picks among them when connecting. """
    default_scopes: list[str]
    """ The scopes asked for unless the user picks others. """
    grant: (
        OAuth2GrantAuthorizationCode
        | OAuth2GrantClientCredentials
        | OAuth2GrantPassword
    )
    """ How an `oauth2` config obtains tokens: `type` names the grant and the one key that holds its details
    (`authorizationCode`, `clientCredentials` or `password`, each required with its type and refused with
    another).
     """
    validation_messages: list[Message] | Unset = UNSET
    """ Notes the server made when it checked the config; ignored when sent. """
    authorize_url: str | Unset = UNSET
    """ The provider's authorize endpoint; the `authorizationCode` grant needs it. """
    additional_authorize_params: str | Unset = UNSET
    """ A query string a user interface adds to the authorize URL by default. """
    additional_token_params: str | Unset = UNSET
    """ Form parameters (`application/x-www-form-urlencoded`) added to each token request. """
    mtls_enabled: bool | Unset = UNSET
    """ True presents a client certificate (mutual TLS) to the token endpoint. """
    mtls_credential_id: str | Unset = UNSET
    """ The `certificate` credential used for mutual TLS. When it is left out on create with `mtlsEnabled`
    true, the connection's `certificate` config and credential are linked instead.
     """
    pkce: bool | Unset = UNSET
    """ True when the provider wants PKCE (RFC 7636) on the `authorizationCode` grant. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.oauth2_grant_authorization_code import (
            OAuth2GrantAuthorizationCode,
        )
        from ..models.oauth2_grant_client_credentials import (
            OAuth2GrantClientCredentials,
        )

        id = self.id

        description: str
        description = self.description

        token_url = self.token_url

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item = scopes_item_data.to_dict()
            scopes.append(scopes_item)

        default_scopes = self.default_scopes

        grant: dict[str, Any]
        if isinstance(self.grant, OAuth2GrantAuthorizationCode) or isinstance(
            self.grant, OAuth2GrantClientCredentials
        ):
            grant = self.grant.to_dict()
        else:
            grant = self.grant.to_dict()

        validation_messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.validation_messages, Unset):
            validation_messages = []
            for validation_messages_item_data in self.validation_messages:
                validation_messages_item = validation_messages_item_data.to_dict()
                validation_messages.append(validation_messages_item)

        authorize_url = self.authorize_url

        additional_authorize_params = self.additional_authorize_params

        additional_token_params = self.additional_token_params

        mtls_enabled = self.mtls_enabled

        mtls_credential_id = self.mtls_credential_id

        pkce = self.pkce

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "description": description,
                "tokenUrl": token_url,
                "scopes": scopes,
                "defaultScopes": default_scopes,
                "grant": grant,
            }
        )
        if validation_messages is not UNSET:
            field_dict["validationMessages"] = validation_messages
        if authorize_url is not UNSET:
            field_dict["authorizeUrl"] = authorize_url
        if additional_authorize_params is not UNSET:
            field_dict["additionalAuthorizeParams"] = additional_authorize_params
        if additional_token_params is not UNSET:
            field_dict["additionalTokenParams"] = additional_token_params
        if mtls_enabled is not UNSET:
            field_dict["mtlsEnabled"] = mtls_enabled
        if mtls_credential_id is not UNSET:
            field_dict["mtlsCredentialId"] = mtls_credential_id
        if pkce is not UNSET:
            field_dict["pkce"] = pkce

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.message import Message
        from ..models.oauth2_grant_authorization_code import (
            OAuth2GrantAuthorizationCode,
        )
        from ..models.oauth2_grant_client_credentials import (
            OAuth2GrantClientCredentials,
        )
        from ..models.oauth2_grant_password import OAuth2GrantPassword
        from ..models.oauth2_scope import OAuth2Scope

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_description(data: object) -> str:
            return cast(str, data)

        description = _parse_description(d.pop("description"))

        token_url = d.pop("tokenUrl")

        scopes = []
        _scopes = d.pop("scopes")
        for scopes_item_data in _scopes:
            scopes_item = OAuth2Scope.from_dict(scopes_item_data)

            scopes.append(scopes_item)

        default_scopes = cast(list[str], d.pop("defaultScopes"))

        def _parse_grant(
            data: object,
        ) -> (
            OAuth2GrantAuthorizationCode
            | OAuth2GrantClientCredentials
            | OAuth2GrantPassword
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_auth_scheme_config_o_auth_2_grant_type_0 = (
                    OAuth2GrantAuthorizationCode.from_dict(data)
                )

                return componentsschemas_auth_scheme_config_o_auth_2_grant_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_auth_scheme_config_o_auth_2_grant_type_1 = (
                    OAuth2GrantClientCredentials.from_dict(data)
                )

                return componentsschemas_auth_scheme_config_o_auth_2_grant_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_auth_scheme_config_o_auth_2_grant_type_2 = (
                OAuth2GrantPassword.from_dict(data)
            )

            return componentsschemas_auth_scheme_config_o_auth_2_grant_type_2

        grant = _parse_grant(d.pop("grant"))

        _validation_messages = d.pop("validationMessages", UNSET)
        validation_messages: list[Message] | Unset = UNSET
        if _validation_messages is not UNSET:
            validation_messages = []
            for validation_messages_item_data in _validation_messages:
                validation_messages_item = Message.from_dict(
                    validation_messages_item_data
                )

                validation_messages.append(validation_messages_item)

        authorize_url = d.pop("authorizeUrl", UNSET)

        additional_authorize_params = d.pop("additionalAuthorizeParams", UNSET)

        additional_token_params = d.pop("additionalTokenParams", UNSET)

        mtls_enabled = d.pop("mtlsEnabled", UNSET)

        mtls_credential_id = d.pop("mtlsCredentialId", UNSET)

        pkce = d.pop("pkce", UNSET)

        auth_scheme_config_oauth2 = cls(
            id=id,
            description=description,
            token_url=token_url,
            scopes=scopes,
            default_scopes=default_scopes,
            grant=grant,
            validation_messages=validation_messages,
            authorize_url=authorize_url,
            additional_authorize_params=additional_authorize_params,
            additional_token_params=additional_token_params,
            mtls_enabled=mtls_enabled,
            mtls_credential_id=mtls_credential_id,
            pkce=pkce,
        )

        auth_scheme_config_oauth2.additional_properties = d
        return auth_scheme_config_oauth2

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
