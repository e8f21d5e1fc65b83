"""The Connect API's own refusals: connectors, their configs and connections."""

from ...core.errors import FieldError, InvalidRequestError, NotFoundError
from ..errors import AuthSchemeConfigNotFoundError as AnyAuthSchemeConfigNotFoundError
from ..errors import ConnectionChangingError as ConnectionChangingError
from ..errors import ConnectionInUseError as AnyConnectionInUseError
from ..errors import ConnectionNotFoundError as AnyConnectionNotFoundError
from ..errors import NotACredentialOfTheConnectionError as NotACredentialOfTheConnectionError
from ..errors import NotOneCodeCredentialError as NotOneCodeCredentialError


class ConnectorNotFoundError(NotFoundError):
    code = "connector_not_found"

    def __init__(self, organisation_id: str, connector_id: str) -> None:
        super().__init__(f"No connector {connector_id} in organisation {organisation_id}.")


class ConnectionNotFoundError(AnyConnectionNotFoundError):
    def __init__(self, connector_id: str, connection_id: str) -> None:
        super().__init__(f"No connection {connection_id} in connector {connector_id}.")


class AuthSchemeConfigNotFoundError(AnyAuthSchemeConfigNotFoundError):
    def __init__(self, connector_id: str, config_id: str) -> None:
        super().__init__(f"No auth scheme config {config_id} in connector {connector_id}.")


class ConnectionInUseError(AnyConnectionInUseError):
    def __init__(self, connection_id: str) -> None:
        super().__init__(f"Connection {connection_id} is in use; pass force=true to delete it anyway.")


class GrantForAnotherCredentialError(InvalidRequestError):
    def __init__(self, field: str) -> None:
        super().__init__(
            "The grant names another credential than the one the connection was initialised with.",
            [FieldError(field, "Not the initialised credential.")],
        )


class NothingToDemonstrateError(NotFoundError):
    def __init__(self) -> None:
        super().__init__("The seed has no credential of the built-in provider to demonstrate.")
