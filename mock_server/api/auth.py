"""Who is calling: a Versori API key or a JWT ``id_token``, from ``Authorization: Bearer`` or the ``cookie`` cookie.

No web framework here: the endpoint passes the raw ``Authorization`` header and the value of the cookie named
``cookie`` to :meth:`Authenticator.authenticate`, and an :class:`AuthenticationError` is answered 401 with its
``challenge`` as the ``WWW-Authenticate`` header (RFC 6750 §3).

Rules:

- The ``Authorization`` header wins over the cookie; the cookie only ever carries an API key.
- No credentials at all: a bare ``Bearer realm="versori"`` challenge (RFC 6750 §3.1: no error code).
- A malformed header: ``error="invalid_request"``. A bad, expired or unknown token: ``error="invalid_token"``.
- A bearer token shaped like a JWT is verified as one when JWT settings are given, and is never also tried as an
  API key. Only HS256 (with a shared secret), RS256 and ES256 (with a public key of that type) are accepted.
- API keys are held only as SHA-256 digests and compared with :func:`hmac.compare_digest`.
- No message ever contains a token or a key.
"""

import json
import math
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol

import jwt
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import load_pem_public_key
from jwt import PyJWK, PyJWKSet
from jwt.types import Options

from ..core.api_keys import KeyOwner
from ..core.errors import UnauthorizedError

__all__ = [
    "REALM",
    "ApiKeyLookup",
    "AuthenticationError",
    "Authenticator",
    "JwtSettings",
    "Principal",
    "Scheme",
]

REALM = "versori"

Scheme = Literal["bearer_api_key", "bearer_jwt", "cookie"]

# RFC 6750 §2.1: b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
_B64TOKEN = re.compile(r"[A-Za-z0-9\-._~+/]+=*")
# Compact JWS: three base64url segments (the signature may be empty, as in an `alg: none` token).
_JWT_SHAPE = re.compile(r"[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")
# RFC 6750 §3: error_description may hold %x20-21 / %x23-5B / %x5D-7E only.
_NOT_IN_DESCRIPTION = re.compile(r"[^\x20-\x21\x23-\x5b\x5d-\x7e]")
_REQUIRED_CLAIMS = ("exp", "iss", "aud", "sub")

_VerificationKey = bytes | rsa.RSAPublicKey | ec.EllipticCurvePublicKey


@dataclass(frozen=True)
class JwtSettings:
    """How to verify ``id_token`` JWTs from Versori's identity provider; give at least one key."""

    issuer: str
    audience: str
    hs256_secret: str | None = field(default=None, repr=False)
    public_key_pem: str | None = None
    jwks_path: Path | None = None
    leeway_seconds: int = 30


# Made for every request: not frozen, whose __init__ costs twice as much; nothing changes one once made.
@dataclass(slots=True)
class Principal:
    """An authenticated caller."""

    subject: str
    organisation_id: str | None
    scheme: Scheme

    def may_act_for(self, organisation_id: str) -> bool:
        return self.organisation_id is None or self.organisation_id == organisation_id


class AuthenticationError(UnauthorizedError):
    """Missing or invalid credentials; the challenge is RFC 6750's ``Bearer`` one, with ``error`` when given."""

    def __init__(self, message: str, error: Literal["invalid_request", "invalid_token"] | None = None) -> None:
        super().__init__(message, _challenge(error, message))
        self.error = error


def _challenge(error: str | None, description: str) -> str:
    if error is None:
        return f'Bearer realm="{REALM}"'
    description = _NOT_IN_DESCRIPTION.sub("?", description)
    return f'Bearer realm="{REALM}", error="{error}", error_description="{description}"'


def _missing() -> AuthenticationError:
    return AuthenticationError(
        "Authentication required: send 'Authorization: Bearer <API key or id_token>' or an API key in the cookie."
    )


def _invalid_request(message: str) -> AuthenticationError:
    return AuthenticationError(message, "invalid_request")


def _invalid_token(message: str) -> AuthenticationError:
    return AuthenticationError(message, "invalid_token")


class ApiKeyLookup(Protocol):
    """Where the authenticator finds API keys (the server's catalogue, or an :class:`ApiKeyIndex`)."""

    async def api_key(self, secret: str) -> KeyOwner | None: ...


class Authenticator:
    """Turns the request's credentials into a :class:`Principal`, or raises :class:`AuthenticationError`."""

    def __init__(
        self, api_keys: ApiKeyLookup, jwt: JwtSettings | None = None, clock: Callable[[], float] = time.time
    ) -> None:
        self._api_keys = api_keys
        self._jwt = None if jwt is None else _JwtVerifier(jwt, clock)

    async def authenticate(self, authorization: str | None, cookie: str | None) -> Principal:
        # One coroutine for every way in: each await of another costs every request.
        if authorization is not None:
            secret = _bearer_token(authorization)
            if self._jwt is not None and _JWT_SHAPE.fullmatch(secret):
                return _jwt_principal(self._jwt.verify(secret))
            scheme: Scheme = "bearer_api_key"
        elif cookie:
            secret, scheme = cookie, "cookie"
        else:
            raise _missing()
        entry = await self._api_keys.api_key(secret)
        if entry is None:
            raise _invalid_token("The API key is not recognised.")
        return Principal(subject=f"api-key:{entry.name}", organisation_id=entry.organisation_id, scheme=scheme)


def _bearer_token(authorization: str) -> str:
    parts = authorization.strip(" \t").split(" ")
    if len(parts) != 2 or parts[0].lower() != "bearer":
        raise _invalid_request("The Authorization header must be 'Bearer <token>'.")
    if not _B64TOKEN.fullmatch(parts[1]):
        raise _invalid_request("The bearer token contains characters a bearer token may not have.")
    return parts[1]


# --- JWTs ---------------------------------------------------------------------------------------------------------


def _jwt_principal(claims: Mapping[str, Any]) -> Principal:
    subject = claims.get("sub")
    if not isinstance(subject, str) or not subject:
        raise _invalid_token("The token's 'sub' claim must be a non-empty string.")
    organisation_id = claims.get("org_id")
    if organisation_id is not None and (not isinstance(organisation_id, str) or not organisation_id):
        raise _invalid_token("The token's 'org_id' claim must be a non-empty string.")
    return Principal(subject=subject, organisation_id=organisation_id, scheme="bearer_jwt")


class _JwtVerifier:
    """Keys loaded once; each token is checked against the one key its header selects."""

    def __init__(self, settings: JwtSettings, clock: Callable[[], float]) -> None:
        if settings.leeway_seconds < 0:
            raise ValueError("JWT leeway_seconds must not be negative")
        self._settings = settings
        self._clock = clock
        self._hs256 = None if settings.hs256_secret is None else _hs256_key(settings.hs256_secret)
        self._pem = {} if settings.public_key_pem is None else _pem_key(settings.public_key_pem)
        self._jwks = {} if settings.jwks_path is None else _load_jwks(settings.jwks_path)
        self._algorithms = set(self._pem) | {alg for alg, _ in self._jwks.values()}
        if self._hs256 is not None:
            self._algorithms.add("HS256")
        if not self._algorithms:
            raise ValueError("JWT settings need hs256_secret, public_key_pem or jwks_path")

    def verify(self, token: str) -> dict[str, Any]:
        alg, kid = _unverified_header(token)
        if alg not in self._algorithms:
            raise _invalid_token("The token's signing algorithm is not accepted.")
        claims = _decode(token, self._key_for(alg, kid), alg, self._settings)
        _check_times(claims, self._clock(), self._settings.leeway_seconds)
        return claims

    def _key_for(self, alg: str, kid: str | None) -> _VerificationKey:
        if alg == "HS256" and self._hs256 is not None:
            return self._hs256
        if kid is not None and self._jwks:
            found = self._jwks.get(kid)
            if found is None or found[0] != alg:
                raise _invalid_token("The token's key id is not known.")
            return found[1]
        key = self._pem.get(alg)
        if key is None:
            raise _invalid_token("The token names no known key.")
        return key


def _unverified_header(token: str) -> tuple[str, str | None]:
    try:
        header = jwt.get_unverified_header(token)
    except jwt.PyJWTError as exc:
        raise _invalid_token("The token is not a well-formed JWT.") from exc
    alg, kid = header.get("alg"), header.get("kid")
    if not isinstance(alg, str) or not (kid is None or isinstance(kid, str)):
        raise _invalid_token("The token header is not valid.")
    return alg, kid


def _decode(token: str, key: _VerificationKey, alg: str, settings: JwtSettings) -> dict[str, Any]:
    """Signature, ``iss``, ``aud`` and the required claims; times are left to :func:`_check_times`."""
    options: Options = {
        "require": list(_REQUIRED_CLAIMS),
        "verify_exp": False,
        "verify_nbf": False,
        "verify_iat": False,
        "enforce_minimum_key_length": True,
    }
    try:
        return jwt.decode(
            token, key, algorithms=[alg], audience=settings.audience, issuer=settings.issuer, options=options
        )
    except jwt.PyJWTError as exc:
        raise _invalid_token(_describe(exc)) from exc


def _describe(exc: jwt.PyJWTError) -> str:
    """A safe sentence for a PyJWT failure: ours, never the library's (which could change to quote input)."""
    if isinstance(exc, jwt.MissingRequiredClaimError):
        return f"The token has no '{exc.claim}' claim."
    if isinstance(exc, jwt.InvalidSignatureError):
        return "The token's signature does not verify."
    if isinstance(exc, jwt.InvalidAudienceError):
        return "The token is not meant for this audience."
    if isinstance(exc, jwt.InvalidIssuerError):
        return "The token's issuer is not trusted."
    return "The token is not valid."


def _check_times(claims: Mapping[str, Any], now: float, leeway: int) -> None:
    """RFC 7519 §4.1.4-6, judged by the injected clock: ``exp`` required, ``nbf`` and ``iat`` when present."""
    expires = _numeric_date(claims, "exp")
    if expires is not None and now >= expires + leeway:
        raise _invalid_token("The token has expired.")
    not_before = _numeric_date(claims, "nbf")
    if not_before is not None and now + leeway < not_before:
        raise _invalid_token("The token is not valid yet.")
    issued_at = _numeric_date(claims, "iat")
    if issued_at is not None and now + leeway < issued_at:
        raise _invalid_token("The token was issued in the future.")


def _numeric_date(claims: Mapping[str, Any], name: str) -> float | None:
    value = claims.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _invalid_token(f"The token's '{name}' claim must be a number of seconds.")
    return float(value)


# --- Keys ---------------------------------------------------------------------------------------------------------


def _hs256_key(secret: str) -> bytes:
    algorithm = jwt.get_algorithm_by_name("HS256")
    try:
        key: bytes = algorithm.prepare_key(secret)
    except jwt.InvalidKeyError as exc:
        raise ValueError("hs256_secret must be a shared secret, not a PEM, SSH or DER key") from exc
    _require_length(algorithm.check_key_length(key), "hs256_secret")
    return key


def _pem_key(pem: str) -> dict[str, _VerificationKey]:
    try:
        key = load_pem_public_key(pem.encode())
    except ValueError as exc:
        raise ValueError("public_key_pem is not a PEM public key") from exc
    if isinstance(key, rsa.RSAPublicKey | ec.EllipticCurvePublicKey):
        return {_checked_algorithm(key, "public_key_pem"): key}
    raise ValueError("public_key_pem must be an RSA or EC public key")


def _checked_algorithm(key: rsa.RSAPublicKey | ec.EllipticCurvePublicKey, source: str) -> str:
    """The one algorithm this key verifies, after refusing keys too weak or on the wrong curve."""
    if isinstance(key, rsa.RSAPublicKey):
        _require_length(jwt.get_algorithm_by_name("RS256").check_key_length(key), source)
        return "RS256"
    if not isinstance(key.curve, ec.SECP256R1):
        raise ValueError(f"{source}: ES256 needs a P-256 key, not {key.curve.name}")
    return "ES256"


def _require_length(problem: str | None, source: str) -> None:
    if problem is not None:
        raise ValueError(f"{source}: {problem}")


def _load_jwks(path: Path) -> dict[str, tuple[str, _VerificationKey]]:
    """``{"keys": [...]}`` as key id -> (algorithm, public key), parsed by PyJWT's ``PyJWKSet``: signing keys
    (``use`` absent or ``sig``) of type RSA (RS256) or EC on P-256 (ES256), each with its own ``kid``. A key
    PyJWT cannot use is an error here, where ``PyJWKSet`` alone would skip it silently."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise ValueError(f"{path}: a JWKS must be JSON") from exc
    if not isinstance(document, dict) or not isinstance(document.get("keys"), list):
        raise ValueError(f"{path}: a JWKS must be an object with a 'keys' list")
    entries = [jwk for jwk in document["keys"] if not isinstance(jwk, dict) or jwk.get("use", "sig") == "sig"]
    if not entries:
        raise ValueError(f"{path}: the JWKS has no signing key")
    try:
        jwk_set = PyJWKSet.from_dict({"keys": entries})
    except jwt.PyJWTError as exc:
        raise ValueError(f"{path}: no key of the JWKS is usable") from exc
    if len(jwk_set.keys) != len(entries):
        raise ValueError(f"{path}: {len(entries) - len(jwk_set.keys)} key(s) of the JWKS are not valid JWKs")
    keys: dict[str, tuple[str, _VerificationKey]] = {}
    for jwk in jwk_set.keys:
        kid = jwk.key_id
        if not kid:
            raise ValueError(f"{path}: every JWKS key needs a 'kid'")
        if kid in keys:
            raise ValueError(f"{path}: key id {kid!r} appears twice")
        keys[kid] = _jwk_entry(jwk, f"{path} key {kid!r}")
    return keys


def _jwk_entry(jwk: PyJWK, source: str) -> tuple[str, _VerificationKey]:
    key = jwk.key
    if isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        key = key.public_key()
    if not isinstance(key, rsa.RSAPublicKey | ec.EllipticCurvePublicKey):
        raise ValueError(f"{source}: only RSA and EC keys are accepted")
    algorithm = _checked_algorithm(key, source)
    if jwk.algorithm_name != algorithm:
        raise ValueError(f"{source}: its 'alg' does not match its key type ({algorithm})")
    return algorithm, key
