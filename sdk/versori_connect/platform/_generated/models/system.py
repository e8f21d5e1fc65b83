from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


T = TypeVar("T", bound="System")


@_attrs_define
class System:
    """A system of the organisation, with its auth scheme configs (their secrets left out)."""

    id: str
    """ A ULID: 26 characters of Crockford's base32 in upper case, the first one 0 to 7 (a larger first
    character would overflow the 128-bit value). Versori's descriptions write these as `format: ulid`.
     """
    name: str
    """ The system's name, for people. """
    domain: str
    """ The provider's domain. """
    template_base_url: str
    """ The base URL of the system's requests. It may hold `{name}` placeholders (a shop's own host, say), which a
    connection's `baseUrl` fills in, so it is not always a URI as it stands.
     """
    auth_scheme_configs: list[
        AuthSchemeApiKey
        | AuthSchemeBasicAuth
        | AuthSchemeCertificate
        | AuthSchemeHmac
        | AuthSchemeJwtBearer
        | AuthSchemeNone
        | AuthSchemeOAuth1
        | AuthSchemeOAuth2
        | AuthSchemeSecret
    ]
    """ How connections may authenticate to the system. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.auth_scheme_api_key import AuthSchemeApiKey
        from ..models.auth_scheme_basic_auth import AuthSchemeBasicAuth
        from ..models.auth_scheme_certificate import AuthSchemeCertificate
        from ..models.auth_scheme_hmac import AuthSchemeHmac
        from ..models.auth_scheme_jwt_bearer import AuthSchemeJwtBearer
        from ..models.auth_scheme_none import AuthSchemeNone
        from ..models.auth_scheme_oauth1 import AuthSchemeOAuth1
        from ..models.auth_scheme_oauth2 import AuthSchemeOAuth2

        id = self.id

        name = self.name

        domain = self.domain

        template_base_url = self.template_base_url

        auth_scheme_configs = []
        for auth_scheme_configs_item_data in self.auth_scheme_configs:
            auth_scheme_configs_item: dict[str, Any]
            if (
                isinstance(auth_scheme_configs_item_data, AuthSchemeNone)
                or isinstance(auth_scheme_configs_item_data, AuthSchemeApiKey)
                or isinstance(auth_scheme_configs_item_data, AuthSchemeBasicAuth)
                or isinstance(auth_scheme_configs_item_data, AuthSchemeOAuth2)
                or isinstance(auth_scheme_configs_item_data, AuthSchemeHmac)
                or isinstance(auth_scheme_configs_item_data, AuthSchemeJwtBearer)
                or isinstance(auth_scheme_configs_item_data, AuthSchemeCertificate)
                or isinstance(auth_scheme_configs_item_data, AuthSchemeOAuth1)
            ):
                auth_scheme_configs_item = auth_scheme_configs_item_data.to_dict()
            else:
                auth_scheme_configs_item = auth_scheme_configs_item_data.to_dict()

            auth_scheme_configs.append(auth_scheme_configs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "domain": domain,
                "templateBaseUrl": template_base_url,
                "authSchemeConfigs": auth_scheme_configs,
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

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        domain = d.pop("domain")

        template_base_url = d.pop("templateBaseUrl")

        auth_scheme_configs = []
        _auth_scheme_configs = d.pop("authSchemeConfigs")
        for auth_scheme_configs_item_data in _auth_scheme_configs:

            def _parse_auth_scheme_configs_item(
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
                    componentsschemas_auth_scheme_config_type_0 = (
                        AuthSchemeNone.from_dict(data)
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
                    componentsschemas_auth_scheme_config_type_4 = (
                        AuthSchemeHmac.from_dict(data)
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
                componentsschemas_auth_scheme_config_type_8 = (
                    AuthSchemeSecret.from_dict(data)
                )

                return componentsschemas_auth_scheme_config_type_8

            auth_scheme_configs_item = _parse_auth_scheme_configs_item(
                auth_scheme_configs_item_data
            )

            auth_scheme_configs.append(auth_scheme_configs_item)

        system = cls(
            id=id,
            name=name,
            domain=domain,
            template_base_url=template_base_url,
            auth_scheme_configs=auth_scheme_configs,
        )

        system.additional_properties = d
        return system

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
