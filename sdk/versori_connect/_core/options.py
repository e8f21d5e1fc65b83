"""The options every method takes besides its own arguments, bundled once on their way to the base client.

A method takes them as ``**options: Unpack[RequestOptions]`` and hands them to ``make_request_options``; the
base client reads only the ``FinalRequestOptions`` it makes. To add an option: a key of ``RequestOptions``, the
field of the same name in ``FinalRequestOptions``, and its use in ``BaseClient._prepare``; no method changes.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final, Literal, TypedDict, Unpack

from .types import TimeoutTypes


class NotGiven:
    """The value of an option the call did not give (``None`` is a value: a timeout of ``None`` means none)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()


class RequestOptions(TypedDict, total=False):
    """The keyword arguments every method of every resource takes besides its own."""

    extra_headers: Mapping[str, str]
    """Headers sent with this call, over the client's (``default_headers``) and the operation's."""
    extra_query: Mapping[str, object]
    """Query parameters sent with this call, over the operation's."""
    extra_body: Mapping[str, object]
    """JSON members merged into the body (over the operation's, one level deep); the body of a call without one."""
    timeout: TimeoutTypes
    """This call's timeout, per attempt, instead of the client's."""
    max_retries: int
    """This call's retries instead of the client's."""


@dataclass(frozen=True, slots=True)
class FinalRequestOptions:
    """A call's ``RequestOptions`` as the base client reads them: ``None`` or ``NOT_GIVEN`` where not given."""

    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, object] | None = None
    extra_body: Mapping[str, object] | None = None
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN
    max_retries: int | None = None


# Most calls give no option: they all share this one.
NO_OPTIONS: Final = FinalRequestOptions()


def make_request_options(**options: Unpack[RequestOptions]) -> FinalRequestOptions:
    """The one bundle of a call's options; ``TypeError`` for an option that does not exist."""
    if not options:
        return NO_OPTIONS
    if "max_retries" in options:
        check_max_retries(options["max_retries"])
    return FinalRequestOptions(**options)


def check_max_retries(max_retries: int) -> None:
    if max_retries < 0:
        raise ValueError(f"max_retries must be 0 or more, got {max_retries}")
