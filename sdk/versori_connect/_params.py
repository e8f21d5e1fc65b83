"""The Pythonic arguments of initialise, the same in every Versori API that has it (the Connect API on a connector,
the Platform API on a system), turned into what the generated request models send on the wire: each API's
builder passes ``initialise_fields(...)`` and ``credential_reference(...)`` to its own generated model."""

from collections.abc import Mapping, Sequence
from typing import Protocol, TypedDict, TypeVar, Unpack
from urllib.parse import quote

from ._core.unset import UNSET, Unset, unset_if_none
from ._types import AdditionalParams, CredentialParam


class _CredentialReference(Protocol):
    """An API's generated ``CredentialReference``."""

    def __init__(self, *, id: str, organisation_id: str) -> None: ...


_R = TypeVar("_R", bound=_CredentialReference)


class InitialiseFields(TypedDict):
    """The fields of an API's ``InitialiseOAuth2ConnectionRequest`` that every API's initialise takes alike."""

    authorize_url: str
    client_id: str
    scopes: list[str] | Unset
    prompt: str | Unset
    disable_offline_access: bool | Unset
    additional_params: str | Unset


class InitialiseArguments(TypedDict):
    """The keyword arguments of every API's ``initialise_oauth2`` that ``initialise_fields`` turns into fields."""

    authorize_url: str
    client_id: str
    scopes: Sequence[str] | None
    prompt: str | None
    disable_offline_access: bool
    additional_params: AdditionalParams | None


def initialise_fields(**arguments: Unpack[InitialiseArguments]) -> InitialiseFields:
    """The keyword arguments as the request model's fields: ``None`` leaves a field out (``prompt=""`` sends an
    empty prompt), ``disable_offline_access`` is sent only when true, and ``additional_params`` is encoded."""
    scopes, additional_params = arguments["scopes"], arguments["additional_params"]
    if isinstance(scopes, str):
        raise TypeError(f"scopes takes a list of scopes, not a string: use [{scopes!r}] or {scopes.split()!r}")
    return InitialiseFields(
        authorize_url=arguments["authorize_url"],
        client_id=arguments["client_id"],
        scopes=UNSET if scopes is None else list(scopes),
        prompt=unset_if_none(arguments["prompt"]),
        disable_offline_access=True if arguments["disable_offline_access"] else UNSET,
        additional_params=UNSET if additional_params is None else encode_additional_params(additional_params),
    )


def credential_reference(credential: CredentialParam | _R, model: type[_R]) -> _R:
    """The API's generated ``model`` for ``credential``, given as the model or as ``{"id": ...,
    "organisation_id": ...}``."""
    if isinstance(credential, model):
        return credential
    try:
        return model(id=credential["id"], organisation_id=credential["organisation_id"])  # type: ignore[index]
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
