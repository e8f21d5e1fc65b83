"""A client library for accessing Versori Platform API v2 - Systems, connections and end users"""

# The clients are imported on first use of their names (PEP 562), so that importing `types` or `models`
# does not import the client module; type checkers read the import below instead.
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client
else:
    from typing import Any

    def __getattr__(name: str) -> Any:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from . import client

        value = getattr(client, name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(__all__))


__all__ = (
    "AuthenticatedClient",
    "Client",
)
