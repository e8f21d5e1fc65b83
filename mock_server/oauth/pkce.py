"""PKCE (RFC 7636) with the S256 method, which RFC 9700 recommends for every client."""

import hashlib
import hmac
import re

from ..core.random_tokens import base64url, token_urlsafe


def new_verifier() -> str:
    """A code verifier of 43 characters (32 random bytes, base64url), the shortest RFC 7636 allows."""
    return token_urlsafe(32)


def s256_challenge(verifier: str) -> str:
    return base64url(hashlib.sha256(verifier.encode("ascii")).digest())


_VERIFIER = re.compile(r"[A-Za-z0-9\-._~]{43,128}")  # RFC 7636 section 4.1


def verifier_matches(verifier: str, challenge: str) -> bool:
    if not _VERIFIER.fullmatch(verifier):
        return False
    return hmac.compare_digest(s256_challenge(verifier), challenge)
