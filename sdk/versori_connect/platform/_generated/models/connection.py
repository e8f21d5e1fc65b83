from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connection_credential import ConnectionCredential


T = TypeVar("T", bound="Connection")


@_attrs_define
class Connection:
    """A connection made on a connection template, with its credentials, their secrets left out. A dynamic
    connection belongs to one end user (list them with `end_user_id`).

    """

    id: str
    """ A ULID: 26 characters of Crockford's base32 in upper case, the first one 0 to 7 (a larger first
    character would overflow the 128-bit value). Versori's descriptions write these as `format: ulid`.
     """
    name: str
    """ The connection's name, unique among the connections of its system. """
    credentials: list[ConnectionCredential]
    """ The connection's credentials, each with its auth scheme config, applied in this order. """
    created_at: datetime.datetime
    """ An RFC 3339 time in UTC. """
    updated_at: datetime.datetime
    """ An RFC 3339 time in UTC. """
    base_url: str | Unset = UNSET
    """ The base URL of the connection's requests, in place of the system's, for a user who has an instance of
    their own (`https://ada-shop.myshopify.com` for a system whose base URL is a placeholder). Only the
    scheme and host count: the rest is ignored. Versori's description says a missing scheme is taken as
    `https://`, but also types the field as a URI, which has one: send it.
     """
    system_id: str | Unset = UNSET
    """ A ULID: 26 characters of Crockford's base32 in upper case, the first one 0 to 7 (a larger first
    character would overflow the 128-bit value). Versori's descriptions write these as `format: ulid`.
     """
    connection_template_id: str | Unset = UNSET
    """ A ULID: 26 characters of Crockford's base32 in upper case, the first one 0 to 7 (a larger first
    character would overflow the 128-bit value). Versori's descriptions write these as `format: ulid`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        credentials = []
        for credentials_item_data in self.credentials:
            credentials_item = credentials_item_data.to_dict()
            credentials.append(credentials_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        base_url = self.base_url

        system_id = self.system_id

        connection_template_id = self.connection_template_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "credentials": credentials,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if base_url is not UNSET:
            field_dict["baseUrl"] = base_url
        if system_id is not UNSET:
            field_dict["systemId"] = system_id
        if connection_template_id is not UNSET:
            field_dict["connectionTemplateId"] = connection_template_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.connection_credential import ConnectionCredential

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        credentials = []
        _credentials = d.pop("credentials")
        for credentials_item_data in _credentials:
            credentials_item = ConnectionCredential.from_dict(credentials_item_data)

            credentials.append(credentials_item)

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        base_url = d.pop("baseUrl", UNSET)

        system_id = d.pop("systemId", UNSET)

        connection_template_id = d.pop("connectionTemplateId", UNSET)

        connection = cls(
            id=id,
            name=name,
            credentials=credentials,
            created_at=created_at,
            updated_at=updated_at,
            base_url=base_url,
            system_id=system_id,
            connection_template_id=connection_template_id,
        )

        connection.additional_properties = d
        return connection

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
