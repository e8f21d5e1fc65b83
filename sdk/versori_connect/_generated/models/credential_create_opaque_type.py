from typing import Literal

CredentialCreateOpaqueType = Literal["custom-function", "jwt-bearer"]

CREDENTIAL_CREATE_OPAQUE_TYPE_VALUES: set[CredentialCreateOpaqueType] = {
    "custom-function",
    "jwt-bearer",
}


def check_credential_create_opaque_type(value: str) -> CredentialCreateOpaqueType:
    if value in CREDENTIAL_CREATE_OPAQUE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREDENTIAL_CREATE_OPAQUE_TYPE_VALUES!r}"
    )
