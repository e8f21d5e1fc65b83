"""``connect_account``: the whole loopback OAuth 2.0 flow on the Platform API, from a system and a connection
template to the connection, as Versori's CLI runs it (RFC 8252)."""

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..bodies import authorization_code_config, connection_body, initialise_arguments, state_of
from ..browser import BrowserOpener, URLReporter, open_in_browser, print_authorize_url
from ..errors import ProviderAuthorizationError
from ..redirect_server import LoopbackRedirectServer

if TYPE_CHECKING:
    from ...platform._async.client import AsyncPlatformClient
    from ...platform._generated.models import Connection

DEFAULT_TIMEOUT_SECONDS = 300.0


async def connect_account(
    client: "AsyncPlatformClient",
    organisation_id: str,
    *,
    system_id: str,
    template_id: str,
    name: str,
    external_id: str | None = None,
    scopes: Sequence[str] | None = None,
    port: int = 0,
    timeout: float = DEFAULT_TIMEOUT_SECONDS,
    browser: BrowserOpener | None = open_in_browser,
    report: URLReporter = print_authorize_url,
) -> "Connection":
    """Connect an account at the provider of ``system_id`` on the template ``template_id`` (for the end user
    ``external_id`` when the template is dynamic), and answer the connection named ``name``.

    The flow listens on ``127.0.0.1:port`` (0: a free port; give a fixed one when the provider registers one exact
    redirect URL), initialises OAuth 2.0 with the system's ``authorizationCode`` config and that loopback
    ``redirectUrl`` (``scopes``: default the config's), hands the authorize URL to ``report`` (which prints it) and
    to ``browser`` (``None``: report only), waits up to ``timeout`` seconds for the redirect with the state it
    started, and creates the connection with the code.

    Raises ``ProviderAuthorizationError`` when the provider sends back an error (``access_denied``, ...),
    ``RedirectTimeoutError`` when no redirect comes in time, ``LoopbackPortInUseError`` when the port is taken,
    ``NoAuthorizationCodeConfigError`` when the system has no such config, and the client's errors. However it ends
    (Ctrl-C and cancellation included), the loopback server is stopped.
    """
    system = await client.systems.get(organisation_id, system_id)
    config = authorization_code_config(system)
    with LoopbackRedirectServer(port) as server:
        arguments = initialise_arguments(config, organisation_id, server.redirect_url, scopes)
        authorize_url = (await client.connections.initialise_oauth2(organisation_id, system_id, **arguments)).url
        state = state_of(authorize_url)
        server.expect(state)
        report(authorize_url)
        if browser is not None:
            browser(authorize_url)
        redirect = await server.areceive(timeout)
    if redirect.error is not None:
        raise ProviderAuthorizationError(redirect.error, redirect.error_description)
    assert redirect.code is not None  # a usable redirect has a code or an error
    body = connection_body(
        config,
        organisation_id,
        template_id=template_id,
        name=name,
        external_id=external_id,
        code=redirect.code,
        state=state,
        redirect_url=server.redirect_url,
    )
    return await client.connections.create(organisation_id, body)
