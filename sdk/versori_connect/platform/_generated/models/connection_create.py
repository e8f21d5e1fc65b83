from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connection_credential_create import ConnectionCredentialCreate
    from ..models.variable import Variable


T = TypeVar("T", bound="ConnectionCreate")


@_attrs_define
class ConnectionCreate:
    """The new connection itself; see `create_connection`."""

    name: str
    """ The connection's name, unique among the connections of its system. """
    credentials: list[ConnectionCredentialCreate]
    """ The connection's credentials, each with its auth scheme config, applied in this order. """
    base_url: str | Unset = UNSET
    """ The base URL of the connection's requests, in place of the system's, for a user who has an instance of
    their own (`https://ada-shop.myshopify.com` for a system whose base URL is a placeholder). Only the
    scheme and host count: the rest is ignored. Versori's description says a missing scheme is taken as
    `https://`, but also types the field as a URI, which has one: send it.
     """
    variables: list[Variable] | Unset = UNSET
    """ Accepted and ignored. An older description of the Platform API (the one Versori's JavaScript SDK
    is generated from) had connection variables here, and Versori's front end still sends
    `"variables": []`; Versori's current descriptions have none.
     """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        credentials = []
        for credentials_item_data in self.credentials:
            credentials_item = credentials_item_data.to_dict()
            credentials.append(credentials_item)

        base_url = self.base_url

        variables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = []
            for variables_item_data in self.variables:
                variables_item = variables_item_data.to_dict()
                variables.append(variables_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "credentials": credentials,
            }
        )
        if base_url is not UNSET:
            field_dict["baseUrl"] = base_url
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.connection_credential_create import ConnectionCredentialCreate
        from ..models.variable import Variable

        d = dict(src_dict)
        name = d.pop("name")

        credentials = []
        _credentials = d.pop("credentials")
        for credentials_item_data in _credentials:
            credentials_item = ConnectionCredentialCreate.from_dict(
                credentials_item_data
            )

            credentials.append(credentials_item)

        base_url = d.pop("baseUrl", UNSET)

        _variables = d.pop("variables", UNSET)
        variables: list[Variable] | Unset = UNSET
        if _variables is not UNSET:
            variables = []
            for variables_item_data in _variables:
                variables_item = Variable.from_dict(variables_item_data)

                variables.append(variables_item)

        connection_create = cls(
            name=name,
            credentials=credentials,
            base_url=base_url,
            variables=variables,
        )

        return connection_create
