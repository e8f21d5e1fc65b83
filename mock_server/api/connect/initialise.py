"""POST /o/{organisation_id}/connectors/{connector_id}/oauth2/initialise: the authorize URL, and its state."""

from collections.abc import Callable
from typing import Any

from ...core import errors
from ...oauth.authorize_url import AuthorizeRequest, RuleViolation, build_authorize_url
from ...oauth.credential_rules import CredentialViolation, credential_violation
from ...oauth.pkce import new_verifier, s256_challenge
from ...oauth.state import StateRecord, new_state
from ...seed.model import OAuthClientCredential
from ..access import reachable_connector
from ..endpoint import CheckedRequest, Reply
from ..services import Services


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
    try:
        built = build_authorize_url(
            authorize, redirect_uri=services.settings.redirect_uri, state=state, code_challenge=challenge
        )
    except RuleViolation as violation:
        raise errors.rule_broken(violation.code, violation.message, violation.field) from None
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
    credential = await services.catalogue.credential(reference["id"])
    violation = credential_violation(
        organisation_id=organisation_id,
        named_organisation_id=reference["organisationId"],
        client_id=body["clientId"],
        credential=credential,
    )
    if violation is not None:
        raise _REFUSALS[violation](reference["id"])
    assert credential is not None  # credential_violation answers NOT_FOUND otherwise
    return credential


_REFUSALS: dict[CredentialViolation, Callable[[str], errors.ApiError]] = {
    CredentialViolation.NAMED_FOR_ANOTHER_ORGANISATION: lambda _: errors.credential_for_another_organisation(),
    CredentialViolation.NOT_FOUND: errors.credential_not_found,
    CredentialViolation.OWNED_ELSEWHERE: errors.credential_owned_elsewhere,
    CredentialViolation.CLIENT_ID_MISMATCH: errors.client_id_mismatch,
}
