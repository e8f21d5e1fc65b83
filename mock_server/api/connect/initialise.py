"""POST /o/{organisation_id}/connectors/{connector_id}/oauth2/initialise: the authorize URL, and its state."""

from typing import Any

from ...oauth.authorize_url import AuthorizeRequest, build_authorize_url
from ...oauth.credential_rules import usable_credential
from ...oauth.pkce import new_verifier, s256_challenge
from ...oauth.state import StateRecord, new_state
from ...seed.model import OAuthClientCredential
from ..calls import CheckedRequest, Reply
from ..services import Services
from .access import reachable_connector


async def initialise_oauth2_connection(request: CheckedRequest, services: Services) -> Reply:
    organisation_id, connector_id = await reachable_connector(request, services)
    body: dict[str, Any] = request.body
    credential = await _credential(body, organisation_id, services)
    authorize = AuthorizeRequest(
        authorize_url=body["authorizeUrl"],
        client_id=body["clientId"],
        scopes=tuple(body.get("scopes", ())),
        disable_offline_access=body.get("disableOfflineAccess", False),
        prompt=body.get("prompt"),
        additional_params=body.get("additionalParams"),
    )
    state = new_state()
    verifier = new_verifier() if services.settings.pkce else None
    challenge = s256_challenge(verifier) if verifier else None
    built = build_authorize_url(
        authorize, redirect_uri=services.settings.redirect_uri, state=state, code_challenge=challenge
    )
    now = services.clock()
    await services.states.put(
        state,
        StateRecord(
            organisation_id=organisation_id,
            connector_id=connector_id,
            credential_id=credential.id,
            client_id=credential.client_id,
            authorize_url=authorize.authorize_url,
            redirect_uri=services.settings.redirect_uri,
            scopes=built.scopes,
            principal=request.principal.subject if request.principal else "anonymous",
            created_at=now,
            expires_at=now + services.settings.state_ttl_seconds,
            code_verifier=verifier,
        ),
    )
    return Reply(200, {"url": built.url})


async def _credential(body: dict[str, Any], organisation_id: str, services: Services) -> OAuthClientCredential:
    reference = body["credential"]
    return usable_credential(
        organisation_id=organisation_id,
        named_organisation_id=reference["organisationId"],
        credential_id=reference["id"],
        client_id=body["clientId"],
        credential=await services.catalogue.credential(reference["id"]),
    )
