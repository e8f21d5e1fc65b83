"""The order the suite's modules are handed to the pytest-xdist workers in (tests/conftest.py)."""

from typing import Any, cast

import pytest

from tests.conftest import pytest_collection_modifyitems


class _Item:
    def __init__(self, name: str, long_running: bool) -> None:
        self.name = name
        self._long_running = long_running

    def get_closest_marker(self, name: str) -> object | None:
        return object() if name == "long_running" and self._long_running else None


def test_long_running_modules_come_first_and_every_module_keeps_its_place_among_its_kind() -> None:
    items = [
        _Item("unit-a", False),
        _Item("platform", True),
        _Item("unit-b", False),
        _Item("connect", True),
        _Item("e2e-c", False),
    ]
    pytest_collection_modifyitems(cast(list[pytest.Item], cast(Any, items)))
    assert [item.name for item in items] == ["platform", "connect", "unit-a", "unit-b", "e2e-c"]
