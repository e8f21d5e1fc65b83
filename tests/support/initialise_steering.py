"""The steering of initialise that both APIs share (the Connect API's on a connector, the Platform API's on a
system: one implementation of the authorize URL's rules serves both).

A valid body gets a stored credential with its own client id (now and then one it does not hold:
``client_id_mismatch``, which the server checks before the URL), and known-good ``authorizeUrl``,
``additionalParams`` and ``prompt``, since generated ones would break rules only the server's code could tell; in
the fuzzing phase the three are then aimed at each rule (tests/support/initialise_rules.py).
"""

from collections.abc import Sequence
from typing import Any

from hypothesis import strategies as st

from mock_server.seed.model import OAuthClientCredential

from .initialise_rules import CLIENT_ID_MISMATCH, GOOD_PARAMS, GOOD_PROMPTS, GOOD_URLS, PASSES, Aim, rule_aims
from .oracle import Expected, Oracle
from .steering import Case, body_of, pick


class InitialiseSteering:
    """Initialise bodies for the credentials of ``organisation_id``, with the answer each must get."""

    def __init__(self, oracle: Oracle, organisation_id: str, credentials: Sequence[OAuthClientCredential]) -> None:
        self._oracle = oracle
        self._organisation_id = organisation_id
        self._client_ids = {item.id: item.client_id for item in credentials}
        # Each credential with its own client id, and (one time in ten or so) a client id it does not hold.
        self._credential_client_ids = [(item.id, item.client_id) for item in credentials] * 3
        self._credential_client_ids.append((credentials[0].id, "another-client"))

    def steer(self, case: Case, **known_good: Any) -> Expected:
        """The case's body with a stored credential, a client id, authorize URL fields that break no rule and
        ``known_good`` (the fields of one API alone); what it must get."""
        body = body_of(case)
        credential_id, client_id = pick(self._credential_client_ids, body)
        known_good["authorizeUrl"] = pick(GOOD_URLS, body)
        if "prompt" in body:
            known_good["prompt"] = pick(GOOD_PROMPTS, body)
        if "additionalParams" in body:
            known_good["additionalParams"] = pick(GOOD_PARAMS, body)
        reference = {"id": credential_id, "organisationId": self._organisation_id}
        steered = {**body, **known_good, "credential": reference, "clientId": client_id}
        case.body = steered
        return self.answer(steered, PASSES)

    def answer(self, body: dict[str, Any], aimed: Expected) -> Expected:
        """The credential is checked before the URL: a client id that is not the credential's comes first."""
        return aimed if self._client_ids[body["credential"]["id"]] == body["clientId"] else CLIENT_ID_MISMATCH

    def aimed(self, case: Case) -> st.SearchStrategy[Case]:
        """``case`` (a steered one) with its authorize URL fields aimed at each rule in turn."""
        body = body_of(case)

        def aimed_at(aim: Aim) -> Case:
            aimed_body = aim.applied_to(body)
            case.body = aimed_body
            self._oracle.expect(case, self.answer(aimed_body, aim.expected))
            return case

        return rule_aims().map(aimed_at)
