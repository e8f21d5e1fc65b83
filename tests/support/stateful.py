"""schemathesis's stateful mode on the in-process reference server, the same for each contract: every step is
steered and checked as in the stateless run (the steering's ``map_case``, the oracle's ``send``), and tallied."""

from collections.abc import Callable
from typing import Any

import hypothesis
import schemathesis
from schemathesis.core.transport import Response

from .oracle import Oracle
from .steering import BaseSteering
from .tally import Tally

# Scenarios and steps per scenario of every stateful run.
SETTINGS = hypothesis.settings(
    max_examples=30, stateful_step_count=6, deadline=None, suppress_health_check=list(hypothesis.HealthCheck)
)


def workflows(
    schema: Any,
    steering: BaseSteering,
    oracle: Oracle,
    tally: Tally,
    base_url: str,
    headers: dict[str, str],
    start: Callable[[], None],
    settings: hypothesis.settings = SETTINGS,
) -> Any:
    """The unittest ``TestCase`` of ``schema``'s state machine, run with ``settings``: each scenario begins with
    ``start()``."""

    class Workflows(schema.as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            start()

        def before_call(self, case: schemathesis.Case[Any]) -> None:
            """A link may set part of a case after the hooks shaped it (an update's body takes the name a get
            answered): such a case is steered again, as it now is."""
            if not oracle.knows(case):
                steering.steer_again(case)

        def get_call_kwargs(self, case: schemathesis.Case[Any]) -> dict[str, Any]:
            return {"base_url": base_url, "headers": headers}  # for the checks' own calls; oracle.send sends the same

        def call(self, case: schemathesis.Case[Any], **kwargs: Any) -> Response:
            exchange = oracle.send(case)
            tally.record(case, exchange.allowed, exchange.response)
            return exchange.response

    test_case = Workflows.TestCase
    test_case.settings = settings
    return test_case
