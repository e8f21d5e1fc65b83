"""``python -m versori_connect connect``: the loopback flow as a command. It prints ``authorize_url: <url>`` as
soon as it has it and ``connection_id: <id>`` when done (exit status 0); any failure is one line on standard error
saying what to do, with exit status 1 (130 on Ctrl-C, 2 for a wrong command line)."""

import argparse
import os
import signal
import sys
from collections.abc import Sequence

from .._core.exceptions import APIConnectionError, APIStatusError, AuthenticationError, NotFoundError, VersoriError
from ..platform._api import API_KEY_ENV, BASE_URL_ENV, DEFAULT_BASE_URL
from ._sync.flow import DEFAULT_TIMEOUT_SECONDS, connect_account
from .browser import open_in_browser
from .errors import (
    LoopbackPortInUseError,
    NoAuthorizationCodeConfigError,
    ProviderAuthorizationError,
    RedirectTimeoutError,
)

INTERRUPTED_STATUS = 130


def main(argv: Sequence[str] | None = None) -> int:
    arguments = _parser().parse_args(argv)
    _let_ctrl_c_stop_it()
    api_key = arguments.api_key or os.environ.get(API_KEY_ENV)
    if not api_key:
        return _fail(f"no API key: pass --api-key or set {API_KEY_ENV}")
    base_url = arguments.base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
    # Imported here, so that a wrong command line is answered before the client loads.
    from ..platform import PlatformClient

    try:
        with PlatformClient(api_key=api_key, base_url=base_url) as client:
            connection = connect_account(
                client,
                arguments.organisation,
                system_id=arguments.system,
                template_id=arguments.template,
                name=arguments.name,
                external_id=arguments.external_id,
                port=arguments.port,
                timeout=arguments.timeout,
                browser=None if arguments.no_browser else _open_or_say,
            )
    except KeyboardInterrupt:
        _fail("interrupted: no connection was made")
        return INTERRUPTED_STATUS
    except VersoriError as error:
        return _fail(_advice(error, base_url))
    print(f"connection_id: {connection.id}", flush=True)
    return 0


def _let_ctrl_c_stop_it() -> None:
    # A process started with SIGINT ignored or blocked (as some launchers and test runners leave it) would otherwise
    # wait out the whole timeout: the command promises that Ctrl-C ends it at once, whoever started it.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    signal.signal(signal.SIGINT, signal.default_int_handler)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m versori_connect")
    commands = parser.add_subparsers(dest="command", required=True)
    connect = commands.add_parser(
        "connect",
        help="connect an account through the provider's sign-in, received on a loopback port",
        description="Connect an account on a connection template: sign in at the provider in the browser, and the "
        "connection is created with the code the provider sends back to a loopback port.",
    )
    connect.add_argument(
        "--base-url",
        default=None,
        help=f"the Platform API's base URL, /api/v2 included (default: ${BASE_URL_ENV}, else {DEFAULT_BASE_URL})",
    )
    connect.add_argument("--api-key", default=None, help=f"the API key (default: ${API_KEY_ENV})")
    connect.add_argument("--organisation", required=True, help="the organisation's id")
    connect.add_argument("--system", required=True, help="the id of the system to sign in to")
    connect.add_argument("--template", required=True, help="the id of the connection template")
    connect.add_argument("--name", required=True, help="the new connection's name")
    connect.add_argument("--external-id", default=None, help="the end user's externalId, for a dynamic template")
    connect.add_argument(
        "--port", type=_port, default=0, help="the loopback port of the redirect (default 0: a free one)"
    )
    connect.add_argument("--no-browser", action="store_true", help="only print the authorize URL")
    connect.add_argument(
        "--timeout",
        type=_seconds,
        default=DEFAULT_TIMEOUT_SECONDS,
        metavar="SECONDS",
        help=f"how long to wait for the sign-in (default {DEFAULT_TIMEOUT_SECONDS:g})",
    )
    return parser


def _port(text: str) -> int:
    port = int(text)
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError("a port is 0 to 65535")
    return port


def _seconds(text: str) -> float:
    seconds = float(text)
    if not seconds > 0:
        raise argparse.ArgumentTypeError("a timeout is more than 0 seconds")
    return seconds


def _open_or_say(url: str) -> bool:
    opened = open_in_browser(url)
    if not opened:
        print("no browser could be opened: open the authorize_url above yourself", file=sys.stderr, flush=True)
    return opened


def _advice(error: VersoriError, base_url: str) -> str:
    """What went wrong and what to do, in one line."""
    match error:
        case RedirectTimeoutError():
            return f"{error}; run the command again and finish signing in within --timeout seconds"
        case LoopbackPortInUseError():
            return f"{error}: choose another with --port, or --port 0 for a free one"
        case ProviderAuthorizationError():
            return f"{error}; run the command again and allow access at the provider"
        case NoAuthorizationCodeConfigError():
            return f"{error}: this command connects through an OAuth 2.0 sign-in only; check --system"
        case AuthenticationError():
            return f"the API key was refused ({error}): check --api-key or {API_KEY_ENV}"
        case NotFoundError():
            return f"{error}: check --organisation, --system and --template"
        case APIStatusError():
            return f"the Platform API refused a call ({error})"
        case APIConnectionError():
            return f"cannot reach the Platform API at {base_url} ({error}): check --base-url"
    return str(error)


def _fail(message: str) -> int:
    print(" ".join(message.split()), file=sys.stderr, flush=True)
    return 1
