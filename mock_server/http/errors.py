"""The refusals of the HTTP layer itself: bytes that are not HTTP, heads and bodies too large or too slow, a body
that is not JSON, a path or method nothing answers, too many connections."""

from ..core.errors import InvalidRequestError, NotFoundError, ServiceError, UnavailableError


class MethodNotAllowedError(ServiceError):
    """The path does not take this method; ``allow`` lists those it takes."""

    code = "method_not_allowed"

    def __init__(self, allow: str) -> None:
        super().__init__("This path does not take this method; see the Allow header.")
        self.allow = allow


class RequestTimeoutError(ServiceError):
    """The request did not arrive in time."""

    code = "request_timeout"


class PayloadTooLargeError(ServiceError):
    code = "payload_too_large"

    def __init__(self, limit: int) -> None:
        super().__init__(f"The request body is larger than {limit} bytes.")


class UnsupportedMediaTypeError(ServiceError):
    code = "unsupported_media_type"

    def __init__(self) -> None:
        super().__init__("Send the request body as application/json (UTF-8).")


class HeadersTooLargeError(ServiceError):
    code = "headers_too_large"

    def __init__(self, limit: int | None = None) -> None:
        if limit is None:
            super().__init__("The request headers are too large.")
        else:
            super().__init__(f"The request headers are larger than {limit} bytes.")


class NotHttpError(InvalidRequestError):
    def __init__(self) -> None:
        super().__init__("The request is not valid HTTP/1.1.")


class HeaderTimeoutError(RequestTimeoutError):
    def __init__(self) -> None:
        super().__init__("The request headers took too long to arrive.")


class BodyTimeoutError(RequestTimeoutError):
    def __init__(self) -> None:
        super().__init__("The request body took too long to arrive.")


class InvalidJsonError(InvalidRequestError):
    code = "invalid_json"

    def __init__(self, details: str) -> None:
        super().__init__("The request body is not valid JSON.", details=details)


class NothingHereError(NotFoundError):
    """No route has this path."""

    def __init__(self) -> None:
        super().__init__("There is nothing at this path.")


class TooManyConnectionsError(UnavailableError):
    def __init__(self) -> None:
        super().__init__(
            "The server has too many open connections; try again after Retry-After seconds.", retry_after=1
        )
