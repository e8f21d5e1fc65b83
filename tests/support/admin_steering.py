"""The admin API's steering (admin-openapi.yaml): the answer each case it shapes must get, worked out from what
the steering did and what the admin API documents, never from the server's code.

- seed: fresh ULIDs for what a body adds, owners among the organisations it adds and the seed's, API keys and
  connection names no other call gives: 200. The examples phase adds one body per refusal: a taken id, an
  owner that is no organisation, a key that exists, a connection name the connector has;
- fail-next: an ``operation`` of openapi.yaml most of the time (a generated one is none: 400 ``operation``), a
  status openapi.yaml documents half of the time; then what the admin API documents, in its order: the
  operation, then a status it does not document (400 ``status``), then ``retry_after`` without 429 or 503;
- delay-next: the same ``operation``;
- approve and deny: half of the time the URL an initialise answered (200), else the generated one, which is no
  authorize URL of the built-in provider (400 ``authorize_url``);
- reset, journal, clear the journal, fail the token endpoint: 200.

Planned failures and delays are the Connect API's, which this run does not call after the steering's one
initialise (made before any case): they change no answer here.
"""

import itertools
import secrets
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from starlette.applications import Starlette

from mock_server.core.ids import new_ulid

from .contract import contract_document
from .examples import CONNECTOR_ID, ORGANISATION_ID
from .oauth_loop import SECOND_CONNECTOR_ID
from .oracle import Expected, Oracle, refused, success
from .seeds import default_seed
from .server import DEV_API_KEY, SEEDED_CLIENT_ID, SEEDED_CREDENTIAL_ID
from .steering import BASE_URL, BaseSteering, Case, body_of, pick
from .tally import Outcome, operation_id

_AUTH = {"Authorization": f"Bearer {DEV_API_KEY}"}  # for the steering's own call of the Connect API
_PROVIDER_PATH = "/mock-provider/authorize"
_RETRY_AFTER_STATUSES = (429, 503)

SEED = "admin_seed"
FAIL_NEXT = "admin_fail_next"
DELAY_NEXT = "admin_delay_next"
APPROVE = "admin_approve"
DENY = "admin_deny"


def _documented_errors() -> dict[str, frozenset[int]]:
    """The error statuses openapi.yaml documents, by operationId."""
    errors: dict[str, frozenset[int]] = {}
    for item in contract_document()["paths"].values():
        for spec in item.values():
            if isinstance(spec, dict) and "operationId" in spec:
                statuses = (int(status) for status in spec["responses"] if status.isdigit())
                errors[spec["operationId"]] = frozenset(status for status in statuses if status >= 400)
    return errors


DOCUMENTED_ERRORS = _documented_errors()
_ANY_OPERATION_ERRORS = frozenset().union(*DOCUMENTED_ERRORS.values())


def _invalid(field: str, rule: str) -> Expected:
    return refused(400, "invalid_request", field, rule)


_TAKEN_CONNECTION_NAME = default_seed()["connections"][0]["connection"]["name"]
_SEED_REFUSALS: list[tuple[dict[str, Any], Expected]] = [
    (
        {"organisations": [{"id": ORGANISATION_ID, "name": "Taken"}]},
        _invalid("organisations[0].id", "an id the catalogue holds"),
    ),
    (
        {
            "connectors": [
                {"id": "01M7ZZZZZZZZZZZZZZZZZZZZZ1", "organisation_id": "01M7ZZZZZZZZZZZZZZZZZZZZZ2", "name": "x"}
            ]
        },
        _invalid("connectors[0].organisation_id", "an owner that is no organisation"),
    ),
    (
        {"api_keys": [{"key": DEV_API_KEY, "organisation_id": ORGANISATION_ID}]},
        _invalid("api_keys[0].key", "an API key that exists"),
    ),
    (
        {
            "connections": [
                {
                    "organisation_id": ORGANISATION_ID,
                    "connector_id": SECOND_CONNECTOR_ID,
                    "name": _TAKEN_CONNECTION_NAME,
                }
            ]
        },
        _invalid("connections[0].name", "a connection name the connector has"),
    ),
]
_NO_OPERATION = _invalid("operation", "no operationId of openapi.yaml")
_FAIL_NEXT_REFUSALS: list[tuple[dict[str, Any], Expected]] = [
    ({"status": 418}, _invalid("status", "a status no operation documents")),
    ({"status": 503, "operation": "no_such_operation"}, _NO_OPERATION),
    ({"status": 400, "retry_after": 1}, _invalid("retry_after", "retry_after without 429 or 503")),
]

# What valid data must have produced at least once, by operation.
REQUIRED_OUTCOMES: dict[str, set[Outcome]] = {
    SEED: {(200, None, None)} | {expected.outcome for _, expected in _SEED_REFUSALS},
    FAIL_NEXT: {(200, None, None)} | {expected.outcome for _, expected in _FAIL_NEXT_REFUSALS},
    DELAY_NEXT: {(200, None, None), (400, "invalid_request", "operation")},
    APPROVE: {(200, None, None), (400, "invalid_request", "authorize_url")},
    DENY: {(200, None, None), (400, "invalid_request", "authorize_url")},
}


class AdminSteering(BaseSteering):
    def __init__(self, app: Starlette, oracle: Oracle) -> None:
        super().__init__(app, oracle, _AUTH)
        body = {
            "credential": {"id": SEEDED_CREDENTIAL_ID, "organisationId": ORGANISATION_ID},
            "authorizeUrl": f"{BASE_URL}{_PROVIDER_PATH}",
            "clientId": SEEDED_CLIENT_ID,
        }
        initialised = self.request(
            "POST", f"/o/{ORGANISATION_ID}/connectors/{CONNECTOR_ID}/oauth2/initialise", json=body
        )
        assert initialised.status_code == 200, initialised.text
        self._authorize_url = str(initialised.json()["url"])
        self._unique = itertools.count()
        self._per_operation: dict[str, Callable[[Case], Expected]] = {
            "admin_reset": lambda case: success(200),
            SEED: self._seed,
            "admin_journal": lambda case: success(200),
            "admin_clear_journal": lambda case: success(200),
            FAIL_NEXT: self._fail_next,
            DELAY_NEXT: self._delay_next,
            APPROVE: self._decide,
            DENY: self._decide,
            "admin_fail_token_endpoint": lambda case: success(200),
        }

    def map_case(self, case: Case) -> Case:
        """Steer a case the contract allows, and record what it must get."""
        if self.oracle.is_valid(case):
            steer = self._per_operation.get(operation_id(case))
            if steer is not None:
                self.oracle.expect(case, steer(case))
        return case

    def add_examples(self, examples: list[Case]) -> None:
        """Steer the schema's examples, then add a request for each refusal worth reaching in every run."""
        if not examples:
            return
        super().add_examples(examples)
        model = examples[0]
        breakers = {
            SEED: _SEED_REFUSALS,
            FAIL_NEXT: _FAIL_NEXT_REFUSALS,
            DELAY_NEXT: [
                ({"milliseconds": 1, "operation": "no_such_operation"}, _invalid("operation", "no operation"))
            ],
            APPROVE: [({"authorize_url": "https://example.org/authorize"}, self._not_the_provider())],
            DENY: [({"authorize_url": "https://example.org/authorize"}, self._not_the_provider())],
        }.get(operation_id(model), [])
        for body, expected in breakers:
            self.add_rule_breaker(examples, model, body, expected)

    def _seed(self, case: Case) -> Expected:
        """What the body adds, with ids, keys and names of its own and owners that exist."""
        body = body_of(case)
        organisations = [{**item, "id": self._ulid()} for item in body.get("organisations", [])]
        owners = [ORGANISATION_ID, *(item["id"] for item in organisations)]
        connectors = [
            {**item, "id": self._ulid(), "organisation_id": pick(owners, item)} for item in body.get("connectors", [])
        ]
        holders = [(ORGANISATION_ID, CONNECTOR_ID), *((item["organisation_id"], item["id"]) for item in connectors)]
        steered: dict[str, Any] = {
            "organisations": organisations,
            "connectors": connectors,
            "credentials": [
                {**item, "id": self._ulid(), "organisation_id": pick(owners, item)}
                for item in body.get("credentials", [])
            ],
            "api_keys": [
                {**item, "key": f"vk_contract_{self._token()}", "organisation_id": pick(owners, item)}
                for item in body.get("api_keys", [])
            ],
            "connections": [
                dict(zip(("organisation_id", "connector_id"), pick(holders, item), strict=True), name=self._token())
                for item in body.get("connections", [])
            ],
        }
        case.body = {section: entries for section, entries in steered.items() if section in body}
        return success(200, "additions of their own")

    def _fail_next(self, case: Case) -> Expected:
        body = _with_an_operation(case)
        if pick((True, False), body):
            body["status"] = pick(sorted(_ANY_OPERATION_ERRORS), body)
        operation = body.get("operation")
        if operation not in (None, *DOCUMENTED_ERRORS):
            return _NO_OPERATION
        if body["status"] not in (DOCUMENTED_ERRORS[operation] if operation else _ANY_OPERATION_ERRORS):
            return _invalid("status", "a status the operation does not document")
        if "retry_after" in body and body["status"] not in _RETRY_AFTER_STATUSES:
            return _invalid("retry_after", "retry_after without 429 or 503")
        return success(200, "a failure planned")

    def _delay_next(self, case: Case) -> Expected:
        body = _with_an_operation(case)
        if body.get("operation") not in (None, *DOCUMENTED_ERRORS):
            return _NO_OPERATION
        return success(200, "a delay planned")

    def _decide(self, case: Case) -> Expected:
        """The URL an initialise answered, or one that is not the built-in provider's."""
        body = body_of(case)
        if pick((True, False), body) or _at_the_provider(body["authorize_url"]):
            case.body = {"authorize_url": self._authorize_url}
            return success(200, "an authorize URL of the built-in provider")
        return self._not_the_provider()

    @staticmethod
    def _not_the_provider() -> Expected:
        return _invalid("authorize_url", "not an authorize URL of the built-in provider")

    def _ulid(self) -> str:
        return new_ulid(1_900_000_000 + next(self._unique))

    def _token(self) -> str:
        return f"{next(self._unique)}-{secrets.token_hex(4)}"


def _with_an_operation(case: Case) -> dict[str, Any]:
    """The case's body (set on it), its ``operation``, when it has one, mostly an operationId of openapi.yaml."""
    body = dict(body_of(case))
    if "operation" in body:
        body["operation"] = pick([*DOCUMENTED_ERRORS, body["operation"]], body)
    case.body = body
    return body


def _at_the_provider(url: str) -> bool:
    try:
        return urlsplit(url).path.endswith(_PROVIDER_PATH)
    except ValueError:
        return False
