from typing import Literal

ParameterLocation = Literal["cookie", "header", "query"]

PARAMETER_LOCATION_VALUES: set[ParameterLocation] = {
    "cookie",
    "header",
    "query",
}


def check_parameter_location(value: str) -> ParameterLocation:
    if value in PARAMETER_LOCATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PARAMETER_LOCATION_VALUES!r}"
    )
