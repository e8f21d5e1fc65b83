"""Pythonic arguments turned into what the generated models send on the wire."""

from collections.abc import Mapping
from urllib.parse import quote

from ._generated.models import CredentialReference
from ._types import AdditionalParams, CredentialParam


def credential_reference(credential: CredentialParam | CredentialReference) -> CredentialReference:
    """The generated model for ``credential``, given as the model or as ``{"id": ..., "organisation_id": ...}``."""
    if isinstance(credential, CredentialReference):
        return credential
    try:
        return CredentialReference(id=credential["id"], organisation_id=credential["organisation_id"])
    except (KeyError, TypeError) as exc:
        raise TypeError(
            f'credential takes {{"id": ..., "organisation_id": ...}} or a CredentialReference, got {credential!r}'
        ) from exc


def encode_additional_params(params: AdditionalParams) -> str:
    """``additionalParams`` as a query string: a str is sent as is, a mapping or pairs are encoded.

    Names and values are percent-encoded with nothing left safe (a space is ``%20``, as the contract
    writes it); a list or tuple value in a mapping repeats the name, in order.
    """
    if isinstance(params, str):
        return params
    pairs = _pairs(params) if isinstance(params, Mapping) else params
    return "&".join(f"{_quote(name)}={_quote(value)}" for name, value in pairs)


def _pairs(params: Mapping[str, object]) -> list[tuple[str, object]]:
    pairs: list[tuple[str, object]] = []
    for name, value in params.items():
        if isinstance(value, list | tuple):
            pairs.extend((name, item) for item in value)
        else:
            pairs.append((name, value))
    return pairs


def _quote(text: object) -> str:
    if not isinstance(text, str):
        raise TypeError(f"additional_params names and values must be str, got {text!r}")
    return quote(text, safe="")
