"""POST /o/{organisation_id}/connectors/{connector_id}/oauth2/initialise: the authorize URL, and its state."""

from typing import Any

from .authorize_url import AuthorizeRequest, RuleViolation, build_authorize_url, final_scopes
from .checked_endpoint import CheckedRequest, Reply
from .errors import ApiError, FieldError
from .pkce import new_verifier, s256_challenge
from .seed import OAuthClientCredential
from .services import Services
from .state import StateRecord, new_state


async def initialise_oauth2_connection(request: CheckedRequest, services: Services) -> Reply:
    organisation_id = request.path["organisation_id"]
    body: dict[str, Any] = request.body
    if request.principal is not None and not request.principal.may_act_for(organisation_id):
        raise ApiError(403, "forbidden", f"These credentials may not act for organisation {organisation_id}.")
    connector_id = request.path["connector_id"]
    if services.seed.connector(organisation_id, connector_id) is None:
        raise ApiError(404, "connector_not_found", f"No connector {connector_id} in organisation {organisation_id}.")
    credential = _credential(body, organisation_id, services)
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
        url = build_authorize_url(
            authorize, redirect_uri=services.settings.redirect_uri, state=state, code_challenge=challenge
        )
    except RuleViolation as violation:
        raise ApiError(
            400, violation.code, violation.message, [FieldError(violation.field, violation.message)]
        ) from None
    now = services.clock()
    services.states.put(
        state,
        StateRecord(
            organisation_id=organisation_id,
            connector_id=connector_id,
            credential_id=credential.id,
            client_id=credential.client_id,
            authorize_url=authorize.authorize_url,
            redirect_uri=services.settings.redirect_uri,
            scopes=tuple(final_scopes(authorize.scopes, authorize.disable_offline_access)),
            principal=request.principal.subject if request.principal else "anonymous",
            created_at=now,
            expires_at=now + services.settings.state_ttl_seconds,
            code_verifier=verifier,
        ),
    )
    return Reply(200, {"url": url})


def _credential(body: dict[str, Any], organisation_id: str, services: Services) -> OAuthClientCredential:
    reference = body["credential"]
    if reference["organisationId"] != organisation_id:
        raise ApiError(
            403,
            "credential_organisation_mismatch",
            "A credential only initialises connections for the organisation that owns it.",
            [FieldError("credential.organisationId", "Must be the organisation_id of the path.")],
        )
    credential = services.seed.credential(reference["id"])
    if credential is None:
        raise ApiError(
            404,
            "credential_not_found",
            f"No credential {reference['id']}.",
            [FieldError("credential.id", "No such credential.")],
        )
    if credential.organisation_id != organisation_id:
        raise ApiError(
            403,
            "credential_organisation_mismatch",
            f"Credential {credential.id} belongs to another organisation.",
            [FieldError("credential.id", "Belongs to another organisation.")],
        )
    if credential.client_id != body["clientId"]:
        raise ApiError(
            400,
            "client_id_mismatch",
            f"clientId is not the client id stored in credential {credential.id}.",
            [FieldError("clientId", "Does not match the credential's client id.")],
        )
    return credential
