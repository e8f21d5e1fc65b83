from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.endpoint import Endpoint
    from ..models.message import Message


T = TypeVar("T", bound="AuthSchemeConfigOAuth1")


@_attrs_define
class AuthSchemeConfigOAuth1:
    """The keyed object of an `oauth1` config (OAuth 1.0a, RFC 5849; Versori says it was tried against
    NetSuite's token-based authentication): the consumer key and secret, the three endpoints of the
    browser sign-in (temporary credentials, the resource owner's authorization, the token), and the
    signature method. With `tokenAuth` the endpoints may be left out and a connection takes an
    `oauth1-token` credential (a token and its secret obtained elsewhere); without it, a connection takes an
    `oauth1` credential from the browser sign-in. `consumerSecret` is kept in the organisation's credential
    named by `credentialId` (the server makes one when none is named), reads back as `[redacted]`, and a
    config sent back with `[redacted]` keeps the stored secret. Versori's description titles this schema
    "OAuth 2.0".

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
    consumer_key: str
    """ The consumer key the provider knows the application by. """
    consumer_secret: str
    """ The consumer secret; reads back as `[redacted]`. """
    signature_method: str
    """ The signature method. Versori's descriptions name `sha256` (HMAC-SHA256) and `sha1` (HMAC-SHA1) but
    type the field as text, and so do Versori's own clients (Go and TypeScript): any non-empty text is
    taken and read back as sent, so that an answer naming another method still reads as an `oauth1`
    config.
     """
    validation_messages: list[Message] | Unset = UNSET
    """ Notes the server made when it checked the config; ignored when sent. """
    token_auth: bool | Unset = UNSET
    """ True when connections bring a token and its secret (`oauth1-token`) instead of signing in. """
    temp_credential_endpoint: Endpoint | Unset = UNSET
    """ An OAuth 1.0 endpoint, and how the OAuth parameters travel to it. """
    resource_owner_authorization_endpoint: Endpoint | Unset = UNSET
    """ An OAuth 1.0 endpoint, and how the OAuth parameters travel to it. """
    token_endpoint: Endpoint | Unset = UNSET
    """ An OAuth 1.0 endpoint, and how the OAuth parameters travel to it. """
    credential_id: str | Unset = UNSET
    """ A ULID: 26 characters of Crockford's base32 in upper case, the first one 0 to 7 (a larger first
    character would overflow the 128-bit value). Versori's descriptions write these as `format: ulid`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description: str
        description = self.description

        consumer_key = self.consumer_key

        consumer_secret = self.consumer_secret

        signature_method = self.signature_method

        validation_messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.validation_messages, Unset):
            validation_messages = []
            for validation_messages_item_data in self.validation_messages:
                validation_messages_item = validation_messages_item_data.to_dict()
                validation_messages.append(validation_messages_item)

        token_auth = self.token_auth

        temp_credential_endpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.temp_credential_endpoint, Unset):
            temp_credential_endpoint = self.temp_credential_endpoint.to_dict()

        resource_owner_authorization_endpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resource_owner_authorization_endpoint, Unset):
            resource_owner_authorization_endpoint = (
                self.resource_owner_authorization_endpoint.to_dict()
            )

        token_endpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.token_endpoint, Unset):
            token_endpoint = self.token_endpoint.to_dict()

        credential_id = self.credential_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "description": description,
                "consumerKey": consumer_key,
                "consumerSecret": consumer_secret,
                "signatureMethod": signature_method,
            }
        )
        if validation_messages is not UNSET:
            field_dict["validationMessages"] = validation_messages
        if token_auth is not UNSET:
            field_dict["tokenAuth"] = token_auth
        if temp_credential_endpoint is not UNSET:
            field_dict["tempCredentialEndpoint"] = temp_credential_endpoint
        if resource_owner_authorization_endpoint is not UNSET:
            field_dict["resourceOwnerAuthorizationEndpoint"] = (
                resource_owner_authorization_endpoint
            )
        if token_endpoint is not UNSET:
            field_dict["tokenEndpoint"] = token_endpoint
        if credential_id is not UNSET:
            field_dict["credentialId"] = credential_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.endpoint import Endpoint
        from ..models.message import Message

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_description(data: object) -> str:
            return cast(str, data)

        description = _parse_description(d.pop("description"))

        consumer_key = d.pop("consumerKey")

        consumer_secret = d.pop("consumerSecret")

        signature_method = d.pop("signatureMethod")

        _validation_messages = d.pop("validationMessages", UNSET)
        validation_messages: list[Message] | Unset = UNSET
        if _validation_messages is not UNSET:
            validation_messages = []
            for validation_messages_item_data in _validation_messages:
                validation_messages_item = Message.from_dict(
                    validation_messages_item_data
                )

                validation_messages.append(validation_messages_item)

        token_auth = d.pop("tokenAuth", UNSET)

        _temp_credential_endpoint = d.pop("tempCredentialEndpoint", UNSET)
        temp_credential_endpoint: Endpoint | Unset
        if isinstance(_temp_credential_endpoint, Unset):
            temp_credential_endpoint = UNSET
        else:
            temp_credential_endpoint = Endpoint.from_dict(_temp_credential_endpoint)

        _resource_owner_authorization_endpoint = d.pop(
            "resourceOwnerAuthorizationEndpoint", UNSET
        )
        resource_owner_authorization_endpoint: Endpoint | Unset
        if isinstance(_resource_owner_authorization_endpoint, Unset):
            resource_owner_authorization_endpoint = UNSET
        else:
            resource_owner_authorization_endpoint = Endpoint.from_dict(
                _resource_owner_authorization_endpoint
            )

        _token_endpoint = d.pop("tokenEndpoint", UNSET)
        token_endpoint: Endpoint | Unset
        if isinstance(_token_endpoint, Unset):
            token_endpoint = UNSET
        else:
            token_endpoint = Endpoint.from_dict(_token_endpoint)

        credential_id = d.pop("credentialId", UNSET)

        auth_scheme_config_oauth1 = cls(
            id=id,
            description=description,
            consumer_key=consumer_key,
            consumer_secret=consumer_secret,
            signature_method=signature_method,
            validation_messages=validation_messages,
            token_auth=token_auth,
            temp_credential_endpoint=temp_credential_endpoint,
            resource_owner_authorization_endpoint=resource_owner_authorization_endpoint,
            token_endpoint=token_endpoint,
            credential_id=credential_id,
        )

        auth_scheme_config_oauth1.additional_properties = d
        return auth_scheme_config_oauth1

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
