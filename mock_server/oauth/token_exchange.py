"""Exchanging an authorization code at the provider's token endpoint (RFC 6749 section 4.1.3)."""

from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

import httpx

from ..seed.model import OAuthClientCredential
from .errors import CodeExchangeFailedError, ProviderFailedError, ProviderUnreachableError
from .state import StateRecord


@dataclass(frozen=True)
class Tokens:
    access_token: str
    refresh_token: str | None
    expires_in: float | None
    scopes: tuple[str, ...]


async def exchange_code(
    http: httpx.AsyncClient,
    credential: OAuthClientCredential,
    record: StateRecord,
    code: str,
    additional_params: str = "",
) -> Tokens:
    """The tokens for ``code``; ``CodeExchangeFailedError`` when the provider refuses it, a
    ``ProviderUnavailableError`` when the provider fails.
    ``additional_params`` (the config's ``additionalTokenParams``, a query string) go in the body too, never in
    place of a parameter of the grant."""
    form = dict(parse_qsl(additional_params.removeprefix("?")))
    form.update(grant_type="authorization_code", code=code, redirect_uri=record.redirect_uri)
    if record.code_verifier is not None:
        form["code_verifier"] = record.code_verifier
    try:
        response = await http.post(
            credential.token_url,
            data=form,
            auth=(credential.client_id, credential.client_secret),
            headers={"Accept": "application/json"},
        )
    except httpx.HTTPError as error:
        raise ProviderUnreachableError() from error
    body = _json_object(response)
    if response.status_code != 200 or not isinstance(body.get("access_token"), str):
        if 400 <= response.status_code < 500 and isinstance(body.get("error"), str):
            raise CodeExchangeFailedError(str(body["error"]))
        raise ProviderFailedError(response.status_code)
    return Tokens(
        access_token=body["access_token"],
        refresh_token=body.get("refresh_token") if isinstance(body.get("refresh_token"), str) else None,
        expires_in=float(body["expires_in"]) if isinstance(body.get("expires_in"), int | float) else None,
        scopes=tuple(str(body["scope"]).split()) if isinstance(body.get("scope"), str) else record.scopes,
    )


def _json_object(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}
