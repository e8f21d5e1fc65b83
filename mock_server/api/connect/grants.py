"""An auth scheme config as the server stores it: what it keeps of what was sent, and the OAuth 2.0 client its
grant names (the contract's ``OAuth2ClientGrantFields``). Create, update and upsert all store configs this way."""

from dataclasses import dataclass
from typing import Any

from ...oauth.errors import CredentialNotFoundError, CredentialOwnedElsewhereError
from ...seed.model import OAuthClientCredential
from ..services import Services


@dataclass(frozen=True)
class SettledConfig:
    """The config to store, and the client credential to keep with it once the request succeeds (None when the
    grant names a stored one, or has no client)."""

    config: dict[str, Any]
    new_credential: OAuthClientCredential | None


async def settled_config(config: dict[str, Any], field: str, organisation_id: str, services: Services) -> SettledConfig:
    """``config`` without ``validationMessages`` and with no client secret. An ``oauth2`` grant naming a stored
    credential must name one of this organisation (404 when there is none, 403 when it is another's); one giving
    ``clientId`` and ``clientSecret`` instead is given a new ``oauth2-client`` credential, named in the grant.
    ``field`` is where the config is in the body ("" for the whole body), for the errors' ``fields``."""
    at = f"{field}.grant.credentialId" if field else "grant.credentialId"
    stored = {key: value for key, value in config.items() if key != "validationMessages"}
    grant = stored.get("grant")
    if stored["schemeType"] != "oauth2" or grant is None or grant["grantType"] == "client_credentials":
        return SettledConfig(stored, None)
    kept = {key: value for key, value in grant.items() if key != "clientSecret"}
    stored["grant"] = kept
    credential_id = grant.get("credentialId")
    if credential_id is not None:
        credential = await services.catalogue.credential(credential_id)
        if credential is None:
            raise CredentialNotFoundError(credential_id, field=at)
        if (
            credential.organisation_id != organisation_id
            or grant.get("organisationId", organisation_id) != organisation_id
        ):
            raise CredentialOwnedElsewhereError(credential_id, field=at)
        kept["organisationId"] = organisation_id
        return SettledConfig(stored, None)
    if "clientId" not in grant or "clientSecret" not in grant:
        return SettledConfig(stored, None)
    new = OAuthClientCredential.for_config(
        organisation_id,
        config["description"],
        grant["clientId"],
        grant["clientSecret"],
        config["tokenUrl"],
        config["authorizeUrl"],
        services.clock(),
    )
    kept.update(credentialId=new.id, organisationId=organisation_id)
    return SettledConfig(stored, new)
