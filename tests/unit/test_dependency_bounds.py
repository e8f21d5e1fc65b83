"""The packages' versions in their three places agree: pyproject.toml's ranges, constraints.txt (the exact versions
the project is tested with) and constraints-oldest.txt (the lower bounds, which tests/e2e/test_sdk_install.py
installs)."""

import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from tests.support.paths import REPO_ROOT

PROJECT = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
OWN_NAME = canonicalize_name(PROJECT["name"])


def _pins(path: Path) -> dict[str, Version]:
    """``name==version`` lines, the name canonical (``PyJWT`` and ``pyjwt`` are one)."""
    pins: dict[str, Version] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, version = line.split("==")
            pins[canonicalize_name(name)] = Version(version)
    return pins


def _requirements(*groups: list[str]) -> dict[str, Requirement]:
    """The requirements of these lists, without the project's own extras (``versori-connect[server]``)."""
    requirements = (Requirement(line) for group in groups for line in group)
    return {canonicalize_name(req.name): req for req in requirements if canonicalize_name(req.name) != OWN_NAME}


RUNTIME = _requirements(PROJECT["dependencies"], PROJECT["optional-dependencies"]["server"])
SERVER = _requirements(PROJECT["optional-dependencies"]["server"])
DEV_TOOLS = _requirements(PROJECT["optional-dependencies"]["dev"])
TESTED = _pins(REPO_ROOT / "constraints.txt")
OLDEST = _pins(REPO_ROOT / "constraints-oldest.txt")


def _lower_bound(requirement: Requirement) -> Version:
    [bound] = [spec.version for spec in requirement.specifier if spec.operator == ">="]
    return Version(bound)


def test_the_oldest_versions_are_the_lower_bounds_of_pyproject() -> None:
    lower_bounds = {name: _lower_bound(requirement) for name, requirement in RUNTIME.items()}

    assert lower_bounds == OLDEST


def test_the_testing_extra_is_the_server_extra() -> None:
    assert PROJECT["optional-dependencies"]["testing"] == ["versori-connect[server]"]


@pytest.mark.parametrize("name", sorted(SERVER))
def test_each_server_package_is_allowed_from_its_oldest_to_the_next_major_of_the_tested_version(name: str) -> None:
    requirement = SERVER[name]
    tested = TESTED[name]

    assert str(requirement.specifier) == f"<{tested.major + 1},>={_lower_bound(requirement)}"
    assert requirement.specifier.contains(tested)
    assert requirement.specifier.contains(OLDEST[name])


def test_every_runtime_package_is_pinned_within_its_range() -> None:
    outside = {name: str(TESTED.get(name)) for name, req in RUNTIME.items() if not req.specifier.contains(TESTED[name])}
    assert outside == {}


def test_the_dev_tools_are_pinned_exactly_and_as_constraints_txt_pins_them() -> None:
    pins = {name: str(requirement.specifier) for name, requirement in DEV_TOOLS.items()}

    assert pins == {name: f"=={TESTED[name]}" for name in DEV_TOOLS}
