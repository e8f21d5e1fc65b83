"""Connect an account from Python with one call, or one command: the loopback OAuth 2.0 flow on the Platform API, as
Versori's CLI runs it (RFC 8252), for a script, a notebook or a command-line tool with no front end of its own.

    from versori_connect import PlatformClient
    from versori_connect.loopback import connect_account

    with PlatformClient() as client:
        connection = connect_account(client, organisation_id, system_id=..., template_id=..., name="My account")

``connect_account`` takes a ``PlatformClient``, ``aconnect_account`` an ``AsyncPlatformClient`` (the async flow,
``_async/flow.py``, is written once; ``scripts/unasync.py`` derives ``_sync/flow.py``). The modules, one job each:
``redirect_server`` (the loopback listener), ``browser`` (opening and reporting the authorize URL), ``bodies`` (what
the flow sends), ``errors`` (what it raises), ``command`` (``python -m versori_connect connect``).
"""

from ._async.flow import connect_account as aconnect_account
from ._sync.flow import DEFAULT_TIMEOUT_SECONDS, connect_account
from .browser import BrowserOpener, URLReporter, open_in_browser, print_authorize_url
from .errors import (
    ConnectFlowError,
    LoopbackPortInUseError,
    NoAuthorizationCodeConfigError,
    ProviderAuthorizationError,
    RedirectTimeoutError,
)
from .redirect_server import CALLBACK_PATH

__all__ = [
    "CALLBACK_PATH",
    "DEFAULT_TIMEOUT_SECONDS",
    "BrowserOpener",
    "ConnectFlowError",
    "LoopbackPortInUseError",
    "NoAuthorizationCodeConfigError",
    "ProviderAuthorizationError",
    "RedirectTimeoutError",
    "URLReporter",
    "aconnect_account",
    "connect_account",
    "open_in_browser",
    "print_authorize_url",
]
