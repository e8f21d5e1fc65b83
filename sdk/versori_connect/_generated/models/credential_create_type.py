from typing import Literal

CredentialCreateType = Literal["oauth2-code"]

CREDENTIAL_CREATE_TYPE_VALUES: set[CredentialCreateType] = {
    "oauth2-code",
}


def check_credential_create_type(value: str) -> CredentialCreateType:
    if value in CREDENTIAL_CREATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREDENTIAL_CREATE_TYPE_VALUES!r}"
    )
