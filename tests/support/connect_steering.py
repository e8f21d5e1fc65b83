"""The Connect API's steering (openapi.yaml): what schemathesis needs to reach past the front door of the
reference server, and the answer each case it shapes must get.

Random ids only ever meet 403 and 404, and random bodies break a rule JSON Schema cannot express long before
they reach the interesting ones. So every case the contract allows is steered, and the answer it must get is
worked out here from what the steering did and the rules the contract documents, never from the server's code:

- every operation: path ids that exist and that the test's API key may act for;
- initialise: a stored credential with its own client id (now and then another: ``client_id_mismatch``, which
  the server checks before the URL), and known-good ``authorizeUrl``, ``additionalParams`` and ``prompt``, since
  generated ones would break rules only the server's code could tell; in the fuzzing phase the three are then
  aimed at each rule (tests/support/initialise_rules.py), plus one example per rule in the examples phase;
- create: half of the bodies carry the code and state of a real loop (initialise, then the built-in provider
  approves by itself) and a name of their own: 200. The others keep their generated credentials and get a name
  of their own too, so that the answer is what the credentials make it, in the server's documented order: a
  credential whose type does not fit its config, then more than one ``oauth2-code``, then an ``oauth2-code``'s
  state (a generated one is never one initialise made);
- update: a connection that is not the one named ``Stored`` (the name the 409 examples take), the path's id in
  the body and a name of its own. Half of the bodies keep their generated credentials, whose ids are made not
  to be the connection's: the first one listed answers 400 (an empty list just empties the connection's);
- list: a cursor the server handed out; delete: a connection stored for the case alone; upsert: a config id of
  its own; delete config: a config added for the case alone.

Cases the contract refuses are left as generated: the oracle's structural half knows their answer.
"""

import asyncio
import copy
import itertools
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import parse_qs, urlsplit

from hypothesis import strategies as st
from starlette.applications import Starlette

from mock_server.api.services import Services
from mock_server.core.ids import new_ulid, rfc3339

from .contract import contract_document
from .examples import CONNECTOR_ID, ORGANISATION_ID
from .initialise_rules import CLIENT_ID_MISMATCH, RULE_EXAMPLES, RULE_OUTCOMES
from .initialise_steering import InitialiseSteering
from .oauth_loop import IN_USE_CONNECTION_ID, MOCK_PROVIDER_CONFIG_ID, SECOND_CONNECTOR_ID, connection_body
from .oracle import Expected, Oracle, refused, success
from .schemes import credential_fits
from .server import DEV_API_KEY
from .steering import BaseSteering, Case, body_of, own_id, pick, with_cursors
from .tally import Outcome, operation_id

AUTH = {"Authorization": f"Bearer {DEV_API_KEY}"}

INITIALISE = "initialise_oauth2_connection"
CREATE = "create_connector_connection"
LIST = "list_connector_connections"
GET = "get_connection"
UPDATE = "update_connection"
DELETE = "delete_connection"
LIST_CONNECTORS = "list_connectors"
GET_CONNECTOR = "get_connector"
UPSERT_CONFIG = "upsert_auth_scheme_config"
DELETE_CONFIG = "delete_auth_scheme_config"

STORED_NAME = "Stored"  # the name of the first connection store_connections stores
_KINDS = ("action", "trigger")

# What valid data must have produced at least once, by operation: each rule the steering aims at.
REQUIRED_OUTCOMES: dict[str, set[Outcome]] = {
    INITIALISE: RULE_OUTCOMES,
    CREATE: {(200, None, None), (409, "conflict", "name")},
    UPDATE: {(200, None, None), (409, "conflict", "name"), (400, "id_mismatch", "id")},
    UPSERT_CONFIG: {(200, None, None), (400, "scheme_type_change", "schemeType")},
    DELETE: {(204, None, None), (412, "connection_in_use", None)},
    DELETE_CONFIG: {(200, None, None)},
}


def connection_documents(count: int, name: str = STORED_NAME) -> list[dict[str, Any]]:
    """``count`` connections named ``name`` (then ``name 1``, ...), shaped as the contract's example."""
    example: dict[str, Any] = contract_document()["components"]["examples"]["Connection"]["value"]
    documents = []
    for index in range(count):
        connection = copy.deepcopy(example)
        moment = 1_800_000_000.0 + index
        connection.update(
            id=new_ulid(moment),
            name=f"{name} {index}" if index else name,
            createdAt=rfc3339(moment),
            updatedAt=rfc3339(moment),
        )
        documents.append(connection)
    return documents


def store(services: Services, documents: Sequence[dict[str, Any]]) -> list[str]:
    """Store ``documents`` as connections of the seeded connector; answers their ids."""

    async def add() -> None:
        for document in documents:
            await services.connections.add(ORGANISATION_ID, CONNECTOR_ID, copy.deepcopy(document), {})

    asyncio.run(add())
    return [document["id"] for document in documents]


def store_connections(services: Services, count: int, name: str = STORED_NAME) -> list[str]:
    return store(services, connection_documents(count, name))


def _pairing_ids(document: dict[str, Any]) -> set[str]:
    return {pairing["id"] for kind in _KINDS for pairing in document["credentials"].get(kind, [])}


class Steering(BaseSteering):
    def __init__(self, app: Starlette, oracle: Oracle) -> None:
        super().__init__(app, oracle, AUTH)
        seed = app.state.services.seed
        key = next(item for item in seed.api_keys if item.key == DEV_API_KEY)
        self._organisation_id = key.organisation_id
        self._connectors = [item.id for item in seed.connectors if item.organisation_id == self._organisation_id]
        credentials = [item for item in seed.credentials if item.organisation_id == self._organisation_id]
        provider_token_url = f"{self._base_url}/mock-provider/token"
        self._provider_credential = next(item for item in credentials if item.token_url == provider_token_url)
        self._initialise_steering = InitialiseSteering(oracle, self._organisation_id, credentials)
        connections = f"/o/{self._organisation_id}/connectors/{CONNECTOR_ID}/connections"
        self._connection_ids, self._cursors = self.pages(connections, "items")
        stored = {item["id"]: item for item in self._documents(CONNECTOR_ID)}
        # Updates rename these; the connection named STORED_NAME keeps its name for the examples that take it.
        self._renameable = [id_ for id_ in self._connection_ids if stored[id_]["name"] != STORED_NAME]
        self._connections_credentials = set().union(*(_pairing_ids(item) for item in stored.values()))
        self._connector_cursors = self.pages(f"/o/{self._organisation_id}/connectors", "connectors")[1]
        self._deletable = itertools.count()
        self._steered: set[str] = set()  # the ids of the cases map_case steered
        self._per_operation: dict[str, Callable[[Case], Expected]] = {
            INITIALISE: self._initialise_steering.steer,
            CREATE: self._create,
            LIST: self._list,
            GET: lambda case: success(200),
            UPDATE: self._update,
            DELETE: self._delete,
            LIST_CONNECTORS: lambda case: with_cursors(case, self._connector_cursors),
            GET_CONNECTOR: lambda case: success(200),
            UPSERT_CONFIG: self._upsert_config,
            DELETE_CONFIG: self._delete_config,
        }

    @property
    def _base_url(self) -> str:
        return str(self.app.state.services.settings.base_url)

    # Every phase that generates (map_case), and the examples phase (add_examples)

    def map_case(self, case: Case) -> Case:
        """Steer a case the contract allows, and record what it must get (a new operation's get nothing: the
        test then fails for them, until they are steered here)."""
        if not self.oracle.is_valid(case):
            return case
        case.path_parameters = self._known_path(case.path_parameters or {})
        steer = self._per_operation.get(operation_id(case))
        if steer is not None:
            self.oracle.expect(case, steer(case))
            self._steered.add(case.id)
        return case

    def add_examples(self, examples: list[Case]) -> None:
        """Steer the schema's examples too, then add requests that break each rule worth reaching in every run
        whatever the fuzzing draws: one per rule of initialise; a create with a fresh code and one with a name
        already taken; an update to a taken name and one whose id is not the path's; a config replaced with
        another schemeType; a delete of the seed's connection in use. Each goes to the connector it needs
        (by default the one that holds the stored connections)."""
        if not examples:
            return
        model = examples[0]
        super().add_examples(examples)
        if not self.oracle.is_valid(model):
            return
        for path, extra_body, expected in self._rule_breakers(operation_id(model), model.body):
            self.add_rule_breaker(
                examples,
                model,
                extra_body,
                expected,
                path_parameters={**model.path_parameters, "connector_id": CONNECTOR_ID, **path},
                headers=dict(model.headers),
                query={name: value for name, value in (model.query or {}).items() if name != "force"},
            )

    def _rule_breakers(self, operation: str, body: Any) -> list[tuple[dict[str, str], Any, Expected]]:
        """The extra requests of ``add_examples`` for ``operation``: path parameters to change, body, answer."""
        if operation == DELETE:
            in_use = {"connector_id": SECOND_CONNECTOR_ID, "connection_id": IN_USE_CONNECTION_ID}
            return [(in_use, None, refused(412, "connection_in_use", rule="the seed's connection in use"))]
        if operation == INITIALISE:
            provider = self._provider_initialise_body()
            breakers: list[tuple[dict[str, str], Any, Expected]] = [
                ({}, aim.applied_to(provider), aim.expected) for aim in RULE_EXAMPLES
            ]
            return [*breakers, ({}, {**provider, "clientId": "another-client"}, CLIENT_ID_MISMATCH)]
        if operation == CREATE:
            fresh = self._with_a_fresh_code(body, CONNECTOR_ID)
            taken = self._with_a_fresh_code(body, CONNECTOR_ID, name=STORED_NAME)
            return [({}, fresh, success(200, "a fresh code")), ({}, taken, _name_taken())]
        if operation == UPDATE:
            renamed, other = self._renameable[1], self._renameable[2]
            kept = {key: value for key, value in body.items() if key != "credentials"}
            taken = {**kept, "id": renamed, "name": STORED_NAME}
            mismatch = refused(400, "id_mismatch", "id", "a body id that is not the path's")
            return [
                ({"connection_id": renamed}, taken, _name_taken()),
                ({"connection_id": renamed}, {**kept, "id": other}, mismatch),
            ]
        if operation == UPSERT_CONFIG:
            changed = {"id": MOCK_PROVIDER_CONFIG_ID, "description": "No sign-in", "schemeType": "none"}
            change = refused(400, "scheme_type_change", "schemeType", "another schemeType for a stored config")
            return [({"auth_scheme_config_id": MOCK_PROVIDER_CONFIG_ID}, changed, change)]
        return []

    def _known_path(self, path: dict[str, Any]) -> dict[str, Any]:
        known = {"organisation_id": self._organisation_id, "connector_id": pick(self._connectors, path)}
        if "connection_id" in path:
            known |= {"connector_id": CONNECTOR_ID, "connection_id": pick(self._connection_ids, path)}
        return {**path, **{name: value for name, value in known.items() if name in path}}

    def _create(self, case: Case) -> Expected:
        body = body_of(case)
        if pick((True, False), body):
            case.body = self._with_a_fresh_code(body, case.path_parameters["connector_id"])
            return success(200, "a fresh code and a name of its own")
        owned = self._own_grants({**body, "name": self.own_name(body["name"])})
        case.body = owned
        return _created_as_credentials_make_it(owned["credentials"])

    def _list(self, case: Case) -> Expected:
        """The cursors are the stored connections' connector's."""
        with_cursors(case, self._cursors)
        if {"after", "before"} & (case.query or {}).keys():
            case.path_parameters = {**case.path_parameters, "connector_id": CONNECTOR_ID}
        return success(200)

    def _update(self, case: Case) -> Expected:
        """The path's id, a name of its own, and (half the time) the credentials left as they are, their ids
        made not to be any stored connection's."""
        body = body_of(case)
        connection_id = pick(self._renameable, body)
        case.path_parameters = {**case.path_parameters, "connector_id": CONNECTOR_ID, "connection_id": connection_id}
        changed = {**body, "id": connection_id, "name": self.own_name(body["name"])}
        if pick((True, False), body) or "credentials" not in changed:
            changed.pop("credentials", None)
            case.body = self._own_grants(changed)
            return success(200, "a new name, the credentials kept")
        changed["credentials"] = {
            kind: [{**item, "id": self._not_a_credential(item["id"])} for item in items]
            for kind, items in changed["credentials"].items()
        }
        case.body = self._own_grants(changed)
        for kind in _KINDS:
            if changed["credentials"].get(kind):
                field = f"credentials.{kind}[0].id"
                return refused(400, "invalid_request", field, "a credential id that is not the connection's")
        return success(200, "a new name, the credentials lists emptied")

    def _not_a_credential(self, credential_id: str) -> str:
        return (
            own_id(("not a credential", credential_id))
            if credential_id in self._connections_credentials
            else credential_id
        )

    def _delete(self, case: Case) -> Expected:
        """A connection stored for this case alone (one delete earlier in the run took the stored ones)."""
        stored = store_connections(self.app.state.services, 1, name=f"To delete {next(self._deletable)}")
        case.path_parameters = {**case.path_parameters, "connector_id": CONNECTOR_ID, "connection_id": stored[0]}
        return success(204, "a connection stored for this case")

    def _upsert_config(self, case: Case) -> Expected:
        """A config id of its own (replacing one with another ``schemeType`` is a rule of its own), in the body
        too."""
        body = body_of(case)
        config_id = own_id(body)
        case.path_parameters = {**case.path_parameters, "auth_scheme_config_id": config_id}
        case.body = self._own_grants({**body, "id": config_id})
        return success(200, "a config of its own")

    def _delete_config(self, case: Case) -> Expected:
        """A config added for this case alone, to the path's connector."""
        path = case.path_parameters
        config_id = own_id(("to delete", next(self._deletable)))
        config = {"id": config_id, "description": "To delete", "schemeType": "none"}
        url = f"/o/{path['organisation_id']}/connectors/{path['connector_id']}/auth-scheme-configs/{config_id}"
        answer = self.request("PUT", url, json=config)
        assert answer.status_code == 200, answer.text
        case.path_parameters = {**path, "auth_scheme_config_id": config_id}
        return success(200, "a config added for this case")

    def _own_grants(self, value: Any) -> Any:
        """``value`` with every oauth2 grant that names a credential naming the built-in provider's instead (a
        generated id is no stored credential)."""
        if isinstance(value, list):
            return [self._own_grants(item) for item in value]
        if not isinstance(value, dict):
            return value
        owned = {key: self._own_grants(item) for key, item in value.items()}
        if "grantType" in owned and "credentialId" in owned:
            owned.update(credentialId=self._provider_credential.id, organisationId=self._organisation_id)
        return owned

    # The fuzzing phase (flatmap_case), where hypothesis draws

    def flatmap_case(self, case: Case) -> st.SearchStrategy[Case]:
        if operation_id(case) != INITIALISE or case.id not in self._steered:
            return st.just(case)
        return self._initialise_steering.aimed(case)

    # Calls to the server, in process

    def _documents(self, connector_id: str) -> list[dict[str, Any]]:
        async def read() -> list[dict[str, Any]]:
            services: Services = self.app.state.services
            return await services.connections.documents(self._organisation_id, connector_id)

        return asyncio.run(read())

    def _with_a_fresh_code(self, body: dict[str, Any], connector_id: str, name: str | None = None) -> dict[str, Any]:
        """``body`` with the code and state of a new loop, and a name of its own unless ``name`` is given."""
        code, state = self._approved_code(connector_id)
        credentials = connection_body(code, state)["credentials"]
        credentials["action"][0]["authSchemeConfig"]["grant"]["credentialId"] = self._provider_credential.id
        return {**body, "name": self.own_name(body["name"]) if name is None else name, "credentials": credentials}

    def _approved_code(self, connector_id: str) -> tuple[str, str]:
        """Initialise for the provider's credential, then follow the built-in provider's approval."""
        path = f"/o/{self._organisation_id}/connectors/{connector_id}/oauth2/initialise"
        answer = self.request("POST", path, json=self._provider_initialise_body())
        assert answer.status_code == 200, answer.text
        redirect = self.request("GET", answer.json()["url"])
        assert redirect.status_code == 303, redirect.text
        query = parse_qs(urlsplit(redirect.headers["location"]).query)
        return query["code"][0], query["state"][0]

    def _provider_initialise_body(self) -> dict[str, Any]:
        credential = self._provider_credential
        return {
            "credential": {"id": credential.id, "organisationId": self._organisation_id},
            "authorizeUrl": f"{self._base_url}/mock-provider/authorize",
            "clientId": credential.client_id,
        }


def _name_taken() -> Expected:
    return refused(409, "conflict", "name", "the name of a stored connection")


def _created_as_credentials_make_it(credentials: dict[str, Any]) -> Expected:
    """A create's answer without a fresh code, in the server's documented order: the first credential whose type
    does not fit its config, then more than one ``oauth2-code``, then the state of the one ``oauth2-code`` (a
    generated state is one no initialise made); else the credentials are stored as given."""
    listed = [
        (f"credentials.{kind}[{index}]", item)
        for kind in _KINDS
        for index, item in enumerate(credentials.get(kind, []))
    ]
    for where, item in listed:
        if not credential_fits(item["authSchemeConfig"], item["credential"]["type"]):
            return refused(
                400, "credential_type_mismatch", f"{where}.credential.type", "a credential that does not fit"
            )
    codes = [where for where, item in listed if item["credential"]["type"] == "oauth2-code"]
    if len(codes) > 1:
        return refused(400, "invalid_request", "credentials", "more than one oauth2-code credential")
    if codes:
        return refused(400, "invalid_state", f"{codes[0]}.credential.data.state", "a state no initialise made")
    return success(200, "credentials stored as given, a name of its own")
