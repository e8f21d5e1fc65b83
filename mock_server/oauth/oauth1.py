"""The OAuth 1.0a loop's client side (RFC 5849), for the Platform API's OAuth 1.0 initialise and connection
create: temporary credentials asked for with a single-use ``state`` in the callback URL and kept with that state,
then, once the user approved, exchanged with the verifier for token credentials. Requests are signed by oauthlib
(HMAC-SHA1 or HMAC-SHA256), always with the consumer secret of a stored credential and at the URLs of the
system's stored config, never at a URL taken from the create request."""

from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode

import httpx
from oauthlib.oauth1 import SIGNATURE_HMAC_SHA1, SIGNATURE_HMAC_SHA256, SIGNATURE_TYPE_AUTH_HEADER, Client

from ..seed.model import OAuthClientCredential
from .errors import CodeExchangeFailedError, InvalidStateError, ProviderFailedError, ProviderUnreachableError
from .initialise import LoopStart
from .state import StateStore, new_state

# A config's signatureMethod, as oauthlib names it.
SIGNATURE_METHODS = {"sha1": SIGNATURE_HMAC_SHA1, "sha256": SIGNATURE_HMAC_SHA256}


@dataclass(frozen=True)
class SignIn:
    """What an OAuth 1.0a sign-in is started from: the consumer credential and the config's endpoints."""

    consumer: OAuthClientCredential
    signature_method: str  # "sha1" or "sha256"
    initiate_url: str
    authorize_url: str


@dataclass(frozen=True)
class TokenCredentials:
    token: str
    secret: str


async def authorization_url(
    sign_in: SignIn, start: LoopStart, http: httpx.AsyncClient, *, organisation_id: str, made_for: str, principal: str
) -> str:
    """The provider's authorization URL with fresh temporary credentials, kept with a new state (``made_for`` as
    ``state.made_for`` writes it) that the callback URL carries."""
    state = new_state()
    callback = f"{start.settings.redirect_uri}?{urlencode({'state': state})}"
    client = _client(sign_in.consumer, sign_in.signature_method, callback_uri=callback)
    status, answer = await _signed_post(http, client, sign_in.initiate_url, "temporary credential")
    token, secret = answer.get("oauth_token"), answer.get("oauth_token_secret")
    if status != 200 or not token or not secret or answer.get("oauth_callback_confirmed") != "true":
        raise ProviderFailedError(status, "temporary credential")
    await start.keep_state(
        state,
        organisation_id=organisation_id,
        made_for=made_for,
        credential_id=sign_in.consumer.id,
        client_id=sign_in.consumer.client_id,
        authorize_url=sign_in.authorize_url,
        redirect_uri=callback,
        scopes=(),
        principal=principal,
        oauth1_token=token,
        oauth1_token_secret=secret,
        oauth1_signature_method=sign_in.signature_method,
    )
    separator = "&" if "?" in sign_in.authorize_url else "?"
    return f"{sign_in.authorize_url}{separator}{urlencode({'oauth_token': token})}"


async def exchanged_verifier(
    states: StateStore,
    http: httpx.AsyncClient,
    consumer: OAuthClientCredential,
    state: str,
    verifier: str,
    field: str,
) -> TokenCredentials:
    """Consume the state (one state, one connection, even when the exchange fails), then exchange its temporary
    credentials and ``verifier`` at the consumer credential's token URL; ``InvalidStateError`` naming ``field``
    when another request consumed the state first."""
    record = await states.take(state)
    if record is None or record.oauth1_token is None:
        raise InvalidStateError(field)
    client = _client(
        consumer,
        record.oauth1_signature_method or "sha1",
        resource_owner_key=record.oauth1_token,
        resource_owner_secret=record.oauth1_token_secret,
        verifier=verifier,
    )
    status, answer = await _signed_post(http, client, consumer.token_url)
    if 400 <= status < 500:
        raise CodeExchangeFailedError(answer.get("error") or f"HTTP {status}", what="verifier and token")
    token, secret = answer.get("oauth_token"), answer.get("oauth_token_secret")
    if status != 200 or not token or not secret:
        raise ProviderFailedError(status)
    return TokenCredentials(token, secret)


def _client(
    consumer: OAuthClientCredential,
    signature_method: str,
    *,
    callback_uri: str | None = None,
    resource_owner_key: str | None = None,
    resource_owner_secret: str | None = None,
    verifier: str | None = None,
) -> Client:
    return Client(
        consumer.client_id,
        client_secret=consumer.client_secret,
        resource_owner_key=resource_owner_key,
        resource_owner_secret=resource_owner_secret,
        callback_uri=callback_uri,
        signature_method=SIGNATURE_METHODS[signature_method],
        signature_type=SIGNATURE_TYPE_AUTH_HEADER,
        verifier=verifier,
    )


async def _signed_post(
    http: httpx.AsyncClient, client: Client, url: str, endpoint: str = "token"
) -> tuple[int, dict[str, str]]:
    """The status and the form-encoded answer of a POST to ``url`` signed by ``client`` (its parameters in the
    Authorization header, RFC 5849 section 3.5.1)."""
    uri, headers, _ = client.sign(url, http_method="POST")
    try:
        response = await http.post(uri, headers=headers)
    except httpx.HTTPError as error:
        raise ProviderUnreachableError(endpoint) from error
    try:
        answer = dict(parse_qsl(response.text))
    except ValueError:
        answer = {}
    return response.status_code, answer
