"""The built-in provider's token endpoint, POST /mock-provider/token: clients authenticated by HTTP Basic or in the
form (RFC 6749 section 2.3.1), then one handler per grant type, looked up in ``GRANTS``: ``authorization_code``
(section 4.1.3, with PKCE) and ``refresh_token`` (section 6)."""

import base64
import binascii
import hmac
import secrets
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from urllib.parse import unquote

from starlette.requests import Request
from starlette.responses import Response

from ...http.replies import JsonReply
from ...settings import Settings
from ...stores.base import Clock, KeyValueStore, optimistically
from ..pkce import verifier_matches
from .clients import ProviderClient, ProviderClients, digest
from .errors import OAuthError
from .forms import read_form

ACCESS_TOKEN_SECONDS = 3600
REFRESH_TOKEN_SECONDS = 30 * 24 * 3600
_NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


class PlannedFailures:
    """Statuses the token endpoints answer next, one per call, planned by the control plane; the OAuth 2.0 and
    the OAuth 1.0a token endpoints take from the same plan."""

    def __init__(self) -> None:
        self._statuses: list[int] = []

    def plan(self, status: int, times: int) -> None:
        self._statuses.extend([status] * times)

    def clear(self) -> None:
        self._statuses.clear()

    def next(self) -> int | None:
        return self._statuses.pop(0) if self._statuses else None


@dataclass(frozen=True)
class Granted:
    """What a grant gives: tokens for this client and scope."""

    client_id: str
    scope: str


class TokenEndpoint:
    def __init__(
        self,
        clients: ProviderClients,
        codes: KeyValueStore,
        refresh_tokens: KeyValueStore,
        settings: Settings,
        clock: Clock,
        failures: PlannedFailures,
    ) -> None:
        self._clients = clients
        self._codes = codes
        self._refresh_tokens = refresh_tokens
        self._settings = settings
        self._clock = clock
        self._failures = failures
        self._grants: Mapping[str, Callable[[ProviderClient, Mapping[str, str]], Awaitable[Granted]]] = {
            "authorization_code": self._authorization_code,
            "refresh_token": self._refresh_token,
        }

    async def handle(self, request: Request) -> Response:
        failure = self._failures.next()
        if failure is not None:
            body = {"error": "temporarily_unavailable", "error_description": "A failure planned by the control plane."}
            return JsonReply(body, status_code=failure, headers=_NO_STORE)
        # The client read from the catalogue's copy, confirmed by the take of the code (or refresh token).
        return await optimistically(lambda: self._exchange(request))

    async def _exchange(self, request: Request) -> Response:
        try:
            form = await read_form(request, self._settings)
            client = await self._authenticate(request, form)
            grant = self._grants.get(form.get("grant_type", ""))
            if grant is None:
                known = " or ".join(self._grants)
                raise OAuthError("unsupported_grant_type", f"grant_type must be {known}.")
            return await self._issue_tokens(await grant(client, form))
        except OAuthError as error:
            headers = {"WWW-Authenticate": 'Basic realm="mock-provider"'} if error.status == 401 else {}
            return JsonReply(
                {"error": error.error, "error_description": error.description},
                status_code=error.status,
                headers={**headers, **_NO_STORE},
            )

    async def _authenticate(self, request: Request, form: Mapping[str, str]) -> ProviderClient:
        basic = _basic_credentials(request.headers.get("authorization", ""))
        in_form = (form.get("client_id"), form.get("client_secret"))
        if basic is not None and in_form[1] is not None:
            raise OAuthError("invalid_request", "Use one client authentication method, not two.")
        client_id, secret = basic if basic is not None else in_form
        client = await self._clients.find(client_id or "")
        if client is None or secret is None or not hmac.compare_digest(client.client_secret, secret):
            raise OAuthError("invalid_client", "Client authentication failed.", status=401)
        return client

    async def _authorization_code(self, client: ProviderClient, form: Mapping[str, str]) -> Granted:
        # Taken, not read: a code works once, even when this exchange then fails (RFC 6749 section 4.1.2).
        issued = await self._codes.take(digest(form.get("code", "")))
        if issued is None:
            raise OAuthError("invalid_grant", "The code is unknown, expired or already used.")
        if issued["client_id"] != client.client_id or form.get("redirect_uri") != issued["redirect_uri"]:
            raise OAuthError("invalid_grant", "The code was issued to another client or redirect_uri.")
        challenge, verifier = issued["code_challenge"], form.get("code_verifier")
        if challenge is not None and (verifier is None or not verifier_matches(verifier, challenge)):
            raise OAuthError("invalid_grant", "code_verifier does not match the code_challenge.")
        if challenge is None and verifier is not None:
            raise OAuthError("invalid_grant", "A code_verifier was sent for a code issued without PKCE.")
        return Granted(client.client_id, str(issued["scope"]))

    async def _refresh_token(self, client: ProviderClient, form: Mapping[str, str]) -> Granted:
        owner = await self._refresh_tokens.take(digest(form.get("refresh_token", "")))
        if owner is None or owner["client_id"] != client.client_id:
            raise OAuthError("invalid_grant", "The refresh token is unknown or was issued to another client.")
        return Granted(client.client_id, str(owner["scope"]))

    async def _issue_tokens(self, granted: Granted) -> Response:
        refresh_token = secrets.token_urlsafe(32)
        expires_at = self._clock() + REFRESH_TOKEN_SECONDS
        owner = {"client_id": granted.client_id, "scope": granted.scope}
        await self._refresh_tokens.put(digest(refresh_token), owner, expires_at)
        body = {
            "access_token": secrets.token_urlsafe(32),
            "token_type": "Bearer",
            "expires_in": ACCESS_TOKEN_SECONDS,
            "refresh_token": refresh_token,
            "scope": granted.scope,
        }
        return JsonReply(body, headers=_NO_STORE)


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
