from typing import Literal

OAuth2GrantType = Literal["authorization_code"]

O_AUTH_2_GRANT_TYPE_VALUES: set[OAuth2GrantType] = {
    "authorization_code",
}


def check_o_auth_2_grant_type(value: str) -> OAuth2GrantType:
    if value in O_AUTH_2_GRANT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {O_AUTH_2_GRANT_TYPE_VALUES!r}"
    )
