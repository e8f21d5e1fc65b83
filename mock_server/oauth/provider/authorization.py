"""The built-in provider's authorize endpoint (RFC 6749 section 4.1.1, RFC 7636): it validates the request, asks
the person to approve or deny (unless auto-approve is on), and sends the browser back with a code or an error.

GET  /mock-provider/authorize  the consent page (or, with auto-approve, the redirect with a code);
POST /mock-provider/authorize  the person's choice, from the consent page's buttons.
"""

import secrets
from collections.abc import Mapping
from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from ...http.pages import escape, page
from ...settings import PROVIDER_PATH, Settings
from ...stores.base import Clock, KeyValueStore, optimistically
from .clients import ProviderClient, ProviderClients, digest
from .errors import AuthorizationPageError, OAuthError, RedirectError, redirect_url
from .forms import read_form


@dataclass(frozen=True)
class AuthorizationRequest:
    client: ProviderClient
    redirect_uri: str
    scope: str
    state: str | None
    code_challenge: str | None


class AuthorizeEndpoint:
    def __init__(self, clients: ProviderClients, codes: KeyValueStore, settings: Settings, clock: Clock) -> None:
        self._clients = clients
        self._codes = codes
        self._settings = settings
        self._clock = clock

    async def handle(self, request: Request) -> Response:
        # The client read from the catalogue's copy, confirmed by the code's write: a consent is one Redis command.
        return await optimistically(lambda: self._answer(request))

    async def _answer(self, request: Request) -> Response:
        try:
            if request.method == "GET":
                params = dict(request.query_params)
                if not self._settings.auto_approve:
                    return _consent_page(await self.validate(params), params)
                url = await self.decide(params, approve=True)
            else:
                params = await read_form(request, self._settings)
                url = await self.decide(params, approve=params.get("decision") == "approve")
        except (OAuthError, AuthorizationPageError) as error:
            return _error_page(error)
        except RedirectError as redirect:
            url = redirect.url
        return RedirectResponse(url, status_code=303)

    async def decide(self, params: Mapping[str, str], *, approve: bool) -> str:
        """Where the browser goes when the person approves or denies the authorization request ``params`` (an
        authorize URL's query): ``redirect_uri`` with a code and the state, or with ``error=access_denied`` (or
        the error that makes the request unusable) and the state. ``AuthorizationPageError`` when the provider would
        show an error page instead. The consent page's buttons and the control plane's approve and deny both
        come here."""
        try:
            authorization = await self.validate(params)
        except RedirectError as redirect:
            return redirect.url
        if not approve:
            return redirect_url(
                authorization.redirect_uri,
                {
                    "error": "access_denied",
                    "error_description": "The user denied access.",
                    "state": authorization.state,
                },
            )
        code = await self._issue_code(authorization)
        return redirect_url(authorization.redirect_uri, {"code": code, "state": authorization.state})

    async def validate(self, params: Mapping[str, str]) -> AuthorizationRequest:
        client = await self._clients.find(params.get("client_id", ""))
        if client is None:
            raise AuthorizationPageError("Unknown client_id: this provider has no such client registered.")
        redirect_uri = params.get("redirect_uri", "")
        if not client.allows(redirect_uri):
            raise AuthorizationPageError("redirect_uri is not one registered for this client.")
        try:
            return _checked_request(client, redirect_uri, params)
        except OAuthError as error:
            raise RedirectError(
                redirect_uri,
                {"error": error.error, "error_description": error.description, "state": params.get("state")},
            ) from None

    async def _issue_code(self, authorization: AuthorizationRequest) -> str:
        code = secrets.token_urlsafe(24)
        issued = {
            "client_id": authorization.client.client_id,
            "redirect_uri": authorization.redirect_uri,
            "scope": authorization.scope,
            "code_challenge": authorization.code_challenge,
        }
        await self._codes.put(digest(code), issued, self._clock() + self._settings.provider_code_ttl_seconds)
        return code


def _checked_request(client: ProviderClient, redirect_uri: str, params: Mapping[str, str]) -> AuthorizationRequest:
    if params.get("response_type") != "code":
        raise OAuthError("unsupported_response_type", "Only response_type=code is supported.")
    challenge = params.get("code_challenge")
    if challenge is not None and params.get("code_challenge_method") != "S256":
        raise OAuthError("invalid_request", "code_challenge_method must be S256.")
    if challenge is not None and not (43 <= len(challenge) <= 128):
        raise OAuthError("invalid_request", "code_challenge must be 43 to 128 characters.")
    return AuthorizationRequest(client, redirect_uri, params.get("scope", ""), params.get("state"), challenge)


def _error_page(error: Exception) -> Response:
    return page("Authorization failed", f"<h1>Authorization failed</h1><p class=error>{escape(error)}</p>", status=400)


def _consent_page(authorization: AuthorizationRequest, params: Mapping[str, str]) -> Response:
    hidden = "".join(
        f'<input type=hidden name="{escape(key)}" value="{escape(value)}">' for key, value in params.items()
    )
    scopes = (
        "".join(f"<li><code>{escape(scope)}</code></li>" for scope in authorization.scope.split()) or "<li>none</li>"
    )
    body = (
        "<h1>Mock OAuth provider</h1>"
        f"<p><strong>{escape(authorization.client.client_id)}</strong> asks for access to your account:</p>"
        f"<ul>{scopes}</ul>"
        f'<form method=post action="{PROVIDER_PATH}/authorize">{hidden}'
        "<button class=primary name=decision value=approve>Approve</button>"
        "<button name=decision value=deny>Deny</button></form>"
        "<p><small>This is the reference server's built-in provider: no real account is involved.</small></p>"
    )
    return page("Mock provider: approve access?", body)
