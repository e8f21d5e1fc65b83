"""What schemathesis needs to reach past the front door of the reference server, called in-process.

Random ids only ever meet 403 and 404, and random bodies break a rule JSON Schema cannot express long
before they reach the interesting ones. So the hooks of ``install_hooks`` steer valid (positive) data:

- every operation, new ones included: path ids that exist and that the test's API key may act for;
- initialise: a stored credential with its own client id (or, now and then, another client id), and in
  the fuzzing phase authorize URLs, additionalParams and prompts aimed at each rule
  (tests/support/initialise_rules.py), plus one example per rule in the examples phase;
- create: half of the bodies carry the code and state of a real loop (initialise, then the built-in
  provider approves by itself), so that create can succeed;
- list: a cursor the server handed out.

Invalid (negative) data is left as generated: it must be refused as it is.
"""

import asyncio
import atexit
import copy
import itertools
import json
import shutil
import tempfile
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import schemathesis
from hypothesis import strategies as st
from schemathesis.core.parameters import ParameterLocation
from starlette.applications import Starlette

from mock_server.api.services import Services
from mock_server.app import create_app
from mock_server.core.ids import new_ulid, rfc3339
from mock_server.settings import Settings

from .contract import contract_document
from .examples import CONNECTOR_ID, ORGANISATION_ID
from .initialise_rules import RULE_EXAMPLES, RULE_OUTCOMES, rule_changes
from .oauth_loop import IN_USE_CONNECTION_ID, MOCK_PROVIDER_CONFIG_ID, SECOND_CONNECTOR_ID, connection_body
from .server import DEV_API_KEY
from .tally import Outcome, operation_id

BASE_URL = "http://127.0.0.1:8000"  # the default public URL, which the seed's provider URLs point to
AUTH = {"Authorization": f"Bearer {DEV_API_KEY}"}

INITIALISE = "initialise_oauth2_connection"
CREATE = "create_connector_connection"
LIST = "list_connector_connections"
UPDATE = "update_connection"
LIST_CONNECTORS = "list_connectors"
UPSERT_CONFIG = "upsert_auth_scheme_config"
DELETE = "delete_connection"
DELETE_CONFIG = "delete_auth_scheme_config"

CURSORS = {"next": "after", "prev": "before"}  # a page's cursor, and the parameter it goes in
STORED_NAME = "Stored"  # the name of the first connection store_connections stores

# What valid data must have produced, by operation.
REQUIRED_OUTCOMES: dict[str, set[Outcome]] = {
    INITIALISE: RULE_OUTCOMES,
    CREATE: {(200, None, None), (409, "conflict", "name")},
    UPDATE: {(200, None, None), (409, "conflict", "name"), (400, "id_mismatch", "id")},
    UPSERT_CONFIG: {(200, None, None), (400, "scheme_type_change", "schemeType")},
    DELETE: {(204, None, None), (412, "connection_in_use", None)},
    DELETE_CONFIG: {(200, None, None)},
}

Case = schemathesis.Case[Any]


class _Loopback(httpx.AsyncBaseTransport):
    """The server's own outgoing calls (the code exchange) answered by the same app, in process."""

    app: Starlette | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert self.app is not None
        return await httpx.ASGITransport(app=self.app).handle_async_request(request)


def contract_app() -> Starlette:
    """The reference server checking its own answers, whose provider approves by itself and whose code
    exchange reaches that provider in process."""
    loopback = _Loopback()
    # A file, not ":memory:": schemathesis runs the app's lifespan once per test, and the stored connections
    # must outlive each close and reopen of the store.
    folder = tempfile.mkdtemp(prefix="versori-contract-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    database = Path(folder) / "connections.sqlite3"
    settings = Settings(validate_responses=True, database=str(database), auto_approve=True)
    app = create_app(settings, http_transport=loopback)
    loopback.app = app
    return app


def store_connections(services: Services, count: int, name: str = STORED_NAME) -> list[str]:
    """``count`` connections of the seeded connector named ``name`` (then ``name 1``, ...), shaped as the
    contract's example; answers their ids."""
    example: dict[str, Any] = contract_document()["components"]["examples"]["Connection"]["value"]
    ids: list[str] = []
    for index in range(count):
        connection = json.loads(json.dumps(example))
        moment = 1_800_000_000.0 + index
        connection.update(
            id=new_ulid(moment),
            name=f"{name} {index}" if index else name,
            createdAt=rfc3339(moment),
            updatedAt=rfc3339(moment),
        )
        asyncio.run(services.connections.add(ORGANISATION_ID, CONNECTOR_ID, connection, {}))
        ids.append(connection["id"])
    return ids


def install_hooks(schema: Any, app: Starlette) -> None:
    """Register the steering hooks on ``schema``, for all its operations, against the server ``app``."""
    steering = _Steering(app)

    def map_case(context: Any, case: Case) -> Case:
        return steering.map_case(case)

    def flatmap_case(context: Any, case: Case) -> st.SearchStrategy[Case]:
        return steering.flatmap_case(case)

    def before_add_examples(context: Any, examples: list[Case]) -> None:
        steering.add_examples(examples)

    for hook in (map_case, flatmap_case, before_add_examples):
        schema.hooks.register_hook_with_name(hook, hook.__name__)


def _valid(case: Case, location: ParameterLocation) -> bool:
    """Whether schemathesis meant this part of the case to be valid (for a part it did not generate, the
    whole case)."""
    if case.meta is None:
        return False
    component = case.meta.components.get(location)
    return (component.mode if component is not None else case.meta.generation.mode).is_positive


def _valid_body(case: Case) -> dict[str, Any] | None:
    return case.body if isinstance(case.body, dict) and _valid(case, ParameterLocation.BODY) else None


def _pick(options: Sequence[Any], basis: object) -> Any:
    """One of ``options``, chosen by the generated data: the same case always picks the same one (map hooks
    run in the coverage phase too, where nothing is drawn)."""
    return options[zlib.crc32(repr(basis).encode()) % len(options)]


class _Steering:
    def __init__(self, app: Starlette) -> None:
        self._app = app
        seed = app.state.services.seed
        key = next(item for item in seed.api_keys if item.key == DEV_API_KEY)
        self._organisation_id = key.organisation_id
        self._connectors = [item.id for item in seed.connectors if item.organisation_id == self._organisation_id]
        credentials = [item for item in seed.credentials if item.organisation_id == self._organisation_id]
        provider_token_url = f"{BASE_URL}/mock-provider/token"
        self._provider_credential = next(item for item in credentials if item.token_url == provider_token_url)
        # Each credential with its own client id, and (one time in ten or so) a client id it does not hold.
        self._credential_client_ids = [(item.id, item.client_id) for item in credentials] * 3
        self._credential_client_ids.append((credentials[0].id, "another-client"))
        connections = f"/o/{self._organisation_id}/connectors/{CONNECTOR_ID}/connections"
        self._connection_ids, self._cursors = self._pages(connections, "items")
        self._connector_cursors = self._pages(f"/o/{self._organisation_id}/connectors", "connectors")[1]
        self._deletable = itertools.count()
        self._per_operation: dict[str, Callable[[Case], None]] = {
            INITIALISE: self._initialise,
            CREATE: self._create,
            LIST: self._list,
            LIST_CONNECTORS: lambda case: _with_cursors(case, self._connector_cursors),
            UPDATE: self._update,
            UPSERT_CONFIG: self._upsert_config,
            DELETE: self._delete,
            DELETE_CONFIG: self._delete_config,
        }

    # Every phase that generates (map_case), and the examples phase (before_add_examples)

    def map_case(self, case: Case) -> Case:
        if _valid(case, ParameterLocation.PATH):
            case.path_parameters = self._known_path(case.path_parameters or {})
            steer = self._per_operation.get(operation_id(case))
            if steer is not None:
                steer(case)
        return case

    def add_examples(self, examples: list[Case]) -> None:
        """Steer the schema's examples too, then add requests that break each rule worth reaching in every run
        whatever the fuzzing draws: one per rule of initialise; a create with a fresh code and one with a name
        already taken; an update to a taken name and one whose id is not the path's; a config replaced with
        another schemeType; a delete of the seed's connection in use. Each goes to the connector it needs
        (by default the one that holds the stored connections)."""
        if not examples:
            return
        model = self.map_case(examples[0])
        for example in examples[1:]:
            self.map_case(example)
        body = _valid_body(model)
        for path, extra_body in self._rule_breakers(operation_id(model), body):
            example = model.operation.Case(
                path_parameters={**model.path_parameters, "connector_id": CONNECTOR_ID, **path},
                headers=dict(model.headers),
                query={name: value for name, value in (model.query or {}).items() if name != "force"},
                media_type=model.media_type,
                _meta=copy.deepcopy(model.meta),
            )
            if extra_body is not None:
                example.body = extra_body  # set afterwards, so that schemathesis checks again that it is valid data
            examples.append(example)

    def _rule_breakers(
        self, operation: str, body: dict[str, Any] | None
    ) -> list[tuple[dict[str, str], dict[str, Any] | None]]:
        """The extra requests of ``add_examples`` for ``operation``: path parameters to change, and body."""
        if operation == DELETE:
            return [({"connector_id": SECOND_CONNECTOR_ID, "connection_id": IN_USE_CONNECTION_ID}, None)]
        if body is None:
            return []
        if operation == INITIALISE:
            return [({}, {**self._provider_initialise_body(), **changes}) for changes in RULE_EXAMPLES]
        if operation == CREATE:
            fresh = self._with_a_fresh_code(body, CONNECTOR_ID)
            return [({}, fresh), ({}, self._with_a_fresh_code(body, CONNECTOR_ID, name=STORED_NAME))]
        if operation == UPDATE:
            renamed, other = self._connection_ids[1], self._connection_ids[2]
            kept = {key: value for key, value in body.items() if key != "credentials"}
            taken = {**kept, "id": renamed, "name": STORED_NAME}
            return [({"connection_id": renamed}, taken), ({"connection_id": renamed}, {**kept, "id": other})]
        if operation == UPSERT_CONFIG:
            changed = {"id": MOCK_PROVIDER_CONFIG_ID, "description": "No sign-in", "schemeType": "none"}
            return [({"auth_scheme_config_id": MOCK_PROVIDER_CONFIG_ID}, changed)]
        return []

    def _known_path(self, path: dict[str, Any]) -> dict[str, Any]:
        known = {"organisation_id": self._organisation_id, "connector_id": _pick(self._connectors, path)}
        if "connection_id" in path:
            known |= {"connector_id": CONNECTOR_ID, "connection_id": _pick(self._connection_ids, path)}
        return {**path, **{name: value for name, value in known.items() if name in path}}

    def _initialise(self, case: Case) -> None:
        body = _valid_body(case)
        if body is not None:
            credential_id, client_id = _pick(self._credential_client_ids, body)
            reference = {"id": credential_id, "organisationId": self._organisation_id}
            case.body = {**body, "credential": reference, "clientId": client_id}

    def _create(self, case: Case) -> None:
        body = _valid_body(case)
        if body is None:
            return
        if _pick((True, False), body):
            case.body = self._with_a_fresh_code(body, case.path_parameters["connector_id"])
        else:
            case.body = self._own_grants(body)

    def _list(self, case: Case) -> None:
        """The cursors are the stored connections' connector's."""
        _with_cursors(case, self._cursors)
        if {"after", "before"} & (case.query or {}).keys():
            case.path_parameters = {**case.path_parameters, "connector_id": CONNECTOR_ID}

    def _update(self, case: Case) -> None:
        """The path's id, a name of its own, and (half the time) the credentials left as they are."""
        body = _valid_body(case)
        if body is not None:
            connection_id = case.path_parameters["connection_id"]
            own_name = f"{body['name'][:100]} {zlib.crc32(repr(body).encode()):08x} {connection_id}"
            changed = {**body, "id": connection_id, "name": own_name}
            if _pick((True, False), body):
                changed.pop("credentials", None)
            case.body = self._own_grants(changed)

    def _upsert_config(self, case: Case) -> None:
        """A config id of its own (replacing one with another ``schemeType`` is a rule of its own), in the body
        too."""
        body = _valid_body(case)
        if body is not None:
            config_id = _own_id(body)
            case.path_parameters = {**case.path_parameters, "auth_scheme_config_id": config_id}
            case.body = self._own_grants({**body, "id": config_id})

    def _delete(self, case: Case) -> None:
        """A connection stored for this case alone (one delete earlier in the run took the stored ones)."""
        stored = store_connections(self._app.state.services, 1, name=f"To delete {next(self._deletable)}")
        case.path_parameters = {**case.path_parameters, "connector_id": CONNECTOR_ID, "connection_id": stored[0]}

    def _delete_config(self, case: Case) -> None:
        """A config added for this case alone, to the path's connector."""
        path = case.path_parameters
        config_id = _own_id(("to delete", next(self._deletable)))
        config = {"id": config_id, "description": "To delete", "schemeType": "none"}
        url = f"/o/{path['organisation_id']}/connectors/{path['connector_id']}/auth-scheme-configs/{config_id}"
        answer = self._request("PUT", url, json=config)
        assert answer.status_code == 200, answer.text
        case.path_parameters = {**path, "auth_scheme_config_id": config_id}

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
        body = _valid_body(case)
        if operation_id(case) != INITIALISE or body is None:
            return st.just(case)
        return rule_changes().map(lambda changes: _with_body(case, {**body, **changes}))

    # Calls to the server, in process

    def _with_a_fresh_code(self, body: dict[str, Any], connector_id: str, name: str | None = None) -> dict[str, Any]:
        """``body`` with the code and state of a new loop, and a name of its own unless ``name`` is given.

        A name no earlier call took makes the create succeed every time hypothesis replays the case, which
        the stateful run needs: its link from create is followed only after a success."""
        code, state = self._approved_code(connector_id)
        credentials = connection_body(code, state)["credentials"]
        credentials["action"][0]["authSchemeConfig"]["grant"]["credentialId"] = self._provider_credential.id
        unique_name = f"{body['name'][:200]} {state[:12]}"
        return {**body, "name": unique_name if name is None else name, "credentials": credentials}

    def _approved_code(self, connector_id: str) -> tuple[str, str]:
        """Initialise for the provider's credential, then follow the built-in provider's approval."""
        path = f"/o/{self._organisation_id}/connectors/{connector_id}/oauth2/initialise"
        answer = self._request("POST", path, json=self._provider_initialise_body())
        assert answer.status_code == 200, answer.text
        redirect = self._request("GET", answer.json()["url"])
        assert redirect.status_code == 303, redirect.text
        query = parse_qs(urlsplit(redirect.headers["location"]).query)
        return query["code"][0], query["state"][0]

    def _provider_initialise_body(self) -> dict[str, Any]:
        credential = self._provider_credential
        return {
            "credential": {"id": credential.id, "organisationId": self._organisation_id},
            "authorizeUrl": f"{BASE_URL}/mock-provider/authorize",
            "clientId": credential.client_id,
        }

    def _pages(self, path: str, items: str) -> tuple[list[str], list[tuple[str, str]]]:
        """The ids of the ``items`` that ``path`` lists, and every cursor its pages of one hand out, with the
        parameter it goes in (``next`` as ``after``, ``prev`` as ``before``)."""
        ids: list[str] = []
        cursors: list[tuple[str, str]] = []
        after: str | None = None
        while True:
            query = {"first": 1, **({"after": after} if after else {})}
            page = self._request("GET", path, params=query).json()
            ids += [item["id"] for item in page[items]]
            cursors += [(parameter, page[key]) for key, parameter in CURSORS.items() if key in page]
            after = page.get("next")
            if after is None:
                return ids, cursors

    def _request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """One request to the app (hooks run outside any event loop)."""

        async def send() -> httpx.Response:
            transport = httpx.ASGITransport(app=self._app)
            async with httpx.AsyncClient(transport=transport, base_url=BASE_URL, headers=AUTH) as client:
                return await client.request(method, url, **kwargs)

        return asyncio.run(send())


def _with_cursors(case: Case, cursors: Sequence[tuple[str, str]]) -> None:
    """In place of a generated ``after`` or ``before`` (never both: a rule of its own), a cursor the server
    handed out, in the parameter it was handed out for."""
    query = case.query or {}
    if not _valid(case, ParameterLocation.QUERY) or not set(CURSORS.values()) & query.keys():
        return
    parameter, cursor = _pick(cursors, query)
    kept = {name: value for name, value in query.items() if name not in CURSORS.values()}
    case.query = {**kept, parameter: cursor}


def _own_id(basis: object) -> str:
    """A ULID no other case gives (replaying the same case gives the same one)."""
    return "01M7" + str(zlib.crc32(repr(basis).encode())).zfill(22)


def _with_body(case: Case, body: dict[str, Any]) -> Case:
    case.body = body
    return case
