"""Which OAuth 2.0 client credential an initialise call may use: rules 24 and 25 of docs/authorize-url-rules.md.

Pure, like the URL rules in ``authorize_url``: the caller looks the credential up and passes it in, and gets
back the first rule the request breaks, or None. The web layer turns a violation into an ``Error``.
"""

import enum

from ..seed.model import OAuthClientCredential


class CredentialViolation(enum.Enum):
    # The body's credential.organisationId is not the organisation of the path.
    NAMED_FOR_ANOTHER_ORGANISATION = enum.auto()
    # No credential has that id.
    NOT_FOUND = enum.auto()
    # The credential exists but another organisation owns it.
    OWNED_ELSEWHERE = enum.auto()
    # The body's clientId is not the client id the credential stores.
    CLIENT_ID_MISMATCH = enum.auto()


def credential_violation(
    *,
    organisation_id: str,
    named_organisation_id: str,
    client_id: str,
    credential: OAuthClientCredential | None,
) -> CredentialViolation | None:
    """The first rule broken, in this order: the named organisation, existence, ownership, the client id."""
    if named_organisation_id != organisation_id:
        return CredentialViolation.NAMED_FOR_ANOTHER_ORGANISATION
    if credential is None:
        return CredentialViolation.NOT_FOUND
    if credential.organisation_id != organisation_id:
        return CredentialViolation.OWNED_ELSEWHERE
    if credential.client_id != client_id:
        return CredentialViolation.CLIENT_ID_MISMATCH
    return None
