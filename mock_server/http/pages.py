"""Small HTML pages: every value put into them is escaped, and scripts run only with the page's nonce."""

import html
import json
import secrets
from typing import Any

from starlette.responses import HTMLResponse


def escape(value: object) -> str:
    return html.escape(str(value), quote=True)


def script_json(value: Any) -> str:
    """JSON that is safe inside a <script> element: no '<', '>' or '&' can close or open a tag."""
    text = json.dumps(value)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def page(title: str, body: str, script: str = "", status: int = 200) -> HTMLResponse:
    """A page whose only script is ``script``, allowed by a fresh CSP nonce."""
    nonce = secrets.token_urlsafe(16)
    script_tag = f'<script nonce="{nonce}">{script}</script>' if script else ""
    document = (
        "<!doctype html>\n<html lang=en><head><meta charset=utf-8>"
        '<meta name=viewport content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head>"
        f"<body>{body}{script_tag}</body></html>\n"
    )
    policy = (
        f"default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-{nonce}'; connect-src 'self'; "
        "form-action 'self' http: https:; base-uri 'none'; frame-ancestors 'none'"
    )
    return HTMLResponse(
        document,
        status_code=status,
        headers={"Content-Security-Policy": policy, "Cache-Control": "no-store", "Referrer-Policy": "no-referrer"},
    )


_STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1d2330}"
    "button{font-size:1rem;padding:.5rem 1.2rem;margin-right:.5rem;border-radius:.4rem;border:1px solid #888}"
    "button.primary{background:#2b5fd9;color:#fff;border-color:#2b5fd9}"
    ".error{color:#a0202a}code{background:#f2f3f7;padding:.1rem .3rem;border-radius:.2rem}"
    "li{margin:.3rem 0}"
)
