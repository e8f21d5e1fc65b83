from typing import Literal

ParameterConfigUsages = Literal[
    "USAGE_TEMP_CREDENTIAL_ENDPOINT", "USAGE_TOKEN_REQUEST_ENDPOINT", "USAGE_UNKNOWN"
]

PARAMETER_CONFIG_USAGES_VALUES: set[ParameterConfigUsages] = {
    "USAGE_TEMP_CREDENTIAL_ENDPOINT",
    "USAGE_TOKEN_REQUEST_ENDPOINT",
    "USAGE_UNKNOWN",
}


def check_parameter_config_usages(value: str) -> ParameterConfigUsages:
    if value in PARAMETER_CONFIG_USAGES_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PARAMETER_CONFIG_USAGES_VALUES!r}"
    )
