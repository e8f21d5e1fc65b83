"""The OAuth loop's refusals: a credential an initialise may not use, a state that cannot complete a connection,
and a provider whose token endpoint refuses the code or does not answer."""

from ..core.errors import FieldError, ForbiddenError, InvalidRequestError, NotFoundError, ProviderUnavailableError


class CredentialOrganisationMismatchError(ForbiddenError):
    """A credential used for an organisation that does not own it."""

    code = "credential_organisation_mismatch"


class CredentialNamedForAnotherOrganisationError(CredentialOrganisationMismatchError):
    """The body's ``credential.organisationId`` is not the path's organisation."""

    def __init__(self) -> None:
        super().__init__(
            "A credential only initialises connections for the organisation that owns it.",
            [FieldError("credential.organisationId", "Must be the organisation_id of the path.")],
        )


class CredentialOwnedElsewhereError(CredentialOrganisationMismatchError):
    """The credential exists, but another organisation owns it; ``field`` names where the request named it."""

    def __init__(self, credential_id: str, field: str = "credential.id") -> None:
        super().__init__(
            f"Credential {credential_id} belongs to another organisation.",
            [FieldError(field, "Belongs to another organisation.")],
        )


class CredentialNotFoundError(NotFoundError):
    """No such credential; ``field`` None when the id came from the server's own records, not the request."""

    code = "credential_not_found"

    def __init__(self, credential_id: str, field: str | None = "credential.id") -> None:
        fields = [] if field is None else [FieldError(field, "No such credential.")]
        super().__init__(f"No credential {credential_id}.", fields)


class ClientIdMismatchError(InvalidRequestError):
    code = "client_id_mismatch"

    def __init__(self, credential_id: str) -> None:
        super().__init__(
            f"clientId is not the client id stored in credential {credential_id}.",
            [FieldError("clientId", "Does not match the credential's client id.")],
        )


class InvalidStateError(InvalidRequestError):
    """A state that is unknown, expired, already used or made for another connector or system (either API's);
    ``field`` is where it was."""

    code = "invalid_state"

    def __init__(self, field: str) -> None:
        super().__init__(
            "The state is unknown, expired, already used or made for another connector or system; start the "
            "connection again.",
            [FieldError(field, "Not a usable state for this connector or system.")],
        )


class CodeExchangeFailedError(InvalidRequestError):
    """The provider refused the authorization code, or an OAuth 1.0a verifier and token (its token endpoint
    answered a 4xx)."""

    code = "code_exchange_failed"

    def __init__(self, provider_error: str, what: str = "authorization code") -> None:
        super().__init__(
            f"The provider refused the {what}; start the connection again.",
            details=f"The provider answered {provider_error[:100]}.",
        )


class ProviderUnreachableError(ProviderUnavailableError):
    def __init__(self, endpoint: str = "token") -> None:
        super().__init__(f"The provider's {endpoint} endpoint did not answer.")


class ProviderFailedError(ProviderUnavailableError):
    def __init__(self, status: int, endpoint: str = "token") -> None:
        super().__init__(f"The provider's {endpoint} endpoint answered {status}.")
