"""Which OAuth 2.0 client credential an initialise call may use: rules 24 and 25 of docs/authorize-url-rules.md.

Pure, like the URL rules in ``authorize_url``: the caller looks the credential up and passes it in, and the first
rule the request breaks is raised as its error.
"""

from ..seed.model import OAuthClientCredential
from .errors import (
    ClientIdMismatchError,
    CredentialNamedForAnotherOrganisationError,
    CredentialNotFoundError,
    CredentialOwnedElsewhereError,
)


def usable_credential(
    *,
    organisation_id: str,
    named_organisation_id: str,
    credential_id: str,
    client_id: str,
    credential: OAuthClientCredential | None,
) -> OAuthClientCredential:
    """``credential``, once it breaks no rule; else the first rule broken, in this order: the named organisation,
    existence, ownership, the client id."""
    if named_organisation_id != organisation_id:
        raise CredentialNamedForAnotherOrganisationError()
    if credential is None:
        raise CredentialNotFoundError(credential_id)
    if credential.organisation_id != organisation_id:
        raise CredentialOwnedElsewhereError(credential_id)
    if credential.client_id != client_id:
        raise ClientIdMismatchError(credential_id)
    return credential
