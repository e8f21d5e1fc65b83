"""Refusals every API of the server shares: who may act for an organisation, cursors, ids, the rules of
credentials and their configs, and the codes both APIs answer (each API's own subclass says it in its words)."""

from ..core.errors import (
    ConflictError,
    FieldError,
    ForbiddenError,
    InvalidRequestError,
    NotFoundError,
    PreconditionFailedError,
)


class OrganisationForbiddenError(ForbiddenError):
    def __init__(self, organisation_id: str) -> None:
        super().__init__(f"These credentials may not act for organisation {organisation_id}.")


class UnknownCursorError(InvalidRequestError):
    """``parameter`` (``after`` or ``before``) is not a cursor this server handed out for this list."""

    def __init__(self, parameter: str) -> None:
        super().__init__(
            f"{parameter} is not a cursor this server handed out for this list.",
            [FieldError(parameter, "Unknown cursor.")],
        )


class BothCursorsError(InvalidRequestError):
    def __init__(self) -> None:
        super().__init__(
            "Give after or before, not both.",
            [FieldError("after", "Not with before."), FieldError("before", "Not with after.")],
        )


class IdMismatchError(InvalidRequestError):
    code = "id_mismatch"

    def __init__(self, path_parameter: str, field: str = "id") -> None:
        super().__init__(
            f"The body's id is not the path's {path_parameter}.", [FieldError(field, "Not the path's id.")]
        )


class SchemeTypeChangeError(InvalidRequestError):
    code = "scheme_type_change"

    def __init__(self, field: str, stored: str) -> None:
        super().__init__(
            f"The auth scheme config's {field.rsplit('.', 1)[-1]} is {stored} and cannot change;"
            " delete it and add a new one.",
            [FieldError(field, f"Must stay {stored}.")],
        )


class CredentialTypeMismatchError(InvalidRequestError):
    code = "credential_type_mismatch"

    def __init__(self, field: str, credential_type: str, scheme: str) -> None:
        super().__init__(
            f"A credential of type {credential_type} does not fit an auth scheme config of {scheme}.",
            [FieldError(field, f"Does not fit {scheme}.")],
        )


class ConnectionNotFoundError(NotFoundError):
    code = "connection_not_found"


class AuthSchemeConfigNotFoundError(NotFoundError):
    code = "auth_scheme_config_not_found"


class ConnectionInUseError(PreconditionFailedError):
    code = "connection_in_use"


class ConnectionChangingError(ConflictError):
    """Other writes to the connection kept coming in between this update's read and its write."""

    def __init__(self, connection_id: str) -> None:
        super().__init__(f"Connection {connection_id} is being changed by other requests; send the update again.")


class NotOneCodeCredentialError(InvalidRequestError):
    def __init__(self, count: int, field: str = "credentials") -> None:
        super().__init__(
            "Send at most one credential of type oauth2-code: one state makes one connection.",
            [FieldError(field, f"Holds {count} oauth2-code credentials.")],
        )


class NotACredentialOfTheConnectionError(InvalidRequestError):
    def __init__(self, field: str, credential_id: str) -> None:
        super().__init__(
            f"{credential_id} is not one of the connection's credentials, or is listed twice.",
            [FieldError(field, "Not one of the connection's credentials, or listed twice.")],
        )
