"""The Platform API's steering (platform-openapi.yaml, at ``/api/v2``): the entities each generated call needs to
reach past the front door, and the answer each case it shapes must get, worked out from what the steering did
and what the contract documents, never from the server's code.

- every operation: the test's organisation, and path ids that exist: a system, a project, a connection, an end
  user's ``externalId`` of the seed's or of the steering's own (made before any case);
- systems: create with config ids of its own (unique in the body) and every grant naming the seed's credential
  (201); update one of the steering's systems (201); delete a system made for the case (204), or in the
  examples phase the Shopify system, which a template links (409);
- auth scheme configs: upsert a config id of its own on the steering's system, the keyed object's ``id`` the
  path's (201); in the examples phase another ``id`` in the body (400 ``id_mismatch``) and another ``type`` for
  a stored config (400 ``scheme_type_change``); delete a config added for the case (204);
- initialise: as the Connect API's (tests/support/initialise_steering.py) on any system, ``redirectUrl`` left
  out or a loopback one; in the examples phase one that is neither (400 naming ``redirectUrl``);
- connections: create, by the generated data's pick, the code and state of a real loop on the built-in
  provider's static template, an API key on the Shopify template (static) or on the steering's dynamic one with
  an end user's ``externalId``, each with a name of its own (201); or the rules of ``externalId``: left out on a
  dynamic template, given on a static one (400), an unknown one (404). Update: one of the steering's
  connections as a read answers it, with the generated name (its own) and ``baseUrl`` (200); in the examples
  phase a name taken (409) and an entry id that is not the connection's (400). Delete: a static connection made
  for the case (204), or the seed's dynamic one of an end user (412);
- connection templates: create on the steering's system, in a project of the steering's own (so that the seed's
  project, which a list answers whole, stays small), with a name of its own (200), or in the examples phase on
  the seed's project a name taken (409) and an unknown environment (404); list with ``env_id`` the seed's
  environment now and then; update a template made for the case, ``authSchemeConfigIds`` its system's (200);
  delete one made for the case (204);
- end users: create with an ``externalId`` of its own (201), or the seed's (409); get one that exists; delete
  one made for the case (204);
- lists: a cursor the server handed out, filters that match now and then.

Cases the contract refuses are left as generated: the oracle's structural half knows their answer.
"""

import asyncio
import itertools
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

import jsonschema_rs
from hypothesis import strategies as st
from starlette.applications import Starlette

from .examples import ORGANISATION_ID
from .initialise_rules import CLIENT_ID_MISMATCH, RULE_EXAMPLES, RULE_OUTCOMES
from .initialise_steering import InitialiseSteering
from .oauth_loop import AUTH
from .oracle import Expected, Oracle, refused, success
from .platform_server import (
    ADA_EXTERNAL_ID,
    ADAS_CALENDAR_ID,
    ENVIRONMENT_ID,
    MOCK_SYSTEM_ID,
    OAUTH1_CREDENTIAL_ID,
    PROJECT_ID,
    SHOP_TEMPLATE_ID,
    SHOPIFY_SYSTEM_ID,
    code_connection,
    key_connection,
)
from .server import SEEDED_CLIENT_ID, SEEDED_CREDENTIAL_ID
from .steering import BASE_URL, BaseSteering, Case, body_of, own_id, pick, with_cursors
from .tally import Outcome, operation_id

BASE_PATH = "/api/v2"
_ORGANISATION = f"{BASE_PATH}/o/{ORGANISATION_ID}"

LIST_SYSTEMS = "list_systems"
CREATE_SYSTEM = "create_system"
GET_SYSTEM = "get_system"
UPDATE_SYSTEM = "update_system"
DELETE_SYSTEM = "delete_system"
UPSERT_CONFIG = "upsert_auth_scheme_config"
DELETE_CONFIG = "delete_auth_scheme_config"
INITIALISE = "initialise_oauth2_connection"
INITIALISE_OAUTH1 = "initialise_oauth1_connection"
LIST_CONNECTIONS = "list_connections"
CREATE_CONNECTION = "create_connection"
GET_CONNECTION = "get_connection"
UPDATE_CONNECTION = "update_connection"
DELETE_CONNECTION = "delete_connection"
CREATE_TEMPLATE = "create_connection_template"
LIST_TEMPLATES = "list_project_connection_templates"
UPDATE_TEMPLATE = "update_connection_template"
DELETE_TEMPLATE = "delete_connection_template"
CREATE_END_USER = "create_end_user"
LIST_END_USERS = "list_end_users"
GET_END_USER = "get_end_user"
DELETE_END_USER = "delete_end_user"

# A project of the steering's own, where the cases that make templates make them: the seed's project, which the
# lists list (every template in one answer), keeps the few it has.
_OWN_PROJECT_ID, _OWN_ENVIRONMENT_ID = own_id("the steering's project"), own_id("the steering's environment")
_OWN_TEMPLATES = f"/projects/{_OWN_PROJECT_ID}/connection-templates"
_KEY_CONFIG_ID = "01M8GP9FD0F61CNTG533YNWQQ3"  # the Shopify system's api-key config, which key_connection uses
_CLIENT_GRANTS = ("authorizationCode", "password")  # the grants that name an OAuth 2.0 client
_LOOPBACK_REDIRECTS = ("http://127.0.0.1:62168/oauth/callback", "http://localhost:8080/", "http://[::1]:9/cb?x=1")
_ELSEWHERE = "https://example.org/oauth/callback"
# A connection's baseUrl is echoed in every answer, whose schema has it ``format: uri`` (RFC 3986).
_URI = jsonschema_rs.Draft202012Validator({"type": "string", "format": "uri"}, validate_formats=True)


def _base_url_refused(base_url: str, field: str) -> Expected | None:
    """A body's base URL that is no URI, refused before anything is looked up."""
    if base_url and not _URI.is_valid(base_url):
        return refused(400, "invalid_request", field, "a base URL that is no URI")
    return None


def _external_id(field: str, rule: str, status: int = 400) -> Expected:
    return refused(status, "not_found" if status == 404 else "invalid_request", field, rule)


_NO_EXTERNAL_ID = _external_id("externalId", "a dynamic template without externalId")
_EXTERNAL_ID_ON_STATIC = _external_id("externalId", "externalId on a static template")
_UNKNOWN_END_USER = _external_id("externalId", "an externalId no end user has", 404)
_NAME_TAKEN = refused(409, "conflict", "name", "a name taken")

# What valid data must have produced at least once, by operation: a success each, and each rule aimed at.
REQUIRED_OUTCOMES: dict[str, set[Outcome]] = {
    LIST_SYSTEMS: {(200, None, None)},
    CREATE_SYSTEM: {(201, None, None)},
    GET_SYSTEM: {(200, None, None)},
    UPDATE_SYSTEM: {(201, None, None)},
    DELETE_SYSTEM: {(204, None, None), (409, "conflict", None)},
    UPSERT_CONFIG: {
        (201, None, None),
        (400, "scheme_type_change", "type"),
        (400, "id_mismatch", "apiKey.id"),
    },
    DELETE_CONFIG: {(204, None, None)},
    INITIALISE: RULE_OUTCOMES | {(400, "invalid_request", "redirectUrl")},
    LIST_CONNECTIONS: {(200, None, None)},
    CREATE_CONNECTION: {(201, None, None), _NO_EXTERNAL_ID.outcome, _UNKNOWN_END_USER.outcome, _NAME_TAKEN.outcome},
    GET_CONNECTION: {(200, None, None)},
    UPDATE_CONNECTION: {(200, None, None), _NAME_TAKEN.outcome, (400, "invalid_request", "credentials[0].id")},
    DELETE_CONNECTION: {(204, None, None), (412, "connection_in_use", None)},
    CREATE_TEMPLATE: {(200, None, None), _NAME_TAKEN.outcome, (404, "not_found", "environmentId")},
    LIST_TEMPLATES: {(200, None, None)},
    UPDATE_TEMPLATE: {(200, None, None)},
    DELETE_TEMPLATE: {(204, None, None)},
    CREATE_END_USER: {(201, None, None), (409, "conflict", "externalId")},
    LIST_END_USERS: {(200, None, None)},
    GET_END_USER: {(200, None, None)},
    DELETE_END_USER: {(204, None, None)},
}


def _key_system(name: str) -> dict[str, Any]:
    """A system body with one api-key config, the steering's own to change."""
    config = {"id": "steering-key", "description": "", "name": "X-Key", "in": "header"}
    return {
        "name": name,
        "domain": "api.example.org",
        "templateBaseUrl": "https://api.example.org",
        "authSchemeConfigs": [{"type": "api-key", "apiKey": config}],
    }


class PlatformSteering(BaseSteering):
    def __init__(self, app: Starlette, oracle: Oracle) -> None:
        super().__init__(app, oracle, AUTH)
        seed = app.state.services.seed
        credentials = [item for item in seed.credentials if item.organisation_id == ORGANISATION_ID]
        self._initialise_steering = InitialiseSteering(oracle, ORGANISATION_ID, credentials)
        self._unique = itertools.count()
        self.make_own()
        self._per_operation: dict[str, Callable[[Case], Expected]] = {
            LIST_SYSTEMS: lambda case: with_cursors(case, self._system_cursors),
            CREATE_SYSTEM: self._create_system,
            GET_SYSTEM: lambda case: self._at(case, system_id=pick(self._system_ids, case.path_parameters)),
            UPDATE_SYSTEM: self._update_system,
            DELETE_SYSTEM: self._delete_system,
            UPSERT_CONFIG: self._upsert_config,
            DELETE_CONFIG: self._delete_config,
            INITIALISE: self._initialise,
            INITIALISE_OAUTH1: self._initialise_oauth1,
            LIST_CONNECTIONS: self._list_connections,
            CREATE_CONNECTION: self._create_connection,
            GET_CONNECTION: lambda case: self._at(case, connection_id=pick(self._connection_ids, case.path_parameters)),
            UPDATE_CONNECTION: self._update_connection,
            DELETE_CONNECTION: self._delete_connection,
            CREATE_TEMPLATE: self._create_template,
            LIST_TEMPLATES: self._list_templates,
            UPDATE_TEMPLATE: self._update_template,
            DELETE_TEMPLATE: self._delete_template,
            CREATE_END_USER: self._create_end_user,
            LIST_END_USERS: lambda case: success(200),
            GET_END_USER: lambda case: self._at(case, user_id=pick(self._external_ids, case.path_parameters)),
            DELETE_END_USER: lambda case: self._at(case, 204, user_id=self._end_user()),
        }

    def make_own(self) -> None:
        """Make the entities the steering's cases use (again, after a reset of the server)."""
        own_project = {"id": _OWN_PROJECT_ID, "organisation_id": ORGANISATION_ID, "name": "Steering's project"}
        asyncio.run(self.app.state.control.seed({"projects": [{**own_project, "environments": [_OWN_ENVIRONMENT_ID]}]}))
        # The steering's own: a system to change (configs, templates), a dynamic template on the Shopify system,
        # end users, and static connections to update.
        self._own_system = self._made("POST", "/systems", _key_system("Steering's system"), 201)["id"]
        dynamic = {"systemId": SHOPIFY_SYSTEM_ID, "name": "shop_dynamic", "environmentId": ENVIRONMENT_ID}
        self._dynamic_template = self._made("POST", self._templates, {**dynamic, "dynamic": True}, 200)[
            "connectionTemplateId"
        ]
        self._external_ids = [ADA_EXTERNAL_ID] + [self._end_user() for _ in range(3)]
        self._updatable = [self._key_connection(SHOP_TEMPLATE_ID) for _ in range(4)]
        for external_id in self._external_ids[1:]:
            self._key_connection(self._dynamic_template, external_id)
        self._mock_config = self._made("GET", f"/systems/{MOCK_SYSTEM_ID}", None, 200)["authSchemeConfigs"][0]
        self._system_ids, self._system_cursors = self.pages(f"{_ORGANISATION}/systems", "items")
        self._connection_ids, self._connection_cursors = self.pages(f"{_ORGANISATION}/connections", "items")

    @property
    def _templates(self) -> str:
        return f"/projects/{PROJECT_ID}/connection-templates"

    # Every phase that generates (map_case), and the examples phase (add_examples)

    def map_case(self, case: Case) -> Case:
        """Steer a case the contract allows, and record what it must get (a new operation's get nothing: the
        test then fails for them, until they are steered here)."""
        if not self.oracle.is_valid(case):
            return case
        path = case.path_parameters or {}
        known = {"organisation_id": ORGANISATION_ID, "project_id": PROJECT_ID}
        case.path_parameters = {**path, **{name: value for name, value in known.items() if name in path}}
        steer = self._per_operation.get(operation_id(case))
        if steer is not None:
            self.oracle.expect(case, steer(case))
        return case

    def add_examples(self, examples: list[Case]) -> None:
        """Steer the schema's examples too, then add a request for each rule worth reaching in every run."""
        if not examples:
            return
        model = examples[0]
        super().add_examples(examples)
        if not self.oracle.is_valid(model):
            return
        for path, body, expected in self._rule_breakers(operation_id(model)):
            self.add_rule_breaker(
                examples,
                model,
                body,
                expected,
                path_parameters={**model.path_parameters, **path},
                headers=dict(model.headers),
            )

    def _rule_breakers(self, operation: str) -> list[tuple[dict[str, str], Any, Expected]]:
        """The extra requests of ``add_examples`` for ``operation``: path parameters to change, body, answer."""
        if operation == DELETE_SYSTEM:
            return [({"system_id": SHOPIFY_SYSTEM_ID}, None, refused(409, "conflict", rule="a system a template uses"))]
        if operation == UPSERT_CONFIG:
            config_id = self._config_of_its_own()
            keyed: dict[str, Any] = {
                "type": "api-key",
                "apiKey": {"id": config_id, "description": "", "name": "X", "in": "header"},
            }
            other_id = {"type": "api-key", "apiKey": {**keyed["apiKey"], "id": "another-id"}}
            path = {"system_id": self._own_system, "auth_scheme_config_id": config_id}
            return [
                (path, {"type": "jwt-bearer"}, refused(400, "scheme_type_change", "type", "another type")),
                (path, other_id, refused(400, "id_mismatch", "apiKey.id", "a body id that is not the path's")),
            ]
        if operation == INITIALISE:
            body = {**self._provider_initialise_body(), "redirectUrl": _ELSEWHERE}
            elsewhere = refused(400, "invalid_request", "redirectUrl", "a redirect URL neither loopback nor ours")
            mismatch = {**self._provider_initialise_body(), "clientId": "another-client"}
            provider = {"system_id": MOCK_SYSTEM_ID}
            rules = [
                (provider, aim.applied_to(self._provider_initialise_body()), aim.expected) for aim in RULE_EXAMPLES
            ]
            return [*rules, (provider, body, elsewhere), (provider, mismatch, CLIENT_ID_MISMATCH)]
        if operation == CREATE_CONNECTION:
            dynamic = key_connection(self._name("Dynamic"), self._dynamic_template)
            unknown = key_connection(self._name("Unknown"), self._dynamic_template, "no-such-end-user")
            taken = key_connection("Nightly sync")
            return [({}, dynamic, _NO_EXTERNAL_ID), ({}, unknown, _UNKNOWN_END_USER), ({}, taken, _NAME_TAKEN)]
        if operation == UPDATE_CONNECTION:
            connection_id = self._updatable[0]
            read = self._sent_back(connection_id)
            taken = {**read, "name": "Nightly sync"}
            entry = read["credentials"][0]
            stranger = {**read, "credentials": [{**entry, "id": own_id(("not an entry", entry["id"]))}]}
            not_an_entry = refused(400, "invalid_request", "credentials[0].id", "an entry not the connection's")
            path = {"connection_id": connection_id}
            return [(path, taken, _NAME_TAKEN), (path, stranger, not_an_entry)]
        if operation == DELETE_CONNECTION:
            in_use = refused(412, "connection_in_use", rule="the dynamic connection of an end user")
            return [({"connection_id": ADAS_CALENDAR_ID}, None, in_use)]
        if operation == CREATE_TEMPLATE:
            link = {"systemId": self._own_system, "environmentId": ENVIRONMENT_ID}
            no_environment = refused(404, "not_found", "environmentId", "an environment the project does not have")
            seed_project = {"project_id": PROJECT_ID}
            return [
                (seed_project, {**link, "name": "shop"}, _NAME_TAKEN),
                (seed_project, {**link, "name": self._name("t"), "environmentId": own_id("no env")}, no_environment),
            ]
        if operation == CREATE_END_USER:
            external_id_taken = refused(409, "conflict", "externalId", "an externalId taken")
            return [({}, {"externalId": ADA_EXTERNAL_ID}, external_id_taken)]
        return []

    def _at(self, case: Case, status: int = 200, **path: str) -> Expected:
        case.path_parameters = {**case.path_parameters, **path}
        return success(status)

    def _create_system(self, case: Case) -> Expected:
        body = body_of(case)
        configs: list[Any] = [
            _own_config(config, index, body) for index, config in enumerate(body["authSchemeConfigs"])
        ]
        case.body = {**body, "authSchemeConfigs": configs}
        return success(201, "configs of its own")

    def _update_system(self, case: Case) -> Expected:
        return self._at(case, 201, system_id=self._own_system)

    def _initialise_oauth1(self, case: Case) -> Expected:
        # Without a provider listening (the app is called in-process), a sign-in cannot start: the rule reached is
        # the seed's consumer credential named on a system none of whose configs keeps it. The whole OAuth 1.0a
        # loop runs against a live server in tests/e2e/test_platform_oauth1.py.
        case.path_parameters = {**case.path_parameters, "system_id": MOCK_SYSTEM_ID}
        case.body = {"credential": {"id": OAUTH1_CREDENTIAL_ID, "organisationId": ORGANISATION_ID}}
        return refused(400, "invalid_request", "credential.id", rule="consumer credential of another system")

    def _delete_system(self, case: Case) -> Expected:
        system_id = self._made("POST", "/systems", _key_system(self._name("To delete")), 201)["id"]
        return self._at(case, 204, system_id=system_id)

    def _upsert_config(self, case: Case) -> Expected:
        body = body_of(case)
        config_id = own_id(body)
        case.path_parameters = {
            **case.path_parameters,
            "system_id": self._own_system,
            "auth_scheme_config_id": config_id,
        }
        case.body = _own_config(body, 0, body, config_id)
        return success(201, "a config of its own")

    def _delete_config(self, case: Case) -> Expected:
        return self._at(case, 204, system_id=self._own_system, auth_scheme_config_id=self._config_of_its_own())

    def _config_of_its_own(self) -> str:
        config_id = own_id(("config", next(self._unique)))
        config = {"type": "api-key", "apiKey": {"id": config_id, "description": "", "name": "X", "in": "header"}}
        self._made("PUT", f"/systems/{self._own_system}/auth-scheme-configs/{config_id}", config, 201)
        return config_id

    def _initialise(self, case: Case) -> Expected:
        """Any system; ``redirectUrl`` left out or a loopback one."""
        body = body_of(case)
        case.path_parameters = {**case.path_parameters, "system_id": pick(self._system_ids, body)}
        if "redirectUrl" not in body:
            return self._initialise_steering.steer(case)
        return self._initialise_steering.steer(case, redirectUrl=pick(_LOOPBACK_REDIRECTS, body))

    def _list_connections(self, case: Case) -> Expected:
        query = case.query or {}
        if "system_id" in query:
            query = {**query, "system_id": pick([*self._system_ids, query["system_id"]], query)}
        if "end_user_id" in query:
            query = {**query, "end_user_id": pick([*self._external_ids, query["end_user_id"]], query)}
        case.query = query
        return with_cursors(case, self._connection_cursors)

    def _create_connection(self, case: Case) -> Expected:
        body = body_of(case)
        name = self.own_name(body["connection"]["name"])
        choice = pick(("code", "static", "dynamic", "no external id", "external id on static", "unknown"), body)
        if choice == "code":
            code, state = self._approved_code()
            case.body = code_connection(BASE_URL, code, state, name, config=self._mock_config)
            return success(201, "a fresh code")
        template, external_id, expected = {
            "static": (SHOP_TEMPLATE_ID, None, success(201, "an API key, static")),
            "dynamic": (self._dynamic_template, pick(self._external_ids, body), success(201, "an end user's")),
            "no external id": (self._dynamic_template, None, _NO_EXTERNAL_ID),
            "external id on static": (SHOP_TEMPLATE_ID, pick(self._external_ids, body), _EXTERNAL_ID_ON_STATIC),
            "unknown": (self._dynamic_template, f"unknown-{own_id(body)}", _UNKNOWN_END_USER),
        }[choice]
        steered = key_connection(name, template, external_id)
        if "baseUrl" in body["connection"]:
            steered["connection"]["baseUrl"] = body["connection"]["baseUrl"]
        case.body = steered
        return _base_url_refused(steered["connection"].get("baseUrl", ""), "connection.baseUrl") or expected

    def _update_connection(self, case: Case) -> Expected:
        """A connection of the steering's as a read answers it, with the generated name and base URL."""
        body = body_of(case)
        connection_id = pick(self._updatable, body)
        read = self._sent_back(connection_id)
        case.path_parameters = {**case.path_parameters, "connection_id": connection_id}
        case.body = {
            "name": self.own_name(body["name"]),
            "credentials": read["credentials"],
            "baseUrl": body["baseUrl"],
        }
        return _base_url_refused(body["baseUrl"], "baseUrl") or success(200, "a read sent back renamed")

    def _delete_connection(self, case: Case) -> Expected:
        return self._at(case, 204, connection_id=self._key_connection(SHOP_TEMPLATE_ID))

    def _create_template(self, case: Case) -> Expected:
        body = body_of(case)
        name = self.own_name(body["name"])
        case.body = {**body, "systemId": self._own_system, "environmentId": _OWN_ENVIRONMENT_ID, "name": name}
        case.path_parameters = {**case.path_parameters, "project_id": _OWN_PROJECT_ID}
        return success(200, "a name of its own")

    def _list_templates(self, case: Case) -> Expected:
        query = case.query or {}
        if "env_id" in query:
            case.query = {**query, "env_id": pick([ENVIRONMENT_ID, query["env_id"]], query)}
        return success(200)

    def _update_template(self, case: Case) -> Expected:
        body = dict(body_of(case))
        link = {"systemId": self._own_system, "name": self._name("t"), "environmentId": _OWN_ENVIRONMENT_ID}
        template_id = self._made("POST", _OWN_TEMPLATES, link, 200)["connectionTemplateId"]
        if "name" in body:
            body["name"] = self.own_name(body["name"])
        if "authSchemeConfigIds" in body:
            body["authSchemeConfigIds"] = ["steering-key"]
        case.body = body
        return self._at(case, 200, project_id=_OWN_PROJECT_ID, template_id=template_id)

    def _delete_template(self, case: Case) -> Expected:
        link = {"systemId": self._own_system, "name": self._name("t"), "environmentId": _OWN_ENVIRONMENT_ID}
        template_id = self._made("POST", _OWN_TEMPLATES, link, 200)["connectionTemplateId"]
        return self._at(case, 204, project_id=_OWN_PROJECT_ID, template_id=template_id)

    def _create_end_user(self, case: Case) -> Expected:
        body = body_of(case)
        case.body = {**body, "externalId": f"{body['externalId'][:100]}-{next(self._unique)}-{own_id(body)}"}
        return success(201, "an externalId of its own")

    # The fuzzing phase (flatmap_case), where hypothesis draws

    def flatmap_case(self, case: Case) -> st.SearchStrategy[Case]:
        if operation_id(case) != INITIALISE or not self.oracle.is_valid(case) or not self.oracle.knows(case):
            return st.just(case)
        return self._initialise_steering.aimed(case)

    # Calls to the server, in process

    def _made(self, method: str, path: str, body: dict[str, Any] | None, status: int) -> dict[str, Any]:
        answer = self.request(method, f"{_ORGANISATION}{path}", json=body)
        assert answer.status_code == status, answer.text
        made: dict[str, Any] = answer.json()
        return made

    def _sent_back(self, connection_id: str) -> dict[str, Any]:
        """The connection as a read answers it, as an update body."""
        read = self._made("GET", f"/connections/{connection_id}", None, 200)
        return {"name": read["name"], "credentials": read["credentials"], "baseUrl": read.get("baseUrl", "")}

    def _name(self, prefix: str) -> str:
        return f"{prefix} {next(self._unique)}-{own_id((prefix, next(self._unique)))}"

    def _end_user(self) -> str:
        external_id = f"steering-{next(self._unique)}"
        self._made("POST", "/users", {"externalId": external_id}, 201)
        return external_id

    def _key_connection(self, template_id: str, external_id: str | None = None) -> str:
        body = key_connection(self._name("Steering's"), template_id, external_id)
        return str(self._made("POST", "/connections", body, 201)["id"])

    def _approved_code(self) -> tuple[str, str]:
        """Initialise on the built-in provider's system, then follow the built-in provider's approval."""
        path = f"/systems/{MOCK_SYSTEM_ID}/oauth2/initialise"
        url = self._made("POST", path, self._provider_initialise_body(), 200)["url"]
        redirect = self.request("GET", url)
        assert redirect.status_code == 303, redirect.text
        query = parse_qs(urlsplit(redirect.headers["location"]).query)
        return query["code"][0], query["state"][0]

    def _provider_initialise_body(self) -> dict[str, Any]:
        return {
            "credential": {"id": SEEDED_CREDENTIAL_ID, "organisationId": ORGANISATION_ID},
            "authorizeUrl": f"{BASE_URL}/mock-provider/authorize",
            "clientId": SEEDED_CLIENT_ID,
        }


def _own_config(config: dict[str, Any], index: int, basis: object, config_id: str | None = None) -> dict[str, Any]:
    """``config`` with an id of its own in its keyed object (when it has one), and its grant's client one that
    exists."""
    keys = [key for key in config if key != "type"]
    if not keys:
        return config
    keyed = {**config[keys[0]], "id": config_id or own_id((basis, index))}
    if config["type"] == "oauth1":
        # A consumer secret of its own, kept in a new credential: a named one would have to exist.
        keyed.pop("credentialId", None)
        if keyed.get("consumerSecret") == "[redacted]":
            keyed["consumerSecret"] = "steered-consumer-secret"
    grant = keyed.get("grant")
    if config["type"] == "oauth2" and isinstance(grant, dict) and grant["type"] in _CLIENT_GRANTS:
        keyed["grant"] = {**grant, grant["type"]: _own_client(grant[grant["type"]])}
    return {**config, keys[0]: keyed}


def _own_client(detail: dict[str, Any]) -> dict[str, Any]:
    """A grant's client as the contract allows it: ``clientId`` with ``clientSecret`` and no credential named (a
    new credential), else the seed's credential named (``clientId`` and ``clientSecret`` left out, which would
    change that credential for the other calls)."""
    if {"clientId", "clientSecret"} <= detail.keys() and not {"credentialId", "organisationId"} & detail.keys():
        return detail
    return {"credentialId": SEEDED_CREDENTIAL_ID, "organisationId": ORGANISATION_ID}
