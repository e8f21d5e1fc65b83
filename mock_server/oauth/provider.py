"""A mock OAuth 2.0 provider, strict like a real one, so the whole loop runs on localhost.

GET  /mock-provider/authorize  validates the request (RFC 6749 section 4.1.1, RFC 7636) and asks the person
                               to approve or deny, unless auto-approve is on;
POST /mock-provider/authorize  carries out the choice: a redirect to redirect_uri with a code or an error;
POST /mock-provider/token      the authorization_code and refresh_token grants (RFC 6749 sections 4.1.3 and
                               6), clients authenticated by HTTP Basic or in the form (section 2.3.1).
"""

import base64
import binascii
import hashlib
import hmac
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import parse_qsl, unquote, urlencode

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from ..http.pages import escape, page
from ..stores.base import Clock, KeyValueStore
from ..stores.catalogue import CatalogueStore
from .pkce import verifier_matches

PREFIX = "/mock-provider"
ACCESS_TOKEN_SECONDS = 3600
REFRESH_TOKEN_SECONDS = 30 * 24 * 3600


@dataclass(frozen=True)
class ProviderStores:
    """Where the provider keeps its codes and refresh tokens (shared by workers when in SQLite)."""

    codes: KeyValueStore
    refresh_tokens: KeyValueStore


def provider_token_url(base_url: str) -> str:
    """The built-in provider's token endpoint on a server reached at ``base_url``."""
    return f"{base_url}{PREFIX}/token"


@dataclass(frozen=True)
class ProviderClient:
    client_id: str
    client_secret: str
    redirect_uris: frozenset[str]


@dataclass(frozen=True)
class _AuthorizationRequest:
    client: ProviderClient
    redirect_uri: str
    scope: str
    state: str | None
    code_challenge: str | None


class _OAuthError(Exception):
    """An error answer of the token endpoint (RFC 6749 section 5.2)."""

    def __init__(self, error: str, description: str, status: int = 400) -> None:
        super().__init__(description)
        self.error, self.description, self.status = error, description, status


class AuthorizationPageError(Exception):
    """A request the provider must not redirect back (section 4.1.2.1): shown to the person instead."""


class MockProvider:
    def __init__(
        self,
        catalogue: CatalogueStore,
        redirect_uris: frozenset[str],
        stores: ProviderStores,
        clock: Clock,
        code_ttl: float,
        auto_approve: bool,
    ) -> None:
        # The registered clients: the catalogue's credentials whose token endpoint is this provider's.
        self._catalogue = catalogue
        self._redirect_uris = redirect_uris
        self._codes = stores.codes
        self._refresh_tokens = stores.refresh_tokens
        self._clock = clock
        self._code_ttl = code_ttl
        self._auto_approve = auto_approve
        # Statuses the token endpoint answers next, one per call, planned by the control plane.
        self._token_failures: list[int] = []

    def routes(self) -> list[Route]:
        return [
            Route(f"{PREFIX}/authorize", self._authorize, methods=["GET", "POST"]),
            Route(f"{PREFIX}/token", self._token, methods=["POST"]),
        ]

    # The authorize endpoint

    async def _authorize(self, request: Request) -> Response:
        try:
            params = dict(request.query_params) if request.method == "GET" else await _form(request)
            if request.method == "GET" and not self._auto_approve:
                return _consent_page(await self._validate(params), params)
            url = await self.decide(params, approve=request.method == "GET" or params.get("decision") == "approve")
        except (_OAuthError, AuthorizationPageError) as error:
            return _error_page(error)
        except _RedirectError as redirect:
            url = redirect.url
        return RedirectResponse(url, status_code=303)

    async def decide(self, params: Mapping[str, str], *, approve: bool) -> str:
        """Where the browser goes when the person approves or denies the authorization request ``params`` (an
        authorize URL's query): ``redirect_uri`` with a code and the state, or with ``error=access_denied`` (or
        the error that makes the request unusable) and the state. ``AuthorizationPageError`` when the provider would
        show an error page instead. The consent page's buttons and the control plane's approve and deny both
        come here."""
        try:
            authorization = await self._validate(params)
        except _RedirectError as redirect:
            return redirect.url
        if not approve:
            return _redirect_url(
                authorization.redirect_uri,
                {
                    "error": "access_denied",
                    "error_description": "The user denied access.",
                    "state": authorization.state,
                },
            )
        code = await self._issue_code(authorization)
        return _redirect_url(authorization.redirect_uri, {"code": code, "state": authorization.state})

    async def _validate(self, params: Mapping[str, str]) -> _AuthorizationRequest:
        client = await self._client(params.get("client_id", ""))
        if client is None:
            raise AuthorizationPageError("Unknown client_id: this provider has no such client registered.")
        redirect_uri = params.get("redirect_uri", "")
        if redirect_uri not in client.redirect_uris:
            raise AuthorizationPageError("redirect_uri is not one registered for this client.")
        try:
            return _checked_request(client, redirect_uri, params)
        except _OAuthError as error:
            raise _RedirectError(
                redirect_uri,
                {"error": error.error, "error_description": error.description, "state": params.get("state")},
            ) from None

    async def _issue_code(self, authorization: _AuthorizationRequest) -> str:
        code = secrets.token_urlsafe(24)
        issued = {
            "client_id": authorization.client.client_id,
            "redirect_uri": authorization.redirect_uri,
            "scope": authorization.scope,
            "code_challenge": authorization.code_challenge,
        }
        await self._codes.put(_digest(code), issued, self._clock() + self._code_ttl)
        return code

    # The token endpoint

    def fail_token_endpoint(self, status: int, times: int) -> None:
        """The next ``times`` calls of the token endpoint answer ``status`` (a server error) and nothing else."""
        self._token_failures.extend([status] * times)

    def clear_token_failures(self) -> None:
        self._token_failures.clear()

    async def _token(self, request: Request) -> Response:
        if self._token_failures:
            body = {"error": "temporarily_unavailable", "error_description": "A failure planned by the control plane."}
            return JSONResponse(body, status_code=self._token_failures.pop(0), headers=_NO_STORE)
        try:
            form = await _form(request)
            client = await self._authenticate(request, form)
            if form.get("grant_type") == "authorization_code":
                return await self._issue_tokens(*await self._exchange_code(client, form))
            if form.get("grant_type") == "refresh_token":
                return await self._issue_tokens(*await self._refresh(client, form))
            raise _OAuthError("unsupported_grant_type", "grant_type must be authorization_code or refresh_token.")
        except _OAuthError as error:
            headers = {"WWW-Authenticate": 'Basic realm="mock-provider"'} if error.status == 401 else {}
            return JSONResponse(
                {"error": error.error, "error_description": error.description},
                status_code=error.status,
                headers={**headers, **_NO_STORE},
            )

    async def _authenticate(self, request: Request, form: Mapping[str, str]) -> ProviderClient:
        basic = _basic_credentials(request.headers.get("authorization", ""))
        in_form = (form.get("client_id"), form.get("client_secret"))
        if basic is not None and in_form[1] is not None:
            raise _OAuthError("invalid_request", "Use one client authentication method, not two.")
        client_id, secret = basic if basic is not None else in_form
        client = await self._client(client_id or "")
        if client is None or secret is None or not hmac.compare_digest(client.client_secret, secret):
            raise _OAuthError("invalid_client", "Client authentication failed.", status=401)
        return client

    async def _client(self, client_id: str) -> ProviderClient | None:
        credential = await self._catalogue.provider_credential(client_id)
        if credential is None:
            return None
        return ProviderClient(credential.client_id, credential.client_secret, self._redirect_uris)

    async def _exchange_code(self, client: ProviderClient, form: Mapping[str, str]) -> tuple[str, str]:
        # Taken, not read: a code works once, even when this exchange then fails (RFC 6749 section 4.1.2).
        issued = await self._codes.take(_digest(form.get("code", "")))
        if issued is None:
            raise _OAuthError("invalid_grant", "The code is unknown, expired or already used.")
        if issued["client_id"] != client.client_id or form.get("redirect_uri") != issued["redirect_uri"]:
            raise _OAuthError("invalid_grant", "The code was issued to another client or redirect_uri.")
        challenge, verifier = issued["code_challenge"], form.get("code_verifier")
        if challenge is not None and (verifier is None or not verifier_matches(verifier, challenge)):
            raise _OAuthError("invalid_grant", "code_verifier does not match the code_challenge.")
        if challenge is None and verifier is not None:
            raise _OAuthError("invalid_grant", "A code_verifier was sent for a code issued without PKCE.")
        return client.client_id, str(issued["scope"])

    async def _refresh(self, client: ProviderClient, form: Mapping[str, str]) -> tuple[str, str]:
        owner = await self._refresh_tokens.take(_digest(form.get("refresh_token", "")))
        if owner is None or owner["client_id"] != client.client_id:
            raise _OAuthError("invalid_grant", "The refresh token is unknown or was issued to another client.")
        return client.client_id, str(owner["scope"])

    async def _issue_tokens(self, client_id: str, scope: str) -> Response:
        refresh_token = secrets.token_urlsafe(32)
        expires_at = self._clock() + REFRESH_TOKEN_SECONDS
        await self._refresh_tokens.put(_digest(refresh_token), {"client_id": client_id, "scope": scope}, expires_at)
        body = {
            "access_token": secrets.token_urlsafe(32),
            "token_type": "Bearer",
            "expires_in": ACCESS_TOKEN_SECONDS,
            "refresh_token": refresh_token,
            "scope": scope,
        }
        return JSONResponse(body, headers=_NO_STORE)


_NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


async def _form(request: Request) -> dict[str, str]:
    """An application/x-www-form-urlencoded body, each parameter once (RFC 6749 section 3.2)."""
    if request.headers.get("content-type", "").split(";")[0].strip().lower() != "application/x-www-form-urlencoded":
        raise _OAuthError("invalid_request", "Send the parameters as application/x-www-form-urlencoded.")
    body = await request.body()
    if len(body) > _MAX_FORM_BYTES:
        raise _OAuthError("invalid_request", "The request is too large.")
    try:
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=bool(body))
    except (UnicodeDecodeError, ValueError) as error:
        raise _OAuthError("invalid_request", "The parameters are not form-encoded.") from error
    form = dict(pairs)
    if len(form) != len(pairs):
        raise _OAuthError("invalid_request", "A parameter is repeated.")
    return form


_MAX_FORM_BYTES = 16 * 1024


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8", "surrogatepass")).hexdigest()


def _basic_credentials(header: str) -> tuple[str, str] | None:
    scheme, _, encoded = header.partition(" ")
    if scheme.lower() != "basic" or not encoded:
        return None
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    client_id, separator, secret = decoded.partition(":")
    if not separator:
        return None
    # RFC 6749 section 2.3.1: both parts are form-urlencoded before they are joined.
    return unquote(client_id.replace("+", " ")), unquote(secret.replace("+", " "))


def _checked_request(client: ProviderClient, redirect_uri: str, params: Mapping[str, str]) -> _AuthorizationRequest:
    if params.get("response_type") != "code":
        raise _OAuthError("unsupported_response_type", "Only response_type=code is supported.")
    challenge = params.get("code_challenge")
    if challenge is not None and params.get("code_challenge_method") != "S256":
        raise _OAuthError("invalid_request", "code_challenge_method must be S256.")
    if challenge is not None and not (43 <= len(challenge) <= 128):
        raise _OAuthError("invalid_request", "code_challenge must be 43 to 128 characters.")
    return _AuthorizationRequest(client, redirect_uri, params.get("scope", ""), params.get("state"), challenge)


class _RedirectError(Exception):
    """An authorization request answered by sending the browser back to its client with an error."""

    def __init__(self, redirect_uri: str, params: Mapping[str, str | None]) -> None:
        super().__init__(redirect_uri)
        self.url = _redirect_url(redirect_uri, params)


def _redirect_url(redirect_uri: str, params: Mapping[str, str | None]) -> str:
    query = urlencode({key: value for key, value in params.items() if value is not None})
    separator = "&" if "?" in redirect_uri else "?"
    return f"{redirect_uri}{separator}{query}"


def _error_page(error: Exception) -> Response:
    return page("Authorization failed", f"<h1>Authorization failed</h1><p class=error>{escape(error)}</p>", status=400)


def _consent_page(authorization: _AuthorizationRequest, params: Mapping[str, str]) -> Response:
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
        f'<form method=post action="{PREFIX}/authorize">{hidden}'
        "<button class=primary name=decision value=approve>Approve</button>"
        "<button name=decision value=deny>Deny</button></form>"
        "<p><small>This is the reference server's built-in provider: no real account is involved.</small></p>"
    )
    return page("Mock provider: approve access?", body)
