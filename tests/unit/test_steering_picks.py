"""How the contract tests' steering chooses between the answers it can aim a case at (tests/support/steering.py):
by the case's generated data alone, so that the same scenario chooses the same in every run."""

from mock_server.core.ids import new_ulid, rfc3339
from mock_server.core.random_tokens import token_urlsafe
from tests.support.steering import pick

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


def test_what_the_server_made_up_does_not_change_the_choice() -> None:
    first = _steered_again(1_700_000_000.0)
    again = {**_steered_again(1_800_000_000.5), "name": "Ada's shop #942"}
    assert first["templateId"] != again["templateId"]
    assert first["code"] != again["code"]
    assert pick(OPTIONS, first) == pick(OPTIONS, again)


def test_the_generated_data_still_chooses() -> None:
    body = _steered_again(1_700_000_000.0)
    assert pick(OPTIONS, body) != pick(OPTIONS, {**body, "note": "other generated text"})
