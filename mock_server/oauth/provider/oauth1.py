"""The built-in provider's OAuth 1.0a side (RFC 5849), strict like a real one, so that an OAuth 1.0a loop runs on
localhost: its consumers are the catalogue's credentials whose token URL is ``Settings.provider_oauth1_token_url``
(the client id is the consumer key, the client secret the consumer secret).

POST /mock-provider/oauth1/initiate   temporary credentials (section 2.1), for an ``oauth_callback`` that is the
                                      server's callback (any query) or a loopback URL;
GET  /mock-provider/oauth1/authorize  the resource owner's consent page for ``oauth_token`` (section 2.2);
POST /mock-provider/oauth1/authorize  the person's choice: back to the callback with ``oauth_token`` and
                                      ``oauth_verifier``, or with ``error=access_denied`` and ``oauth_token``
                                      (RFC 5849 says nothing of a denial; this is the OAuth 2.0 provider's answer);
POST /mock-provider/oauth1/token      token credentials for the temporary ones and the verifier (section 2.3).

Requests are signed with HMAC-SHA1 or HMAC-SHA256 and checked by oauthlib (``oauth1_validator``). Refusals are
section 3.2's: 400 for a missing, repeated or unsupported parameter, an unsupported signature method or a stale
timestamp; 401 for an unknown consumer, a bad signature, a nonce used before, an unknown, used or unapproved
token, or a wrong verifier. A nonce is good once per consumer and timestamp; temporary credentials are decided
once and exchanged once."""

import contextlib
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode

from oauthlib.oauth1 import AccessTokenEndpoint, RequestTokenEndpoint
from oauthlib.oauth1.rfc5849.utils import parse_authorization_header
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from ...core.errors import ServiceError
from ...http.body import read_body
from ...http.pages import escape, page
from ...settings import PROVIDER_PATH, Settings
from ...stores.base import CatalogueStore, Clock, KeyValueStore
from ..authorize_url import is_loopback_redirect
from .clients import digest
from .errors import AuthorizationPageError, redirect_url
from .forms import read_form
from .oauth1_validator import Prefetched
from .token import PlannedFailures

OAUTH1_PATH = f"{PROVIDER_PATH}/oauth1"
_FORM = {"Content-Type": "application/x-www-form-urlencoded", "Cache-Control": "no-store"}
_UNAUTHORIZED = urlencode(
    {
        "error": "unauthorized",
        "error_description": "The consumer, signature, nonce, token or verifier is not valid.",
    }
)


@dataclass(frozen=True)
class _Temporary:
    """Temporary credentials as kept: for which consumer, their secret and the callback."""

    token: str
    consumer_key: str
    secret: str
    callback: str


class OAuth1Provider:
    def __init__(
        self,
        catalogue: CatalogueStore,
        records: KeyValueStore,
        settings: Settings,
        clock: Clock,
        failures: PlannedFailures,
    ) -> None:
        self._catalogue = catalogue
        # Temporary tokens, verified tokens and nonces, each under a prefix of its own, keyed by a digest.
        self._records = records
        self._settings = settings
        self._clock = clock
        self._failures = failures

    async def initiate(self, request: Request) -> Response:
        checked = await self._checked(request, RequestTokenEndpoint)
        if isinstance(checked, Response):
            return checked
        validator, answer = checked
        if not await self._nonce_is_fresh(validator):
            return _refusal(None, 401)
        issued = validator.issued
        value = {
            "consumer_key": validator.consumer_key,
            "secret": issued["oauth_token_secret"],
            "callback": issued["oauth_callback"],
        }
        await self._records.put(
            _key("temporary", issued["oauth_token"]), value, self._clock() + self._settings.state_ttl_seconds
        )
        return Response(answer, status_code=200, headers=_FORM)

    async def authorize(self, request: Request) -> Response:
        try:
            if request.method == "GET":
                params = dict(request.query_params)
                temporary = await self._temporary(params.get("oauth_token", ""))
                if not self._settings.auto_approve:
                    return _consent_page(temporary)
                url = await self.decide(params, approve=True)
            else:
                form = await read_form(request, self._settings)
                url = await self.decide(form, approve=form.get("decision") == "approve")
        except AuthorizationPageError as error:
            return page(
                "Authorization failed", f"<h1>Authorization failed</h1><p class=error>{escape(error)}</p>", status=400
            )
        return RedirectResponse(url, status_code=303)

    async def decide(self, params: Mapping[str, str], *, approve: bool) -> str:
        """Where the browser goes when the person approves or denies the temporary token ``params["oauth_token"]``:
        the callback with ``oauth_token`` and a fresh ``oauth_verifier``, or with ``error=access_denied``. Each
        temporary token is decided once; ``AuthorizationPageError`` for an unknown, expired or decided one. The
        consent page's buttons and the control plane's approve and deny both come here."""
        temporary = await self._temporary(params.get("oauth_token", ""))
        if await self._records.claim(_key("temporary", temporary.token)) is None:
            raise AuthorizationPageError("This request was already approved or denied; start again.")
        if not approve:
            await self._records.delete(_key("temporary", temporary.token))
            denied = {"error": "access_denied", "error_description": "The user denied access."}
            return redirect_url(temporary.callback, {**denied, "oauth_token": temporary.token})
        verifier = secrets.token_urlsafe(24)
        verified = {"consumer_key": temporary.consumer_key, "secret": temporary.secret, "verifier": verifier}
        expires_at = self._clock() + self._settings.provider_code_ttl_seconds
        await self._records.put(_key("verified", temporary.token), verified, expires_at)
        return redirect_url(temporary.callback, {"oauth_token": temporary.token, "oauth_verifier": verifier})

    async def token(self, request: Request) -> Response:
        failure = self._failures.next()
        if failure is not None:
            return Response(urlencode({"error": "temporarily_unavailable"}), status_code=failure, headers=_FORM)
        checked = await self._checked(request, AccessTokenEndpoint)
        if isinstance(checked, Response):
            return checked
        validator, answer = checked
        # Both single use, whichever request comes first; the token taken even when the nonce was used before.
        fresh = await self._nonce_is_fresh(validator)
        if await self._records.take(_key("verified", validator.token or "")) is None or not fresh:
            return _refusal(None, 401)
        return Response(answer, status_code=200, headers=_FORM)

    async def _checked(
        self, request: Request, endpoint: type[RequestTokenEndpoint | AccessTokenEndpoint]
    ) -> tuple[Prefetched, str] | Response:
        """The request as oauthlib's ``endpoint`` finds it: the validator and the answer when valid, else the
        refusal to send."""
        try:
            body = await read_body(request, self._settings.max_body_bytes, self._settings.body_read_timeout_seconds)
        except ServiceError as error:
            return Response(urlencode({"error": "invalid_request", "error_description": error.message}), 400, _FORM)
        validator = await self._validator(request, body)
        arguments = (str(request.url), request.method, body.decode("utf-8", "replace"), dict(request.headers))
        if endpoint is RequestTokenEndpoint:
            _, answer, status = RequestTokenEndpoint(validator).create_request_token_response(*arguments)
        else:
            _, answer, status = AccessTokenEndpoint(validator).create_access_token_response(*arguments)
        if status != 200 or answer is None:
            return _refusal(answer, status)
        return validator, answer

    async def _temporary(self, token: str) -> _Temporary:
        found = await self._records.get(_key("temporary", token))
        if not token or found is None:
            raise AuthorizationPageError("Unknown or expired oauth_token: start the sign-in again.")
        return _Temporary(token, str(found["consumer_key"]), str(found["secret"]), str(found["callback"]))

    async def _validator(self, request: Request, body: bytes) -> Prefetched:
        """The request's consumer and token, read from the stores for oauthlib."""
        params = _oauth_params(request, body)
        consumer = await self._catalogue.provider_credential(params.get("oauth_consumer_key", ""))
        if consumer is not None and consumer.token_url != self._settings.provider_oauth1_token_url:
            consumer = None
        validator = Prefetched(
            consumer_key=None if consumer is None else consumer.client_id,
            consumer_secret="" if consumer is None else consumer.client_secret,
            allowed_callback=self._allowed_callback,
        )
        token = params.get("oauth_token")
        verified = None if token is None else await self._records.get(_key("verified", token))
        if token is not None and verified is not None:
            validator.token, validator.token_consumer = token, str(verified["consumer_key"])
            validator.token_secret, validator.verifier = str(verified["secret"]), str(verified["verifier"])
        return validator

    def _allowed_callback(self, callback: str) -> bool:
        own = self._settings.redirect_uri
        return callback == own or callback.startswith(f"{own}?") or is_loopback_redirect(callback)

    async def _nonce_is_fresh(self, validator: Prefetched) -> bool:
        """Whether this consumer's nonce at this timestamp is used for the first time (RFC 5849 section 3.3): it is
        kept as long as oauthlib takes the timestamp (10 minutes either way), then forgotten."""
        assert validator.nonce is not None  # oauthlib checks the nonce of every request it finds valid
        timestamp, nonce = validator.nonce
        kept_for = 2 * validator.timestamp_lifetime
        key = _key("nonce", f"{validator.consumer_key}\n{timestamp}\n{nonce}")
        return await self._records.add(key, {}, self._clock() + kept_for)


def _key(kind: str, value: str) -> str:
    return f"oauth1-{kind}:{digest(value)}"


def _oauth_params(request: Request, body: bytes) -> dict[str, str]:
    """The protocol parameters, wherever the client put them (RFC 5849 section 3.5), to find whose they are;
    oauthlib reads them again, and refuses one given twice."""
    params = dict(request.query_params)
    if request.headers.get("content-type", "").split(";")[0].strip().lower() == "application/x-www-form-urlencoded":
        params.update(parse_qsl(body.decode("utf-8", "replace")))
    header = request.headers.get("authorization", "")
    if header[:6].lower() == "oauth ":
        with contextlib.suppress(ValueError):
            params.update(parse_authorization_header(header))
    return params


def _refusal(answer: str | None, status: int) -> Response:
    headers = {**_FORM, "WWW-Authenticate": 'OAuth realm="mock-provider"'} if status == 401 else _FORM
    return Response(answer or _UNAUTHORIZED, status_code=status, headers=headers)


def _consent_page(temporary: _Temporary) -> Response:
    token = escape(temporary.token)
    body = (
        "<h1>Mock OAuth 1.0a provider</h1>"
        f"<p><strong>{escape(temporary.consumer_key)}</strong> asks for access to your account.</p>"
        f'<form method=post action="{OAUTH1_PATH}/authorize">'
        f'<input type=hidden name="oauth_token" value="{token}">'
        "<button class=primary name=decision value=approve>Approve</button>"
        "<button name=decision value=deny>Deny</button></form>"
        "<p><small>This is the reference server's built-in provider: no real account is involved.</small></p>"
    )
    return page("Mock provider: approve access?", body)
