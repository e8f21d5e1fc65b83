"""How the user reaches the authorize URL: a browser opener (``open_in_browser``, the system's browser by default)
and a reporter that shows the URL (``print_authorize_url``), both replaceable by the caller."""

import webbrowser
from collections.abc import Callable
from typing import TypeAlias

BrowserOpener: TypeAlias = Callable[[str], bool]
"""Opens the URL for the user; ``False`` when no browser could be opened (the URL is then only reported)."""
URLReporter: TypeAlias = Callable[[str], None]
"""Shows the authorize URL, so that the user can open it by hand."""


def open_in_browser(url: str) -> bool:
    """The system's default browser (``webbrowser``, which honours ``$BROWSER``); ``False`` when it has none."""
    try:
        return webbrowser.open(url)
    except webbrowser.Error:
        return False


def print_authorize_url(url: str) -> None:
    """``authorize_url: <url>`` on a line of its own on standard output, at once."""
    print(f"authorize_url: {url}", flush=True)
