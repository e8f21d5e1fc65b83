"""The one way the server answers with an error: the contract's ``Error`` JSON."""

from dataclasses import dataclass, field
from typing import Any

from starlette.responses import JSONResponse


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


def error_response(error: ApiError) -> JSONResponse:
    return JSONResponse(error.body(), status_code=error.status, headers=error.headers)
