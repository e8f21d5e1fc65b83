"""Refusals every API of the server shares: who may act for an organisation, cursors, ids and the rules of
credentials and their configs."""

from ..core.errors import FieldError, ForbiddenError, InvalidRequestError


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

    def __init__(self, path_parameter: str) -> None:
        super().__init__(f"The body's id is not the path's {path_parameter}.", [FieldError("id", "Not the path's id.")])


class SchemeTypeChangeError(InvalidRequestError):
    code = "scheme_type_change"

    def __init__(self, field: str, stored: str) -> None:
        super().__init__(
            f"The auth scheme config's schemeType is {stored} and cannot change; delete it and add a new one.",
            [FieldError(field, f"Must stay {stored}.")],
        )


class CredentialTypeMismatchError(InvalidRequestError):
    code = "credential_type_mismatch"

    def __init__(self, field: str, credential_type: str, scheme: str) -> None:
        super().__init__(
            f"A credential of type {credential_type} does not fit an auth scheme config of {scheme}.",
            [FieldError(field, f"Does not fit {scheme}.")],
        )
