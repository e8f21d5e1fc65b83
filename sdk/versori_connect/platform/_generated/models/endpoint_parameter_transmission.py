from typing import Literal

EndpointParameterTransmission = Literal[
    "AUTH_STYLE_AUTHORIZATION_HEADER", "AUTH_STYLE_FORM", "AUTH_STYLE_QUERY"
]

ENDPOINT_PARAMETER_TRANSMISSION_VALUES: set[EndpointParameterTransmission] = {
    "AUTH_STYLE_AUTHORIZATION_HEADER",
    "AUTH_STYLE_FORM",
    "AUTH_STYLE_QUERY",
}


def check_endpoint_parameter_transmission(value: str) -> EndpointParameterTransmission:
    if value in ENDPOINT_PARAMETER_TRANSMISSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ENDPOINT_PARAMETER_TRANSMISSION_VALUES!r}"
    )
