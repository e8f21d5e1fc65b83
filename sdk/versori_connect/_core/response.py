"""Answers turned into results or errors: the generated models read them, nothing else does."""

import functools
import sys
import types
from collections.abc import Callable, Mapping
from typing import Any, TypeVar, cast

import httpx

from .exceptions import APIResponseValidationError, APIStatusError, ErrorBody, error_class_for_status
from .types import RawResponse

_T = TypeVar("_T")
Parser = Callable[[Mapping[str, Any]], _T]

# The scalar annotations of the generated models, checked after from_dict (which checks no types). ``Unset`` is
# each generated package's own, looked up in the model's module.
_SCALARS: Mapping[str, type | tuple[type, ...]] = types.MappingProxyType(
    {"str": str, "bool": bool, "int": int, "float": (int, float), "None": type(None)}
)


def no_content(data: Mapping[str, Any]) -> None:
    """The parser of an answer without a body (204): ``read_response`` does not read the body at all."""


def read_response(
    response: httpx.Response, parse: Parser[_T], parse_error: Parser[ErrorBody], retries_taken: int
) -> RawResponse[_T]:
    """The parsed answer of a 2xx; otherwise raise the error the status and body call for, the body read by
    ``parse_error`` (the API's ``Error`` model)."""
    if not response.is_success:
        raise status_error(response, parse_error)
    parsed = cast(_T, None) if parse is no_content else parse_body(response, parse)
    return RawResponse(
        status_code=response.status_code,
        headers=response.headers,
        parsed=parsed,
        http_response=response,
        retries_taken=retries_taken,
    )


def status_error(response: httpx.Response, parse_error: Parser[ErrorBody]) -> APIStatusError:
    """The exception for an error answer, of the class ``error_class_for_status`` names."""
    error = parse_body(response, parse_error)
    return error_class_for_status(response.status_code)(response=response, error=error)


def parse_body(response: httpx.Response, parse: Parser[_T]) -> _T:
    """The body read by a generated model's ``from_dict``; ``APIResponseValidationError`` if it cannot be."""
    try:
        data = response.json()
        if not isinstance(data, dict):
            raise TypeError(f"expected a JSON object, got {type(data).__name__}")
        model = parse(data)
        _check_types(model)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise APIResponseValidationError(
            f"The {response.status_code} answer does not match the contract: {type(exc).__name__}: {exc}",
            response=response,
        ) from exc
    return model


def _check_types(value: object, path: str = "body") -> None:
    if isinstance(value, list):
        for index, item in enumerate(value):
            _check_types(item, f"{path}[{index}]")
        return
    model: type = type(value)
    for name, annotation, allowed in _field_checks(model):
        item = getattr(value, name)
        if allowed is None:
            _check_types(item, f"{path}.{name}")
        elif not isinstance(item, allowed) or (isinstance(item, bool) and bool not in allowed):
            raise TypeError(f"{path}.{name} should be {annotation}, got {type(item).__name__}")


@functools.cache
def _field_checks(model: type) -> tuple[tuple[str, object, tuple[type, ...] | None], ...]:
    """Each field of a generated model with its annotation and the types it allows (``None``: a model, a list or
    anything else to look into); none for a type that is not a model."""
    import attrs  # loaded already by the model being checked

    if not attrs.has(model):
        return ()
    # The field annotations use the names of the generated class's module, also when ``model`` is a subclass of
    # it (a page).
    module = next(klass.__module__ for klass in model.__mro__ if "__attrs_attrs__" in vars(klass))
    return tuple((field.name, field.type, _allowed_types(field.type, module)) for field in attrs.fields(model))


@functools.cache
def _allowed_types(annotation: object, module: str) -> tuple[type, ...] | None:
    """The types a scalar annotation such as ``"str | Unset"`` of a model in ``module`` allows; ``None`` for
    anything else."""
    if not isinstance(annotation, str):
        return None
    allowed: list[type] = []
    for name in annotation.split(" | "):
        scalar = vars(sys.modules[module]).get("Unset") if name == "Unset" else _SCALARS.get(name)
        if scalar is None:
            return None
        allowed.extend(scalar if isinstance(scalar, tuple) else (scalar,))
    return tuple(allowed)
