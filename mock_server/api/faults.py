"""Failures and delays planned ahead by the control plane (fail-next, delay-next), consumed one per call.

One plan per server process: with several workers, each keeps its own.
"""

from dataclasses import dataclass

from ..contract.compiled import Operation


@dataclass(frozen=True)
class Planned:
    """What one call is to get: a delay first, then a failure when ``status`` is set."""

    delay_ms: int = 0
    status: int | None = None
    retry_after: int = 1


NOTHING_PLANNED = Planned()


@dataclass
class _Plan:
    operation: str | None  # an Operation's name; None: any operation
    remaining: int
    status: int = 0  # a failure's status (0 for a delay)
    retry_after: int = 1
    delay_ms: int = 0


class Faults:
    """The plans, oldest first; a call consumes one use of the first failure and the first delay that match it."""

    def __init__(self) -> None:
        self._failures: list[_Plan] = []
        self._delays: list[_Plan] = []

    def plan_failure(self, status: int, operation: str | None, times: int, retry_after: int) -> None:
        self._failures.append(_Plan(operation, times, status=status, retry_after=retry_after))

    def plan_delay(self, milliseconds: int, operation: str | None, times: int) -> None:
        self._delays.append(_Plan(operation, times, delay_ms=milliseconds))

    def clear(self) -> None:
        self._failures.clear()
        self._delays.clear()

    def planned_for(self, operation: Operation) -> bool:
        """Whether ``take`` would use up a plan for this call of ``operation``."""
        if not self._delays and not self._failures:  # every call asks: nothing planned costs nothing
            return False
        return any(_first(plans, operation) is not None for plans in (self._delays, self._failures))

    def take(self, operation: Operation) -> Planned:
        """What this call of ``operation`` is to get, each plan used up once. A failure planned for any
        operation goes to the first call whose operation documents its status."""
        if not self._delays and not self._failures:
            return NOTHING_PLANNED
        delay = _take(self._delays, operation)
        failure = _take(self._failures, operation)
        if failure is None:
            return Planned(delay.delay_ms if delay else 0)
        return Planned(delay.delay_ms if delay else 0, failure.status, failure.retry_after)


def _first(plans: list[_Plan], operation: Operation) -> _Plan | None:
    """The first plan that fits a call of ``operation``: one for it or for any operation, and for a failure one
    whose status the operation documents."""
    for plan in plans:
        if plan.operation in (None, operation.name) and (not plan.status or plan.status in operation.error_examples):
            return plan
    return None


def _take(plans: list[_Plan], operation: Operation) -> _Plan | None:
    plan = _first(plans, operation)
    if plan is not None:
        plan.remaining -= 1
        if plan.remaining == 0:
            plans.remove(plan)
    return plan
