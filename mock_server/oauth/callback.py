"""GET /oauth2/callback: where the provider sends the user back (the redirect_uri of every authorize URL).

It checks the state (known, unexpired, not returned before), marks it returned, and hands the outcome to
the window that opened the popup with postMessage, to one explicit origin, then closes itself. A provider
error ends the state. Nothing from the query reaches the page except as escaped JSON data.
"""

from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from ..http.pages import escape, page, script_json
from ..settings import Settings
from .state import StateStore

MESSAGE_TYPE = "versori-oauth2-callback"
_SHOWN = 200


def callback_endpoint(states: StateStore, settings: Settings) -> Callable[[Request], Awaitable[Response]]:
    async def callback(request: Request) -> Response:
        outcome = await _outcome(request.query_params, states)
        return _page(outcome, settings.message_origin)

    return callback


async def _outcome(query: Any, states: StateStore) -> dict[str, str]:
    state = str(query.get("state") or "")
    if "error" in query:
        if state:
            await states.end(state)
        return {
            "error": _cut(str(query["error"])),
            "error_description": _cut(str(query.get("error_description") or "The provider refused the request.")),
            "state": _cut(state),
        }
    if not state or await states.mark_returned(state) is None:
        return {
            "error": "invalid_state",
            "error_description": "This state is unknown, expired or was already used; start again.",
            "state": _cut(state),
        }
    code = str(query.get("code") or "")
    if not code:
        await states.end(state)
        return {"error": "invalid_request", "error_description": "The provider sent no code.", "state": state}
    return {"code": _cut(code, 2048), "state": state}


def _page(outcome: dict[str, str], target_origin: str) -> Response:
    failed = "error" in outcome
    text = (
        f"<p class=error>Not connected: {escape(outcome['error'])}: {escape(outcome['error_description'])}</p>"
        if failed
        else "<p>Connected. You can close this window.</p>"
    )
    message = {"type": MESSAGE_TYPE, **outcome}
    script = (
        f"const message = {script_json(message)}; const origin = {script_json(target_origin)};"
        "if (window.opener) { window.opener.postMessage(message, origin); window.close(); }"
    )
    return page("Connecting", f"<h1>{'Connection failed' if failed else 'Connected'}</h1>{text}", script)


def _cut(text: str, limit: int = _SHOWN) -> str:
    return text[:limit]
