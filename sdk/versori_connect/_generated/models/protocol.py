from typing import Literal

Protocol = Literal["bigquery", "http"]

PROTOCOL_VALUES: set[Protocol] = {
    "bigquery",
    "http",
}


def check_protocol(value: str) -> Protocol:
    if value in PROTOCOL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROTOCOL_VALUES!r}")
