from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="OAuth2CodeData")


@_attrs_define
class OAuth2CodeData:
    """What the provider's redirect brought back to `redirect_uri`."""

    code: str
    """ The authorization code (printable ASCII, RFC 6749 appendix A.11). """
    state: str
    """ The state initialise put in the authorize URL, as the provider sent it back. """

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        state = self.state

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "state": state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        state = d.pop("state")

        oauth2_code_data = cls(
            code=code,
            state=state,
        )

        return oauth2_code_data
