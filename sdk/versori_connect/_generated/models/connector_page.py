from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.big_query_connector import BigQueryConnector
    from ..models.http_connector import HttpConnector


T = TypeVar("T", bound="ConnectorPage")


@_attrs_define
class ConnectorPage:
    """One page of connectors, the most recently updated first."""

    total_count: int
    """ How many connectors the organisation has in all (matching the filters). """
    connectors: list[BigQueryConnector | HttpConnector]
    next_: str | Unset = UNSET
    """ Pass as `after` for the following page; absent on the last page. """
    prev: str | Unset = UNSET
    """ Pass as `before` for the page before; absent on the first page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.http_connector import HttpConnector

        total_count = self.total_count

        connectors = []
        for connectors_item_data in self.connectors:
            connectors_item: dict[str, Any]
            if isinstance(connectors_item_data, HttpConnector):
                connectors_item = connectors_item_data.to_dict()
            else:
                connectors_item = connectors_item_data.to_dict()

            connectors.append(connectors_item)

        next_ = self.next_

        prev = self.prev

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalCount": total_count,
                "connectors": connectors,
            }
        )
        if next_ is not UNSET:
            field_dict["next"] = next_
        if prev is not UNSET:
            field_dict["prev"] = prev

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.big_query_connector import BigQueryConnector
        from ..models.http_connector import HttpConnector

        d = dict(src_dict)
        total_count = d.pop("totalCount")

        connectors = []
        _connectors = d.pop("connectors")
        for connectors_item_data in _connectors:

            def _parse_connectors_item(
                data: object,
            ) -> BigQueryConnector | HttpConnector:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_connector_type_0 = HttpConnector.from_dict(data)

                    return componentsschemas_connector_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_connector_type_1 = BigQueryConnector.from_dict(data)

                return componentsschemas_connector_type_1

            connectors_item = _parse_connectors_item(connectors_item_data)

            connectors.append(connectors_item)

        next_ = d.pop("next", UNSET)

        prev = d.pop("prev", UNSET)

        connector_page = cls(
            total_count=total_count,
            connectors=connectors,
            next_=next_,
            prev=prev,
        )

        connector_page.additional_properties = d
        return connector_page

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
