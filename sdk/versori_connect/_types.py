"""The types callers of the Versori APIs pass in, beside the generated models and the core's types: the arguments of
initialise, the same in the Connect and the Platform API."""

from collections.abc import Mapping, Sequence
from typing import TypeAlias, TypedDict

AdditionalParams: TypeAlias = str | Mapping[str, str | Sequence[str]] | Sequence[tuple[str, str]]
"""A query string sent as is, a mapping (a list value repeats the name) or a sequence of (name, value) pairs."""


class CredentialParam(TypedDict):
    """A stored OAuth 2.0 client credential: its id and the organisation that owns it."""

    id: str
    organisation_id: str
