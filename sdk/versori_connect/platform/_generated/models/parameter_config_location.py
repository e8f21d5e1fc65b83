from typing import Literal

ParameterConfigLocation = Literal[
    "LOCATION_BODY",
    "LOCATION_ENDPOINT",
    "LOCATION_HEADER",
    "LOCATION_HEADER_PARAMETER",
    "LOCATION_IGNORE",
    "LOCATION_QUERY",
]

PARAMETER_CONFIG_LOCATION_VALUES: set[ParameterConfigLocation] = {
    "LOCATION_BODY",
    "LOCATION_ENDPOINT",
    "LOCATION_HEADER",
    "LOCATION_HEADER_PARAMETER",
    "LOCATION_IGNORE",
    "LOCATION_QUERY",
}


def check_parameter_config_location(value: str) -> ParameterConfigLocation:
    if value in PARAMETER_CONFIG_LOCATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PARAMETER_CONFIG_LOCATION_VALUES!r}"
    )
