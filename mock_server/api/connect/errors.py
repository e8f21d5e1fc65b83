"""The Connect API's own refusals: connectors, their configs and connections."""

from ...core.errors import ConflictError, FieldError, InvalidRequestError, NotFoundError, PreconditionFailedError


class ConnectorNotFoundError(NotFoundError):
    code = "connector_not_found"

    def __init__(self, organisation_id: str, connector_id: str) -> None:
        super().__init__(f"No connector {connector_id} in organisation {organisation_id}.")


class ConnectionNotFoundError(NotFoundError):
    code = "connection_not_found"

    def __init__(self, connector_id: str, connection_id: str) -> None:
        super().__init__(f"No connection {connection_id} in connector {connector_id}.")


class AuthSchemeConfigNotFoundError(NotFoundError):
    code = "auth_scheme_config_not_found"

    def __init__(self, connector_id: str, config_id: str) -> None:
        super().__init__(f"No auth scheme config {config_id} in connector {connector_id}.")


class ConnectionInUseError(PreconditionFailedError):
    code = "connection_in_use"

    def __init__(self, connection_id: str) -> None:
        super().__init__(f"Connection {connection_id} is in use; pass force=true to delete it anyway.")


class ConnectionChangingError(ConflictError):
    """Other writes to the connection kept coming in between this update's read and its write."""

    def __init__(self, connection_id: str) -> None:
        super().__init__(f"Connection {connection_id} is being changed by other requests; send the update again.")


class GrantForAnotherCredentialError(InvalidRequestError):
    def __init__(self, field: str) -> None:
        super().__init__(
            "The grant names another credential than the one the connection was initialised with.",
            [FieldError(field, "Not the initialised credential.")],
        )


class NotOneCodeCredentialError(InvalidRequestError):
    def __init__(self, count: int) -> None:
        super().__init__(
            "Send at most one credential of type oauth2-code: one state makes one connection.",
            [FieldError("credentials", f"Holds {count} oauth2-code credentials.")],
        )


class NotACredentialOfTheConnectionError(InvalidRequestError):
    def __init__(self, field: str, credential_id: str) -> None:
        super().__init__(
            f"{credential_id} is not one of the connection's credentials, or is listed twice.",
            [FieldError(field, "Not one of the connection's credentials, or listed twice.")],
        )


class NothingToDemonstrateError(NotFoundError):
    def __init__(self) -> None:
        super().__init__("The seed has no credential of the built-in provider to demonstrate.")
