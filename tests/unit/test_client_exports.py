"""The public surface is ``versori_connect.__all__``: complete, sorted, and typed."""

import inspect
from pathlib import Path

import versori_connect
from versori_connect._core import exceptions


def _isort_key(name: str) -> tuple[int, str]:
    """ruff's RUF022 order: CONSTANTS, then Classes, then functions and modules."""
    if name.isupper():
        return 0, name
    return (1 if name[0].isupper() else 2), name


def test_all_is_sorted_without_duplicates() -> None:
    assert versori_connect.__all__ == sorted(set(versori_connect.__all__), key=_isort_key)


def test_all_names_exist() -> None:
    missing = [name for name in versori_connect.__all__ if not hasattr(versori_connect, name)]
    assert missing == []


# Imported on their own, never re-exported: the test kit (pytest's loading its plugin puts it here).
PUBLIC_SUBPACKAGES = {"testing"}


def test_all_is_complete() -> None:
    # Other submodules of the package all start with "_"; a public module name here is a re-export. dir() lists
    # the names loaded on first use (PEP 562) besides those already in the namespace. Names with "@" are
    # pytest's: it rewrites the asserts of a package that has a pytest plugin, as this one now does.
    names = {name for name in dir(versori_connect) if not name.startswith(("_", "@"))}
    public = names - PUBLIC_SUBPACKAGES
    assert public == set(versori_connect.__all__)


def test_every_exception_is_exported() -> None:
    classes = {
        name
        for name, value in vars(exceptions).items()
        if inspect.isclass(value) and issubclass(value, versori_connect.VersoriError)
    }
    assert classes <= set(versori_connect.__all__)


def test_the_package_is_marked_typed() -> None:
    assert (Path(versori_connect.__file__).parent / "py.typed").is_file()
