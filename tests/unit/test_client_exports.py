"""The public surface is ``versori_connect.__all__`` and, for the Platform API, ``versori_connect.platform.__all__``:
complete, sorted, and typed."""

import inspect
from pathlib import Path
from types import ModuleType

import pytest

import versori_connect
import versori_connect.platform
from versori_connect._core import exceptions


def _isort_key(name: str) -> tuple[int, str]:
    """ruff's RUF022 order: CONSTANTS, then Classes, then functions and modules."""
    if name.isupper():
        return 0, name
    return (1 if name[0].isupper() else 2), name


PACKAGES = pytest.mark.parametrize(
    "package", [versori_connect, versori_connect.platform], ids=lambda package: package.__name__
)


@PACKAGES
def test_all_is_sorted_without_duplicates(package: ModuleType) -> None:
    assert package.__all__ == sorted(set(package.__all__), key=_isort_key)


@PACKAGES
def test_all_names_exist(package: ModuleType) -> None:
    missing = [name for name in package.__all__ if not hasattr(package, name)]
    assert missing == []


# Imported on their own, never re-exported: the test kit (pytest's loading its plugin puts it here) and the Platform
# API's types (whose names are those of its contract, many the same as the Connect API's).
PUBLIC_SUBPACKAGES = {"testing", "platform", "loopback"}


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


def test_the_platform_surface_is_complete_and_holds_every_generated_model() -> None:
    from versori_connect.platform._generated import models

    names = {name for name in dir(versori_connect.platform) if not name.startswith(("_", "@"))}
    assert names == set(versori_connect.platform.__all__)
    assert set(models.__all__) <= names
    assert versori_connect.platform.PlatformClient is versori_connect.PlatformClient
    assert versori_connect.platform.AsyncPlatformClient is versori_connect.AsyncPlatformClient
    # The same UNSET in the models of both APIs.
    assert versori_connect.platform.UNSET is versori_connect.UNSET
