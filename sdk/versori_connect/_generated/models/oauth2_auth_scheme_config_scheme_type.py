from typing import Literal

OAuth2AuthSchemeConfigSchemeType = Literal["oauth2"]

O_AUTH_2_AUTH_SCHEME_CONFIG_SCHEME_TYPE_VALUES: set[
    OAuth2AuthSchemeConfigSchemeType
] = {
    "oauth2",
}


def check_o_auth_2_auth_scheme_config_scheme_type(
    value: str,
) -> OAuth2AuthSchemeConfigSchemeType:
    if value in O_AUTH_2_AUTH_SCHEME_CONFIG_SCHEME_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {O_AUTH_2_AUTH_SCHEME_CONFIG_SCHEME_TYPE_VALUES!r}"
    )
