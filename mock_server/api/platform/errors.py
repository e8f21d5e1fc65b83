"""The Platform API's own refusals: systems, projects, connection templates, end users and their connections."""

from ...core.errors import ConflictError, FieldError, InvalidRequestError, NotFoundError
from ...oauth.errors import CredentialOrganisationMismatchError
from ..errors import AuthSchemeConfigNotFoundError, ConnectionInUseError, ConnectionNotFoundError


class SystemNotFoundError(NotFoundError):
    def __init__(self, organisation_id: str, system_id: str, field: str | None = None) -> None:
        fields = [] if field is None else [FieldError(field, "No such system.")]
        super().__init__(f"No system {system_id} in organisation {organisation_id}.", fields)


class ProjectNotFoundError(NotFoundError):
    def __init__(self, organisation_id: str, project_id: str) -> None:
        super().__init__(f"No project {project_id} in organisation {organisation_id}.")


class EnvironmentNotFoundError(NotFoundError):
    def __init__(self, project_id: str, environment_id: str) -> None:
        super().__init__(
            f"No environment {environment_id} in project {project_id}.",
            [FieldError("environmentId", "No such environment in the project.")],
        )


class TemplateNotFoundError(NotFoundError):
    def __init__(self, organisation_id: str, template_id: str, field: str | None = None) -> None:
        fields = [] if field is None else [FieldError(field, "No such connection template.")]
        super().__init__(f"No connection template {template_id} in organisation {organisation_id}.", fields)


class EndUserNotFoundError(NotFoundError):
    def __init__(self, organisation_id: str, reference: str, field: str | None = None) -> None:
        fields = [] if field is None else [FieldError(field, "No such end user.")]
        what = f"with externalId {reference}" if field == "externalId" else reference
        super().__init__(f"No end user {what} in organisation {organisation_id}.", fields)


class SystemConnectionNotFoundError(ConnectionNotFoundError):
    def __init__(self, organisation_id: str, connection_id: str) -> None:
        super().__init__(f"No connection {connection_id} in organisation {organisation_id}.")


class SystemConfigNotFoundError(AuthSchemeConfigNotFoundError):
    def __init__(self, system_id: str, config_id: str) -> None:
        super().__init__(f"No auth scheme config {config_id} in system {system_id}.")


class EndUserConnectionError(ConnectionInUseError):
    """A dynamic connection whose end user still exists."""

    def __init__(self, connection_id: str) -> None:
        super().__init__(
            f"Connection {connection_id} belongs to an end user that still exists; delete the end user to remove it."
        )


class SystemInUseError(ConflictError):
    def __init__(self, system_id: str) -> None:
        super().__init__(f"A connection template links system {system_id}; delete the templates first.")


class DynamicChangeError(ConflictError):
    def __init__(self, template_id: str) -> None:
        super().__init__(
            f"Connection template {template_id} has connections; dynamic cannot change.",
            [FieldError("dynamic", "The template has connections.")],
        )


class ExternalIdTakenError(ConflictError):
    def __init__(self) -> None:
        super().__init__(
            "The organisation already has an end user of that externalId.", [FieldError("externalId", "Already taken.")]
        )


class ExternalIdMissingError(InvalidRequestError):
    def __init__(self) -> None:
        super().__init__(
            "The connection template is dynamic; give the externalId of the end user it is for.",
            [FieldError("externalId", "Required on a dynamic template.")],
        )


class ExternalIdOnStaticError(InvalidRequestError):
    def __init__(self) -> None:
        super().__init__(
            "The connection template is static; its connections belong to no end user, so leave externalId out.",
            [FieldError("externalId", "Not on a static template.")],
        )


class FieldRuleError(InvalidRequestError):
    """A value the schema allows that a rule of the operation refuses; ``field`` names it."""

    def __init__(self, message: str, field: str, problem: str) -> None:
        super().__init__(message, [FieldError(field, problem)])


class RedirectUrlMismatchError(InvalidRequestError):
    def __init__(self, field: str) -> None:
        super().__init__(
            "redirectUrl must be the redirectUrl initialise was given for this state.",
            [FieldError(field, "Not the redirectUrl of the initialise call.")],
        )


class CredentialForAnotherOrganisationError(CredentialOrganisationMismatchError):
    """A new connection's credential names another organisation than the path's."""

    def __init__(self, field: str) -> None:
        super().__init__(
            "A connection's credentials belong to the organisation of the path.",
            [FieldError(field, "Must be the organisation_id of the path.")],
        )
