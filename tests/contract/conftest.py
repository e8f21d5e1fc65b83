"""Collection fix for the schemathesis module."""

import pytest
from schemathesis.pytest.plugin import SchemathesisFunction


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Put each schemathesis test's operation in its node id.

    pytest 9 builds an item's node id from its original name and its parametrization only, so the ten
    operations' tests share one id, and pytest-xdist, which schedules by node id, would run one of them.
    pytest is pinned in pyproject.toml; this touches its private ``_id``. To run one operation, select it with
    ``-k`` (``-k "POST and initialise"``): pytest matches a bracketed id against schemathesis's collector, whose
    name has no brackets, so ``test_server_answers_as_the_contract_says[...]`` selects nothing.
    """
    for item in items:
        if isinstance(item, SchemathesisFunction) and item.parent is not None and item.id.params is None:
            item._id = item.parent.id.child(item.originalname).with_params(item.operation_label)
