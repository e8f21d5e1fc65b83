"""JWTs for tests, signed with a test secret or forged."""

import base64
import json
from typing import Any

import jwt

ISSUER = "https://idp.test.versori.local/"
AUDIENCE = "versori-connect"
HS256_SECRET = "test-only-hs256-secret-of-at-least-32-bytes"


def signed(claims: dict[str, Any], secret: str = HS256_SECRET) -> str:
    return jwt.encode(claims, secret, algorithm="HS256")


def unsigned(claims: dict[str, Any]) -> str:
    """A token with ``alg: none`` and no signature, as an attacker would send."""

    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'none', 'typ': 'JWT'})}.{part(claims)}."
