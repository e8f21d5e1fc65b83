from typing import Literal

AuthSchemeConfigHMACEncoding = Literal["base64", "base64url", "hex"]

AUTH_SCHEME_CONFIG_HMAC_ENCODING_VALUES: set[AuthSchemeConfigHMACEncoding] = {
    "base64",
    "base64url",
    "hex",
}


def check_auth_scheme_config_hmac_encoding(value: str) -> AuthSchemeConfigHMACEncoding:
    if value in AUTH_SCHEME_CONFIG_HMAC_ENCODING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUTH_SCHEME_CONFIG_HMAC_ENCODING_VALUES!r}"
    )
