"""How the contract tests' steering chooses between the answers it can aim a case at (tests/support/steering.py):
by the case's generated data; and, for a case a stateful step's link changed, by that data alone, so that the
same scenario chooses the same in every run."""

from typing import Any

import schemathesis

from mock_server.core.ids import new_ulid, rfc3339
from mock_server.core.random_tokens import token_urlsafe
from tests.support.steering import BaseSteering, pick

OPTIONS = tuple(range(1000))


def _steered_again(now: float) -> dict[str, object]:
    """A body as a stateful step sends it after a link filled it: generated text, with what the server made up
    at ``now`` (an id, a code, a state, a time) and a name the steering numbered."""
    return {
        "name": "Ada's shop #17",
        "note": "generated text",
        "templateId": new_ulid(now),
        "code": token_urlsafe(24),
        "state": token_urlsafe(32),
        "createdAt": rfc3339(now),
    }


class _Picking(BaseSteering):
    """A steering whose map_case records what ``pick`` chose for the case's body."""

    def __init__(self) -> None:
        self.picked: list[int] = []

    def map_case(self, case: schemathesis.Case[Any]) -> schemathesis.Case[Any]:
        self.picked.append(pick(OPTIONS, case.body))
        return case


class _Case:
    def __init__(self, body: object) -> None:
        self.body = body


def _picked_again(body: object) -> int:
    steering = _Picking()
    steering.steer_again(_Case(body))  # type: ignore[arg-type]
    return steering.picked[0]


def test_steered_again_what_the_server_made_up_does_not_change_the_choice() -> None:
    first = _steered_again(1_700_000_000.0)
    again = {**_steered_again(1_800_000_000.5), "name": "Ada's shop #942"}
    assert first["templateId"] != again["templateId"]
    assert first["code"] != again["code"]
    assert _picked_again(first) == _picked_again(again)


def test_steered_again_the_generated_data_still_chooses() -> None:
    body = _steered_again(1_700_000_000.0)
    assert _picked_again(body) != _picked_again({**body, "note": "other generated text"})


def test_a_generated_id_chooses_when_a_case_is_steered_the_first_time() -> None:
    assert pick(OPTIONS, {"system_id": "01M8GP9FD0F61CNTG533YNWQQ3"}) != pick(
        OPTIONS, {"system_id": "01M8GPMEZ0R1BCPCT49CJHK7B0"}
    )
