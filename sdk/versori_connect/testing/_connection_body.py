"""The one place a connection's create body is written, for the kit and the project's own tests: when the
contract's shape changes, only this changes."""

import copy
from typing import Any


def oauth2_connection(name: str, config: dict[str, Any], code: str, state: str) -> dict[str, Any]:
    """The contract's JSON for creating a connection named ``name`` from the provider's ``code`` and ``state``,
    under a copy of ``config`` (the connector's ``oauth2`` auth scheme config, as the contract's ``AuthSchemeConfig``),
    so that changing the body leaves ``config`` as it is."""
    return {
        "name": name,
        "credentials": {
            "action": [
                {
                    "authSchemeConfig": copy.deepcopy(config),
                    "credential": {"name": name, "type": "oauth2-code", "data": {"code": code, "state": state}},
                }
            ],
            "trigger": [],
        },
        "variables": [],
    }


# Every id a create takes from the server: Versori's shape requires the field, the server gives the value.
_PLACEHOLDER = "00000000000000000000000000"


def platform_oauth2_connection(
    name: str,
    template_id: str,
    config: dict[str, Any],
    organisation_id: str,
    code: str,
    state: str,
    redirect_url: str | None = None,
) -> dict[str, Any]:
    """The Platform API's JSON (``EnvSystemConnectionCreate``) for creating a connection named ``name`` on the
    connection template ``template_id`` from the provider's ``code`` and ``state``, under a copy of ``config`` (the
    system's ``oauth2`` auth scheme config); ``redirect_url`` is the ``redirectUrl`` initialise was given, if any."""
    data: dict[str, Any] = {"code": code, "state": state}
    if redirect_url is not None:
        data["redirectUrl"] = redirect_url
    return _platform_sign_in(name, template_id, config, organisation_id, "oauth2-code", {"oauth2Code": data})


def platform_oauth1_connection(
    name: str,
    template_id: str,
    config: dict[str, Any],
    organisation_id: str,
    state: str,
    oauth_token: str,
    oauth_verifier: str,
) -> dict[str, Any]:
    """The Platform API's JSON for creating a connection named ``name`` on the connection template ``template_id``
    from what the OAuth 1.0a provider's redirect brought back (``state``, ``oauth_token``, ``oauth_verifier``),
    under a copy of ``config`` (the system's ``oauth1`` auth scheme config)."""
    data = {"state": state, "oauthToken": oauth_token, "oauthVerifier": oauth_verifier}
    return _platform_sign_in(name, template_id, config, organisation_id, "oauth1", {"oauth1": data})


def _platform_sign_in(
    name: str, template_id: str, config: dict[str, Any], organisation_id: str, kind: str, data: dict[str, Any]
) -> dict[str, Any]:
    """A create body on ``template_id`` with one credential of type ``kind`` (its keyed ``data``) that completes a
    sign-in, under a copy of ``config``."""
    return {
        "connectionTemplateId": template_id,
        "connection": {
            "name": name,
            "credentials": [
                {
                    "id": _PLACEHOLDER,
                    "authSchemeConfig": copy.deepcopy(config),
                    "credential": {
                        "id": _PLACEHOLDER,
                        "organisationId": organisation_id,
                        "name": name,
                        "type": kind,
                        "data": data,
                    },
                }
            ],
        },
    }
