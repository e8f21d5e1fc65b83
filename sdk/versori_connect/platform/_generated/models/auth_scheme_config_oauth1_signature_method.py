from typing import Literal

AuthSchemeConfigOAuth1SignatureMethod = Literal["sha1", "sha256"]

AUTH_SCHEME_CONFIG_O_AUTH_1_SIGNATURE_METHOD_VALUES: set[
    AuthSchemeConfigOAuth1SignatureMethod
] = {
    "sha1",
    "sha256",
}


def check_auth_scheme_config_o_auth_1_signature_method(
    value: str,
) -> AuthSchemeConfigOAuth1SignatureMethod:
    if value in AUTH_SCHEME_CONFIG_O_AUTH_1_SIGNATURE_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUTH_SCHEME_CONFIG_O_AUTH_1_SIGNATURE_METHOD_VALUES!r}"
    )
