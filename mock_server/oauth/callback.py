"""GET /oauth2/callback: where the provider sends the user back (the redirect_uri of every authorize URL, and the
oauth_callback of every OAuth 1.0a sign-in, which carries its state in the query).

It checks the state (known, unexpired, not returned before) and marks it returned; a provider error ends the
state. Then it hands the outcome to the window that opened the popup in Versori's own popup protocol, the one
Versori's front-end package (``@versori/embed``) speaks:

- the opener posts ``{type: "hello", payload: {state}}`` to the popup every 500 ms;
- this page answers the first hello whose ``payload.state`` is the state of its own URL (for an OAuth 1.0a
  sign-in, its ``oauth_token``: the one value of the sign-in the opener read from the URL it opened), and that
  comes from
  the server's own origin or a CORS origin, with ``{type: "response", payload: {search}}``, to the window that
  sent it (``event.source``) at its origin (``event.origin``, never ``*``); then it closes;
- ``search`` is the callback URL's query as ``location.search`` gives it: ``code`` and ``state`` (OAuth 1.0a:
  ``state``, ``oauth_token`` and ``oauth_verifier``), or the provider's ``error``. When this server refuses the
  state, or the provider sent no code (or no verifier for the sign-in's token), ``search`` is an error of its own
  instead (``?error=invalid_state&error_description=...&state=...``), so that the opener reads
  an error, never a usable code.

Nothing from the query reaches the page except as escaped JSON data.
"""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlencode

from starlette.datastructures import QueryParams
from starlette.requests import Request
from starlette.responses import Response

from ..http.pages import escape, page, script_json
from ..settings import Settings
from .state import StateStore

_SHOWN = 200

# Answers the hello as the docstring above says. A hello that is refused is said so in the popup's console,
# where a front-end developer looks first; any other message is ignored in silence.
_SCRIPT = """
const callback = CALLBACK;
function isHello(data) {
  return typeof data === "object" && data !== null && data.type === "hello"
    && typeof data.payload === "object" && data.payload !== null && typeof data.payload.state === "string";
}
function answer(event) {
  if (!isHello(event.data) || !event.source) return;
  if (!callback.origins.includes(event.origin)) {
    console.warn(`versori callback: not answering a hello from ${event.origin}: the origins answered are `
      + `${callback.origins.join(", ")} (the server's own and VERSORI_MOCK_CORS_ORIGINS)`);
    return;
  }
  if (event.data.payload.state !== callback.state) {
    console.warn(`versori callback: not answering a hello from ${event.origin}: its state is not this page's`);
    return;
  }
  window.removeEventListener("message", answer);
  event.source.postMessage({type: "response", payload: {search: callback.search}}, event.origin);
  window.close();
}
window.addEventListener("message", answer);
"""


@dataclass(frozen=True)
class Outcome:
    """What the opener is told (``search``), and the error shown on the page, if any."""

    search: str
    error: str | None = None
    description: str = ""


def callback_endpoint(states: StateStore, settings: Settings) -> Callable[[Request], Awaitable[Response]]:
    async def callback(request: Request) -> Response:
        state = request.query_params.get("state") or ""
        outcome = await _outcome(request.query_params, request.url.query, state, states)
        # An OAuth 1.0a opener knows the oauth_token of the URL it opened, not the state of the callback URL.
        return _page(outcome, request.query_params.get("oauth_token") or state, settings.page_origins)

    return callback


async def _outcome(query: QueryParams, raw_query: str, state: str, states: StateStore) -> Outcome:
    # The query as the browser sent it is location.search, but for the "?" (and "" for no query at all).
    received = f"?{raw_query}" if raw_query else ""
    if "error" in query:
        if state:
            await states.end(state)
        return Outcome(received, query["error"], query.get("error_description") or "The provider refused the request.")
    record = await states.mark_returned(state) if state else None
    if record is None:
        return _refused(state, "invalid_state", "This state is unknown, expired or was already used; start again.")
    if record.oauth1_token is not None:
        if query.get("oauth_token") != record.oauth1_token or not query.get("oauth_verifier"):
            await states.end(state)
            return _refused(state, "invalid_request", "The provider sent no verifier for this sign-in's token.")
    elif not query.get("code"):
        await states.end(state)
        return _refused(state, "invalid_request", "The provider sent no code.")
    return Outcome(received)


def _refused(state: str, error: str, description: str) -> Outcome:
    """An error in the provider's own form (RFC 6749 section 4.1.2.1), with the state it came back with."""
    params = {"error": error, "error_description": description, **({"state": state} if state else {})}
    return Outcome(f"?{urlencode(params)}", error, description)


def _page(outcome: Outcome, hello_state: str, origins: tuple[str, ...]) -> Response:
    if outcome.error is None:
        title, text = "Connected", "<p>Connected. You can close this window.</p>"
    else:
        shown = f"{escape(outcome.error[:_SHOWN])}: {escape(outcome.description[:_SHOWN])}"
        title, text = "Connection failed", f"<p class=error>Not connected: {shown}</p>"
    data = {"state": hello_state, "search": outcome.search, "origins": list(origins)}
    script = _SCRIPT.replace("CALLBACK", script_json(data))
    return page("Connecting", f"<h1>{title}</h1>{text}", script)
