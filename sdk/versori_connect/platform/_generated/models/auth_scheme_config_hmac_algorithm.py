from typing import Literal

AuthSchemeConfigHMACAlgorithm = Literal["sha1", "sha256", "sha512"]

AUTH_SCHEME_CONFIG_HMAC_ALGORITHM_VALUES: set[AuthSchemeConfigHMACAlgorithm] = {
    "sha1",
    "sha256",
    "sha512",
}


def check_auth_scheme_config_hmac_algorithm(
    value: str,
) -> AuthSchemeConfigHMACAlgorithm:
    if value in AUTH_SCHEME_CONFIG_HMAC_ALGORITHM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUTH_SCHEME_CONFIG_HMAC_ALGORITHM_VALUES!r}"
    )
