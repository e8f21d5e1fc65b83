from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.connection_credential_update import ConnectionCredentialUpdate


T = TypeVar("T", bound="ConnectionUpdate")


@_attrs_define
class ConnectionUpdate:
    """The connection as it should be; see `update_connection`. All three fields are required, as in Versori's
    description, so that a connection read and sent back is a valid update.

    """

    name: str
    """ The connection's name, unique among the connections of its system. """
    credentials: list[ConnectionCredentialUpdate]
    """ Every credential of the connection, by the `id` of its entry, in the new order. """
    base_url: str
    """ The new base URL (see `ConnectionBaseUrl`), or an empty string to keep the stored one. Versori's
    description types it as a URI and says an empty string is ignored; this document allows both.
     """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        credentials = []
        for credentials_item_data in self.credentials:
            credentials_item = credentials_item_data.to_dict()
            credentials.append(credentials_item)

        base_url: str
        base_url = self.base_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "credentials": credentials,
                "baseUrl": base_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.connection_credential_update import ConnectionCredentialUpdate

        d = dict(src_dict)
        name = d.pop("name")

        credentials = []
        _credentials = d.pop("credentials")
        for credentials_item_data in _credentials:
            credentials_item = ConnectionCredentialUpdate.from_dict(
                credentials_item_data
            )

            credentials.append(credentials_item)

        def _parse_base_url(data: object) -> str:
            return cast(str, data)

        base_url = _parse_base_url(d.pop("baseUrl"))

        connection_update = cls(
            name=name,
            credentials=credentials,
            base_url=base_url,
        )

        return connection_update
