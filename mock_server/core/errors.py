"""The one way the server answers with an error: the contract's ``Error`` JSON.

Every error the server sends is built here, by a named constructor, so that each ``code`` (the stable,
machine-readable part) is written once and the status that goes with it too. Handlers, middleware and the
HTTP protocol layer call these constructors; nothing else builds an ``ApiError`` or Error JSON by hand.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..http.replies import JsonReply
from ..http.request_id import HEADER


@dataclass(frozen=True)
class FieldError:
    """One field at fault, as the contract's ``ErrorField``."""

    field: str
    message: str


@dataclass
class ApiError(Exception):
    """Raised anywhere below the routes; answered as an ``Error`` with this status."""

    status: int
    code: str
    message: str
    fields: list[FieldError] = field(default_factory=list)
    details: str | None = None
    headers: dict[str, str] = field(default_factory=dict)

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.fields:
            body["fields"] = [{"field": item.field, "message": item.message} for item in self.fields]
        if self.details is not None:
            body["details"] = self.details
        return body


def error_response(error: ApiError) -> JsonReply:
    """The answer for ``error``; also an ASGI app, and its ``body``/``raw_headers`` serve raw protocol writers."""
    return JsonReply(error.body(), status_code=error.status, headers=error.headers)


# --- The request as a whole ---------------------------------------------------------------------------------------


def not_valid_http() -> ApiError:
    return ApiError(400, "invalid_request", "The request is not valid HTTP/1.1.")


def headers_too_large(limit: int | None = None) -> ApiError:
    if limit is None:
        return ApiError(431, "headers_too_large", "The request headers are too large.")
    return ApiError(431, "headers_too_large", f"The request headers are larger than {limit} bytes.")


def header_timeout() -> ApiError:
    return ApiError(408, "request_timeout", "The request headers took too long to arrive.")


def too_many_connections() -> ApiError:
    return ApiError(
        503,
        "service_unavailable",
        "The server has too many open connections; try again after Retry-After seconds.",
        headers={"Retry-After": "1"},
    )


def not_found() -> ApiError:
    return ApiError(404, "not_found", "There is nothing at this path.")


def method_not_allowed(headers: Mapping[str, str]) -> ApiError:
    return ApiError(
        405, "method_not_allowed", "This path does not take this method; see the Allow header.", headers=dict(headers)
    )


def http_error(status: int, detail: str, headers: Mapping[str, str]) -> ApiError:
    """Any other status Starlette's routing raises, as a plain ``invalid_request``."""
    return ApiError(status, "invalid_request", detail, headers=dict(headers))


def internal_error(request_id: str) -> ApiError:
    return ApiError(
        500,
        "internal_error",
        "Something went wrong on our side; nothing was stored.",
        details=f"Request id: {request_id}",
        headers={HEADER: request_id},
    )


def unauthorized(message: str, challenge: str) -> ApiError:
    return ApiError(401, "unauthorized", message, headers={"WWW-Authenticate": challenge})


RETRY_AFTER_STATUSES = (429, 503)


def chosen(status: int, example: Mapping[str, Any], retry_after: int = 1) -> ApiError:
    """The contract's example Error for ``status``, asked for with ``Prefer: code=...`` or planned by the control
    plane; a 429 or 503 says to retry after ``retry_after`` seconds."""
    retry = {"Retry-After": str(retry_after)} if status in RETRY_AFTER_STATUSES else {}
    return ApiError(
        status,
        example["code"],
        example["message"],
        [FieldError(**item) for item in example.get("fields", [])],
        example.get("details"),
        retry,
    )


# --- Off the contract, and the body ---------------------------------------------------------------------------------

_PARTS = {
    "header": "A header does not match the contract.",
    "path": "The path does not match the contract.",
    "query": "The query does not match the contract.",
    "body": "The request body does not match the contract.",
}


def off_contract(part: str, problems: Sequence[FieldError]) -> ApiError:
    """A header, the path, the query or the body (``part``) breaks the operation's schemas."""
    return ApiError(400, "invalid_request", _PARTS[part], list(problems))


def unsupported_media_type() -> ApiError:
    return ApiError(415, "unsupported_media_type", "Send the request body as application/json (UTF-8).")


def request_timeout() -> ApiError:
    return ApiError(408, "request_timeout", "The request body took too long to arrive.")


def payload_too_large(limit: int) -> ApiError:
    return ApiError(413, "payload_too_large", f"The request body is larger than {limit} bytes.")


def invalid_json(details: str) -> ApiError:
    return ApiError(400, "invalid_json", "The request body is not valid JSON.", details=details)


# --- Who may do what ------------------------------------------------------------------------------------------------


def forbidden(organisation_id: str) -> ApiError:
    return ApiError(403, "forbidden", f"These credentials may not act for organisation {organisation_id}.")


def connector_not_found(organisation_id: str, connector_id: str) -> ApiError:
    return ApiError(404, "connector_not_found", f"No connector {connector_id} in organisation {organisation_id}.")


def credential_for_another_organisation() -> ApiError:
    """The body's ``credential.organisationId`` is not the path's organisation."""
    return ApiError(
        403,
        "credential_organisation_mismatch",
        "A credential only initialises connections for the organisation that owns it.",
        [FieldError("credential.organisationId", "Must be the organisation_id of the path.")],
    )


def credential_owned_elsewhere(credential_id: str, field: str = "credential.id") -> ApiError:
    """The credential exists, but another organisation owns it; ``field`` names where the request named it."""
    return ApiError(
        403,
        "credential_organisation_mismatch",
        f"Credential {credential_id} belongs to another organisation.",
        [FieldError(field, "Belongs to another organisation.")],
    )


def credential_not_found(credential_id: str, field: str | None = "credential.id") -> ApiError:
    """No such credential; ``field`` None when the id came from the server's own records, not the request."""
    fields = [] if field is None else [FieldError(field, "No such credential.")]
    return ApiError(404, "credential_not_found", f"No credential {credential_id}.", fields)


def client_id_mismatch(credential_id: str) -> ApiError:
    return ApiError(
        400,
        "client_id_mismatch",
        f"clientId is not the client id stored in credential {credential_id}.",
        [FieldError("clientId", "Does not match the credential's client id.")],
    )


# --- The authorize URL's rules (docs/authorize-url-rules.md) --------------------------------------------------------


def rule_broken(code: str, message: str, field: str) -> ApiError:
    """A rule of the authorize URL refuses the request; ``code`` is the rule's own (a pure module's value)."""
    return ApiError(400, code, message, [FieldError(field, message)])


# --- Connections ----------------------------------------------------------------------------------------------------


def invalid_state(field: str) -> ApiError:
    return ApiError(
        400,
        "invalid_state",
        "The state is unknown, expired, already used or made for another connector; start the connection again.",
        [FieldError(field, "Not a usable state for this connector.")],
    )


def grant_for_another_credential(field: str) -> ApiError:
    return ApiError(
        400,
        "invalid_request",
        "The grant names another credential than the one the connection was initialised with.",
        [FieldError(field, "Not the initialised credential.")],
    )


def not_one_code_credential(count: int) -> ApiError:
    return ApiError(
        400,
        "invalid_request",
        "Send at most one credential of type oauth2-code: one state makes one connection.",
        [FieldError("credentials", f"Holds {count} oauth2-code credentials.")],
    )


def name_taken() -> ApiError:
    return ApiError(
        409, "conflict", "The connector already has a connection of that name.", [FieldError("name", "Already taken.")]
    )


def connection_not_found(connector_id: str, connection_id: str) -> ApiError:
    return ApiError(404, "connection_not_found", f"No connection {connection_id} in connector {connector_id}.")


def unknown_cursor(parameter: str) -> ApiError:
    """``parameter`` (``after`` or ``before``) is not a cursor this server handed out for this list."""
    return ApiError(
        400,
        "invalid_request",
        f"{parameter} is not a cursor this server handed out for this list.",
        [FieldError(parameter, "Unknown cursor.")],
    )


def both_cursors() -> ApiError:
    return ApiError(
        400,
        "invalid_request",
        "Give after or before, not both.",
        [FieldError("after", "Not with before."), FieldError("before", "Not with after.")],
    )


def id_mismatch(path_parameter: str) -> ApiError:
    return ApiError(
        400,
        "id_mismatch",
        f"The body's id is not the path's {path_parameter}.",
        [FieldError("id", "Not the path's id.")],
    )


def scheme_type_change(field: str, stored: str) -> ApiError:
    return ApiError(
        400,
        "scheme_type_change",
        f"The auth scheme config's schemeType is {stored} and cannot change; delete it and add a new one.",
        [FieldError(field, f"Must stay {stored}.")],
    )


def credential_type_mismatch(field: str, credential_type: str, scheme: str) -> ApiError:
    return ApiError(
        400,
        "credential_type_mismatch",
        f"A credential of type {credential_type} does not fit an auth scheme config of {scheme}.",
        [FieldError(field, f"Does not fit {scheme}.")],
    )


def not_a_credential_of_the_connection(field: str, credential_id: str) -> ApiError:
    return ApiError(
        400,
        "invalid_request",
        f"{credential_id} is not one of the connection's credentials, or is listed twice.",
        [FieldError(field, "Not one of the connection's credentials, or listed twice.")],
    )


def connection_in_use(connection_id: str) -> ApiError:
    return ApiError(
        412,
        "connection_in_use",
        f"Connection {connection_id} is in use; pass force=true to delete it anyway.",
    )


def auth_scheme_config_not_found(connector_id: str, config_id: str) -> ApiError:
    return ApiError(
        404, "auth_scheme_config_not_found", f"No auth scheme config {config_id} in connector {connector_id}."
    )


def store_unavailable() -> ApiError:
    """The store (Redis, SQLite) that keeps states, codes, connections or the catalogue does not answer."""
    return ApiError(
        503, "store_unavailable", "The server's store is unreachable; try again shortly.", headers={"Retry-After": "1"}
    )


def provider_unreachable() -> ApiError:
    return ApiError(502, "provider_unavailable", "The provider's token endpoint did not answer.")


def provider_failed(status: int) -> ApiError:
    return ApiError(502, "provider_unavailable", f"The provider's token endpoint answered {status}.")


def code_exchange_failed(provider_error: str) -> ApiError:
    return ApiError(
        400,
        "code_exchange_failed",
        "The provider refused the authorization code; start the connection again.",
        details=f"The provider answered {provider_error[:100]}.",
    )


# --- The admin API ---------------------------------------------------------------------------------------------------


def admin_unauthorized() -> ApiError:
    return ApiError(
        401,
        "unauthorized",
        "Send the admin token as 'Authorization: Bearer <token>'.",
        headers={"WWW-Authenticate": 'Bearer realm="versori-admin"'},
    )


def admin_forbidden() -> ApiError:
    return ApiError(403, "forbidden", "Without an admin token, the admin API answers loopback clients only.")


def control_refused(message: str, field: str) -> ApiError:
    """A control of the admin API refused its input (a ``ControlError``)."""
    return ApiError(400, "invalid_request", message, [FieldError(field, message)])


# --- Pages ----------------------------------------------------------------------------------------------------------


def nothing_to_demonstrate() -> ApiError:
    return ApiError(404, "not_found", "The seed has no credential of the built-in provider to demonstrate.")
