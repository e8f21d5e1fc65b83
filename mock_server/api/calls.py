"""What a contract operation's handler takes and gives: the checked request and the reply."""

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .auth import Principal

if TYPE_CHECKING:
    from .services import Services


# Made for every request: not frozen, whose __init__ costs twice as much; nothing changes one once made.
@dataclass(slots=True)
class CheckedRequest:
    """A request that passed the contract's checks: its caller, headers, path and query parameters and parsed
    JSON body."""

    principal: Principal | None
    headers: Mapping[str, str]
    path: Mapping[str, str]
    query: Mapping[str, Any]
    body: Any
    raw_body: bytes | None  # the body as it came (None when the operation takes none)


# Made for every request: not frozen, whose __init__ costs twice as much; nothing changes one once made.
@dataclass(slots=True)
class Reply:
    status: int
    # None for an answer without content (204).
    body: Any
    headers: dict[str, str] = field(default_factory=dict)


Handler = Callable[[CheckedRequest, "Services"], Awaitable[Reply]]
