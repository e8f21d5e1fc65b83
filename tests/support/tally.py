"""What a schemathesis run got back, as a report: calls by operation, by whether the contract allows the request
(the oracle's classification, tests/support/oracle.py), and by status, error code and the first field named.
The oracle checks each answer; the tally only shows what the run reached."""

import json
from collections import Counter
from pathlib import Path
from typing import Any

import schemathesis
from schemathesis.core.transport import Response

from tests.support.paths import REPO_ROOT

# Each run's tallies are kept here and printed at the end of the run (tests/conftest.py): under pytest-xdist
# a worker's own output reaches no terminal.
TALLIES = REPO_ROOT / "test-artifacts" / "tallies"

Outcome = tuple[int, str | None, str | None]  # status, code, field (code and field None for a success)


def operation_id(case: schemathesis.Case[Any]) -> str:
    return str(case.operation.definition.raw.get("operationId", case.operation.label))


class Tally:
    def __init__(self) -> None:
        self.calls: Counter[tuple[str, bool, Outcome]] = Counter()

    def record(self, case: schemathesis.Case[Any], valid: bool, response: Response) -> None:
        code = field = None
        if response.status_code >= 400:
            body = _json_object(response.content)
            code = body.get("code")
            fields = body.get("fields") or [{}]
            # For invalid data, which field is at fault is schemathesis's choice, not a rule the steering aimed at.
            field = fields[0].get("field") if valid else None
        self.calls[(operation_id(case), valid, (response.status_code, code, field))] += 1

    def missing(self, required: dict[str, set[Outcome]]) -> dict[str, set[Outcome]]:
        """The ``required`` outcomes valid data never produced, for the operations that were called."""
        produced: dict[str, set[Outcome]] = {}
        for operation, valid, outcome in self.calls:
            produced.setdefault(operation, set())
            if valid:
                produced[operation].add(outcome)
        gaps = {
            operation: wanted - produced[operation] for operation, wanted in required.items() if operation in produced
        }
        return {operation: gap for operation, gap in gaps.items() if gap}

    def close(self, title: str, required: dict[str, set[Outcome]]) -> None:
        """Show the tally, and fail unless valid data produced each ``required`` outcome at least once: a floor
        of what the steering reaches (the oracle checks each answer)."""
        self.show(title)
        missing = self.missing(required)
        assert not missing, f"valid data never produced these (status, code, field): {missing}"

    def show(self, title: str) -> None:
        """Keep the tally for the run's summary, in ``TALLIES``."""
        lines = [f"{title}: {sum(self.calls.values())} calls"]
        for (operation, valid, (status, code, field)), count in sorted(self.calls.items(), key=str):
            kind = "valid" if valid else "invalid"
            lines.append(f"  {operation} {kind} data -> {status} {code or ''} {field or ''}".rstrip() + f": {count}")
        TALLIES.mkdir(parents=True, exist_ok=True)
        (TALLIES / f"{title.replace(' ', '-')}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def written_tallies() -> list[Path]:
    return sorted(TALLIES.glob("*.txt"))


def _json_object(content: bytes) -> dict[str, Any]:
    try:
        body = json.loads(content)
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}
