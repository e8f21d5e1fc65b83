"""A package's public names imported on first use (PEP 562), so that importing the package costs only what it
defines itself: ``versori_connect`` and ``versori_connect.platform`` name where each of their names lives."""

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def lazy_names(
    package: str, where: Mapping[str, str], namespace: dict[str, Any]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of ``package``: a name of ``where`` is imported from the module it maps to
    (relative to ``package``) on first use and kept in ``namespace``, the package's globals. A name that is itself
    a module (a generated operation) maps to that module."""

    def __getattr__(name: str) -> Any:  # noqa: N807 (a module's __getattr__)
        if name not in where:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module = import_module(where[name], package)
        value = module if module.__name__.endswith("." + name) else getattr(module, name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:  # noqa: N807 (a module's __dir__)
        return sorted(set(namespace) | set(where))

    return __getattr__, __dir__
