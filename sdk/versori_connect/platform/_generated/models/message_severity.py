from typing import Literal

MessageSeverity = Literal["error", "info", "warning"]

MESSAGE_SEVERITY_VALUES: set[MessageSeverity] = {
    "error",
    "info",
    "warning",
}


def check_message_severity(value: str) -> MessageSeverity:
    if value in MESSAGE_SEVERITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_SEVERITY_VALUES!r}"
    )
