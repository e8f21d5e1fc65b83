from typing import Literal

AuthSchemeConfigHMACDigestInputsItem = Literal["body", "url"]

AUTH_SCHEME_CONFIG_HMAC_DIGEST_INPUTS_ITEM_VALUES: set[
    AuthSchemeConfigHMACDigestInputsItem
] = {
    "body",
    "url",
}


def check_auth_scheme_config_hmac_digest_inputs_item(
    value: str,
) -> AuthSchemeConfigHMACDigestInputsItem:
    if value in AUTH_SCHEME_CONFIG_HMAC_DIGEST_INPUTS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUTH_SCHEME_CONFIG_HMAC_DIGEST_INPUTS_ITEM_VALUES!r}"
    )
