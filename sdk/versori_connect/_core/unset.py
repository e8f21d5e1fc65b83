"""``UNSET``: the value of a field of a generated model that the JSON leaves out. One for every API: each generated
package's ``types`` imports it from here (``sdk/generator-templates/types.py.jinja``), so that ``UNSET`` and
``Unset`` are the same objects in the models of every API."""

from typing import Final, Literal, TypeVar

_T = TypeVar("_T")


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Final = Unset()


def unset_if_none(value: _T | None) -> _T | Unset:
    """A keyword argument's ``None`` (not given) as the field a generated model leaves out of its JSON."""
    return UNSET if value is None else value
