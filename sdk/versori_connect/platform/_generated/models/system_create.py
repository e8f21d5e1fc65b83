from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

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
    from ..models.labels import Labels


T = TypeVar("T", bound="SystemCreate")


@_attrs_define
class SystemCreate:
    """A new system; see `create_system`."""

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
    """ How connections may authenticate to the system; may be empty, and added to later. """
    labels: Labels | Unset = UNSET
    """ Free labels about a system, each a key and a text value. Keys start with a letter and hold letters, digits
    and underscores.
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

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "domain": domain,
                "templateBaseUrl": template_base_url,
                "authSchemeConfigs": auth_scheme_configs,
            }
        )
        if labels is not UNSET:
            field_dict["labels"] = labels

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
        from ..models.labels import Labels

        d = dict(src_dict)
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

        _labels = d.pop("labels", UNSET)
        labels: Labels | Unset
        if isinstance(_labels, Unset):
            labels = UNSET
        else:
            labels = Labels.from_dict(_labels)

        system_create = cls(
            name=name,
            domain=domain,
            template_base_url=template_base_url,
            auth_scheme_configs=auth_scheme_configs,
            labels=labels,
        )

        return system_create
