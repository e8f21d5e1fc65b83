from typing import Literal

CredentialUnmatchedType = Literal[
    "basic-auth",
    "binary",
    "certificate",
    "custom-function",
    "jwt-bearer",
    "none",
    "oauth2-client",
    "oauth2-code",
    "oauth2-password",
    "oauth2-token",
    "string",
]

CREDENTIAL_UNMATCHED_TYPE_VALUES: set[CredentialUnmatchedType] = {
    "basic-auth",
    "binary",
    "certificate",
    "custom-function",
    "jwt-bearer",
    "none",
    "oauth2-client",
    "oauth2-code",
    "oauth2-password",
    "oauth2-token",
    "string",
}


def check_credential_unmatched_type(value: str) -> CredentialUnmatchedType:
    if value in CREDENTIAL_UNMATCHED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREDENTIAL_UNMATCHED_TYPE_VALUES!r}"
    )
