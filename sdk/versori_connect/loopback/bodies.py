"""What the flow sends, the same for the sync and the async flow: the system's config it signs in with, the
arguments of initialise, the state it expects back, and the body that creates the connection."""

from collections.abc import Sequence
from typing import Any
from urllib.parse import parse_qs, urlsplit

from .._core.unset import Unset
from ..platform._generated.models import AuthSchemeOAuth2, OAuth2GrantAuthorizationCode, System
from .errors import ConnectFlowError, NoAuthorizationCodeConfigError

# Versori's CLI sends this for the ids of a new credential, which the server chooses.
_PLACEHOLDER_ID = "00000000000000000000000000"


def authorization_code_config(system: System) -> AuthSchemeOAuth2:
    """The system's first ``oauth2`` config whose ``authorizationCode`` grant names its client."""
    for config in system.auth_scheme_configs:
        if (
            isinstance(config, AuthSchemeOAuth2)
            and isinstance(config.oauth2.grant, OAuth2GrantAuthorizationCode)
            and isinstance(config.oauth2.grant.authorization_code.client_id, str)
            and isinstance(config.oauth2.grant.authorization_code.credential_id, str)
        ):
            return config
    raise NoAuthorizationCodeConfigError(system.id)


def initialise_arguments(
    config: AuthSchemeOAuth2, organisation_id: str, redirect_url: str, scopes: Sequence[str] | None
) -> dict[str, Any]:
    """The keyword arguments of ``connections.initialise_oauth2`` for ``config``: its client and authorize URL, the
    loopback ``redirect_url``, and ``scopes`` (default: the config's ``defaultScopes``, else every scope it offers)."""
    oauth2 = config.oauth2
    assert isinstance(oauth2.grant, OAuth2GrantAuthorizationCode)  # as authorization_code_config chose it
    grant = oauth2.grant.authorization_code
    owner = grant.organisation_id if isinstance(grant.organisation_id, str) else organisation_id
    if scopes is None:
        scopes = oauth2.default_scopes or [scope.name for scope in oauth2.scopes]
    if isinstance(oauth2.authorize_url, Unset):
        raise ConnectFlowError(f"auth scheme config {oauth2.id} has no authorizeUrl")
    return {
        "credential": {"id": grant.credential_id, "organisation_id": owner},
        "authorize_url": oauth2.authorize_url,
        "client_id": grant.client_id,
        "redirect_url": redirect_url,
        "scopes": list(scopes),
        "additional_params": oauth2.additional_authorize_params or None,
    }


def state_of(authorize_url: str) -> str:
    """The ``state`` initialise put in the authorize URL: the one the redirect must bring back."""
    states = parse_qs(urlsplit(authorize_url).query).get("state")
    if not states:
        raise ConnectFlowError("the authorize URL carries no state, so its redirect cannot be checked")
    return states[0]


def connection_body(
    config: AuthSchemeOAuth2,
    organisation_id: str,
    *,
    template_id: str,
    name: str,
    external_id: str | None,
    code: str,
    state: str,
    redirect_url: str,
) -> dict[str, Any]:
    """The ``EnvSystemConnectionCreate`` JSON that exchanges ``code`` for the connection's token: an
    ``oauth2-code`` credential under ``config``, with the ``redirectUrl`` initialise was given."""
    body: dict[str, Any] = {
        "connectionTemplateId": template_id,
        "connection": {
            "name": name,
            "credentials": [
                {
                    "id": _PLACEHOLDER_ID,
                    "authSchemeConfig": config.to_dict(),
                    "credential": {
                        "id": _PLACEHOLDER_ID,
                        "organisationId": organisation_id,
                        "type": "oauth2-code",
                        "data": {"oauth2Code": {"code": code, "state": state, "redirectUrl": redirect_url}},
                    },
                }
            ],
        },
    }
    if external_id is not None:
        body["externalId"] = external_id
    return body
