from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSystem")


@_attrs_define
class UpdateSystem:
    """What changes in a system; each field left out is kept (see `update_system`)."""

    name: str | Unset = UNSET
    """ The system's name, for people. """
    domain: str | Unset = UNSET
    """ The provider's domain. """
    template_base_url: str | Unset = UNSET
    """ The base URL of the system's requests. It may hold `{name}` placeholders (a shop's own host, say), which a
    connection's `baseUrl` fills in, so it is not always a URI as it stands.
     """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        domain = self.domain

        template_base_url = self.template_base_url

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if domain is not UNSET:
            field_dict["domain"] = domain
        if template_base_url is not UNSET:
            field_dict["templateBaseUrl"] = template_base_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        domain = d.pop("domain", UNSET)

        template_base_url = d.pop("templateBaseUrl", UNSET)

        update_system = cls(
            name=name,
            domain=domain,
            template_base_url=template_base_url,
        )

        return update_system
