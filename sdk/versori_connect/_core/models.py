"""The contract's JSON read into an API's generated models, the same way for every API: a body given as the model
or as a mapping (``model_or_json``), and a ``oneOf`` told apart by its discriminator (``by_discriminator``)."""

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

_M = TypeVar("_M")


def model_or_json(
    value: _M | Mapping[str, Any],
    model: type[_M] | tuple[type[_M], ...],
    parse: Callable[[Mapping[str, Any]], _M],
    argument: str,
) -> _M:
    """``value`` if it is already the generated model, else the model read from the contract's JSON; ``TypeError``
    naming ``argument`` when it is neither."""
    if isinstance(value, model):
        return value
    if not isinstance(value, Mapping):
        raise TypeError(f"{argument} takes the generated model or the contract's JSON (a mapping), got {value!r}")
    try:
        return parse(value)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise TypeError(f"{argument} does not match the contract: {type(exc).__name__}: {exc}") from exc


def by_discriminator(classes: Mapping[str, type[Any]], name: str, data: Mapping[str, Any]) -> Any:
    """``data`` read by the class its discriminator ``name`` names, never by trying shapes (two variants of one
    shape stay apart); ``KeyError`` for a missing or unknown value."""
    value = data.get(name)
    if not isinstance(value, str) or value not in classes:
        raise KeyError(f"{name} {value!r} is not one of {', '.join(classes)}")
    return classes[value].from_dict(data)
