"""The control plane's refusals, and the admin API's gate."""

from ..core.errors import FieldError, ForbiddenError, InvalidRequestError, UnauthorizedError


class ControlError(InvalidRequestError):
    """A control refused its input; ``field`` names the culprit (``status``, ``connectors[0].id``, ...)."""

    def __init__(self, message: str, field: str) -> None:
        super().__init__(message, [FieldError(field, message)])
        self.field = field


class AdminUnauthorizedError(UnauthorizedError):
    def __init__(self) -> None:
        super().__init__("Send the admin token as 'Authorization: Bearer <token>'.", 'Bearer realm="versori-admin"')


class AdminForbiddenError(ForbiddenError):
    def __init__(self) -> None:
        super().__init__("Without an admin token, the admin API answers loopback clients only.")
