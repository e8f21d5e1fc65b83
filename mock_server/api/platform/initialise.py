"""POST /o/{organisation_id}/systems/{system_id}/oauth2/initialise: the authorize URL and its state, by the one
implementation both APIs share (``oauth.initialise``), with the Platform API's ``redirectUrl``; and
POST .../oauth1/initialise: an OAuth 1.0a sign-in on one of the system's ``oauth1`` configs (``oauth.oauth1``)."""

from typing import Any

from ...oauth.credential_rules import usable_credential
from ...oauth.initialise import authorize_url
from ...oauth.oauth1 import SIGNATURE_METHODS, SignIn, authorization_url
from ...oauth.state import made_for
from ...stores.platform import SystemRecord
from ..calls import CheckedRequest, Reply
from ..services import Services
from .access import reachable_system
from .errors import FieldRuleError

_ENDPOINTS = ("tempCredentialEndpoint", "resourceOwnerAuthorizationEndpoint", "tokenEndpoint")


async def initialise_oauth2_connection(request: CheckedRequest, services: Services) -> Reply:
    organisation_id, system = await reachable_system(request, services)
    url = await authorize_url(
        request.body,
        services.loop,
        organisation_id=organisation_id,
        made_for=made_for("system", system.id),
        principal=_principal(request),
    )
    return Reply(200, {"url": url})


async def initialise_oauth1_connection(request: CheckedRequest, services: Services) -> Reply:
    organisation_id, system = await reachable_system(request, services)
    reference = request.body["credential"]
    found = await services.catalogue.credential(reference["id"])
    consumer = usable_credential(
        organisation_id=organisation_id,
        named_organisation_id=reference["organisationId"],
        credential_id=reference["id"],
        client_id=found.client_id if found is not None else "",
        credential=found,
    )
    config = _oauth1_config(system, consumer.id)
    sign_in = SignIn(
        consumer,
        config["signatureMethod"],
        initiate_url=config["tempCredentialEndpoint"]["url"],
        authorize_url=config["resourceOwnerAuthorizationEndpoint"]["url"],
    )
    async with services.http_client() as http:
        url = await authorization_url(
            sign_in,
            services.loop,
            http,
            organisation_id=organisation_id,
            made_for=made_for("system", system.id),
            principal=_principal(request),
        )
    return Reply(200, {"url": url})


def _oauth1_config(system: SystemRecord, credential_id: str) -> dict[str, Any]:
    """The system's ``oauth1`` config whose consumer secret the credential holds, with its three endpoints."""
    for entry in system.configs:
        config = entry["config"]
        if config["type"] == "oauth1" and config["oauth1"].get("credentialId") == credential_id:
            details: dict[str, Any] = config["oauth1"]
            missing = [name for name in _ENDPOINTS if name not in details]
            if missing:
                raise FieldRuleError(
                    f"The system's oauth1 config {details['id']} has no {missing[0]}, so it cannot start a sign-in.",
                    "credential.id",
                    "Its config has no sign-in endpoints.",
                )
            if details["signatureMethod"] not in SIGNATURE_METHODS:
                raise FieldRuleError(
                    f"The system's oauth1 config {details['id']} signs with {details['signatureMethod']!r}; this "
                    f"server signs with {' or '.join(SIGNATURE_METHODS)} only.",
                    "credential.id",
                    "Its config's signatureMethod is not one this server signs with.",
                )
            return details
    raise FieldRuleError(
        f"No oauth1 config of system {system.id} keeps its consumer secret in credential {credential_id}.",
        "credential.id",
        "Not the credentialId of one of the system's oauth1 configs.",
    )


def _principal(request: CheckedRequest) -> str:
    return request.principal.subject if request.principal else "anonymous"
