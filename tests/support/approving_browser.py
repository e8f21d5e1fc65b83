"""A stand-in for the user's browser, run as ``$BROWSER`` (Python's ``webbrowser`` runs it with the URL): it approves
the authorize URL through the admin API of the server that serves it, then follows the provider's redirect, as a
browser does after the person clicks Approve.

    BROWSER="python tests/support/approving_browser.py %s"
"""

import sys
from urllib.parse import urlsplit

import httpx


def main(authorize_url: str) -> None:
    parts = urlsplit(authorize_url)
    approved = httpx.post(f"{parts.scheme}://{parts.netloc}/__admin/approve", json={"authorize_url": authorize_url})
    approved.raise_for_status()
    httpx.get(approved.json()["redirect_url"]).raise_for_status()


if __name__ == "__main__":
    main(sys.argv[1])
