"""GET /demo: a plain page with a Connect button that runs the whole OAuth 2.0 loop against this server.

It is the example front-end developers copy: call initialise, open the URL in a popup, get the callback's
query from it in Versori's popup protocol (the code that works against Versori as it is, but for the callback
origin), create the connection with the code and state, and list the connections.
The ids and the dev API key come from the seed; a real front end gets them from its own back end.
"""

from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from ...core.ids import new_ulid
from ...http.pages import page, script_json
from ..services import Services
from .errors import NothingToDemonstrateError

_BODY = """
<h1>Connect an account</h1>
<p>Connector <code id=connector></code> of organisation <code id=organisation></code>, through the
reference server's built-in OAuth 2.0 provider.</p>
<p><button id=connect class=primary>Connect</button>
<label>Simulate <select id=failure>
<option value="">no failure</option>
<option value="fail-next:429">429 rate limited</option>
<option value="fail-next:503">503 unavailable</option>
<option value="delay-next:2000">a 2 s delay</option>
</select></label></p>
<p><small>A simulated failure is planned through the admin API (<code>/__admin/fail-next</code>) for the next
call: this page reaches it from this machine when the server has no admin token.</small></p>
<p id=status role=status></p>
<h2>Connections</h2>
<ul id=connections></ul>
"""

_SCRIPT = """
const config = CONFIG;
const base = `/o/${config.organisationId}/connectors/${config.connectorId}`;
const headers = {"Authorization": `Bearer ${config.apiKey}`, "Content-Type": "application/json"};
const status = document.getElementById("status");
document.getElementById("connector").textContent = config.connectorId;
document.getElementById("organisation").textContent = config.organisationId;

function show(text, failed) {
  status.textContent = text;
  status.className = failed ? "error" : "";
}

async function call(path, options) {
  const response = await fetch(path, {headers, ...options});
  const body = await response.json();
  if (!response.ok) {
    const retry = response.headers.get("Retry-After");
    throw new Error(`${body.code}: ${body.message}${retry ? ` (retry after ${retry} s)` : ""}`);
  }
  return body;
}

// The failure chosen in the list, planned for the next call through the admin API (no restart needed).
async function planFailure() {
  const [control, value] = document.getElementById("failure").value.split(":");
  if (!control) return;
  const plan = control === "fail-next" ? {status: Number(value), retry_after: 1} : {milliseconds: Number(value)};
  await call(`/__admin/${control}`, {method: "POST", body: JSON.stringify(plan)});
}

async function listConnections() {
  const page = await call(`${base}/connections?first=20`);
  const list = document.getElementById("connections");
  list.replaceChildren(...page.items.map((item) => {
    const entry = document.createElement("li");
    entry.textContent = `${item.name} (${item.id})`;
    entry.className = "connection";
    return entry;
  }));
}

// Versori's OAuth 2.0 popup protocol, the opener's side: say hello to the popup every 500 ms with the state of
// its authorize URL until the callback page answers, from callbackOrigin, with the query the provider sent it
// back with. Against Versori, callbackOrigin is https://platform.versori.com (or your oauth2CallbackOrigin);
// against the reference server it is the server's origin. Nothing else changes.
function callbackQuery(popup, authorizeUrl, callbackOrigin, signal) {
  const hello = {type: "hello", payload: {state: new URL(authorizeUrl).searchParams.get("state")}};
  return new Promise((resolve) => {
    const timer = setInterval(() => popup.postMessage(hello, callbackOrigin), 500);
    const stop = () => {
      clearInterval(timer);
      window.removeEventListener("message", onMessage);
    };
    function onMessage(event) {
      const data = event.data;
      if (event.origin !== callbackOrigin || data?.type !== "response" || typeof data.payload?.search !== "string") {
        return;
      }
      stop();
      resolve(new URLSearchParams(data.payload.search));
    }
    window.addEventListener("message", onMessage);
    signal.addEventListener("abort", stop);
  });
}

// A closed popup never answers: a new Connect stops waiting for the last one.
let waiting = new AbortController();

async function connect() {
  waiting.abort();
  waiting = new AbortController();
  await planFailure();
  show("Waiting for the provider…", false);
  const {url} = await call(`${base}/oauth2/initialise`, {method: "POST", body: JSON.stringify({
    credential: {id: config.credentialId, organisationId: config.organisationId},
    authorizeUrl: config.authorizeUrl,
    clientId: config.clientId,
    scopes: ["profile"],
  })});
  const popup = window.open(url, "versori-connect", "width=520,height=640");
  if (!popup) {
    show("The browser blocked the popup.", true);
    return;
  }
  const query = await callbackQuery(popup, url, config.callbackOrigin, waiting.signal);
  if (query.has("error")) {
    show(`Not connected: ${query.get("error")}: ${query.get("error_description") ?? ""}`, true);
    return;
  }
  const data = {code: query.get("code"), state: query.get("state")};
  const connection = await call(`${base}/connections`, {method: "POST", body: JSON.stringify({
    name: `Demo connection ${new Date().toISOString()}`,
    credentials: {action: [{
      authSchemeConfig: config.authSchemeConfig,
      credential: {name: "Demo account", type: "oauth2-code", data},
    }], trigger: []},
    variables: [],
  })});
  show(`Connected: ${connection.name}`, false);
  await listConnections();
}

const connectButton = document.getElementById("connect");
connectButton.addEventListener("click", () => {
  connect().catch((error) => show(`Not connected: ${error.message}`, true));
});
listConnections().catch((error) => show(error.message, true));
"""


def demo_endpoint(services: Services) -> Callable[[Request], Awaitable[Response]]:
    async def demo(request: Request) -> Response:
        config = await _config(services)
        if config is None:
            raise NothingToDemonstrateError()
        return page("Connect an account", _BODY, _SCRIPT.replace("CONFIG", script_json(config)))

    return demo


async def _config(services: Services) -> dict[str, Any] | None:
    starter = await services.catalogue.starter(services.settings.provider_token_url)
    if starter is None:
        return None
    credential = starter.credential
    if credential.authorize_url is None:
        return None
    return {
        "organisationId": credential.organisation_id,
        "connectorId": starter.connector.id,
        "credentialId": credential.id,
        "clientId": credential.client_id,
        "authorizeUrl": credential.authorize_url,
        "tokenUrl": credential.token_url,
        "apiKey": starter.api_key.key,
        "callbackOrigin": services.settings.own_origin,
        # What the connection is created under: the contract's AuthSchemeConfigOAuth2, naming the credential.
        "authSchemeConfig": {
            "id": new_ulid(services.clock()),
            "description": "Demo sign-in",
            "schemeType": "oauth2",
            "authorizeUrl": credential.authorize_url,
            "tokenUrl": credential.token_url,
            "scopes": [{"name": "profile"}],
            "defaultScopes": ["profile"],
            "grant": {
                "grantType": "authorization_code",
                "credentialId": credential.id,
                "organisationId": credential.organisation_id,
                "clientId": credential.client_id,
            },
        },
    }
