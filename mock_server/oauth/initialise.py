"""The start of the OAuth 2.0 loop, for both APIs' initialise (a connector's, Connect v1; a system's, the
Platform API): the credential's rules, the authorize URL's, PKCE, and the state kept for the callback and the code
exchange. The two bodies share their fields (``credential``, ``authorizeUrl``, ``clientId``, ``scopes``,
``disableOfflineAccess``, ``prompt``, ``additionalParams``); the Platform API's adds ``redirectUrl``."""

from dataclasses import dataclass
from typing import Any

from ..settings import Settings
from ..stores.base import CatalogueStore, Clock
from .authorize_url import AuthorizeRequest, allowed_redirect_url, build_authorize_url
from .credential_rules import usable_credential
from .pkce import new_verifier, s256_challenge
from .state import StateRecord, StateStore, new_state


@dataclass(frozen=True)
class LoopStart:
    """What an initialise needs besides its body: where it runs and for whom."""

    settings: Settings
    catalogue: CatalogueStore
    states: StateStore
    clock: Clock

    async def keep_state(self, state: str, **record: Any) -> None:
        """Store ``state`` with ``record`` (``StateRecord``'s fields but its times), made now and usable for the
        settings' state lifetime: the one place both sign-ins (OAuth 2.0 and 1.0a) keep their states."""
        now = self.clock()
        await self.states.put(
            state, StateRecord(**record, created_at=now, expires_at=now + self.settings.state_ttl_seconds)
        )


async def authorize_url(
    body: dict[str, Any], start: LoopStart, *, organisation_id: str, made_for: str, principal: str
) -> str:
    """The authorize URL for ``body``, its state stored naming ``made_for`` (``state.made_for``); the first rule
    the body breaks is raised as its error."""
    settings = start.settings
    reference = body["credential"]
    credential = usable_credential(
        organisation_id=organisation_id,
        named_organisation_id=reference["organisationId"],
        credential_id=reference["id"],
        client_id=body["clientId"],
        credential=await start.catalogue.credential(reference["id"]),
    )
    authorize = AuthorizeRequest(
        authorize_url=body["authorizeUrl"],
        client_id=body["clientId"],
        scopes=tuple(body.get("scopes", ())),
        disable_offline_access=body.get("disableOfflineAccess", False),
        prompt=body.get("prompt"),
        additional_params=body.get("additionalParams"),
    )
    redirect_url = body.get("redirectUrl")
    redirect_uri = (
        settings.redirect_uri if redirect_url is None else allowed_redirect_url(redirect_url, settings.redirect_uri)
    )
    state = new_state()
    verifier = new_verifier() if settings.pkce else None
    challenge = s256_challenge(verifier) if verifier else None
    built = build_authorize_url(authorize, redirect_uri=redirect_uri, state=state, code_challenge=challenge)
    await start.keep_state(
        state,
        organisation_id=organisation_id,
        made_for=made_for,
        credential_id=credential.id,
        client_id=credential.client_id,
        authorize_url=authorize.authorize_url,
        redirect_uri=redirect_uri,
        scopes=built.scopes,
        principal=principal,
        code_verifier=verifier,
        redirect_url=redirect_url,
    )
    return built.url
