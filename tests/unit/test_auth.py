"""mock_server.api.auth: API keys by bearer header or cookie, JWT id_tokens, and the RFC 6750 challenges."""

import asyncio
import base64
import hashlib
import hmac
import json
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from jwt.algorithms import ECAlgorithm, RSAAlgorithm

from mock_server.api.auth import AuthenticationError, Authenticator, JwtSettings, Principal
from mock_server.core.api_keys import ApiKey, ApiKeyIndex
from tests.support.fakes import FakeClock

ORG = "01M630NCG4ZDDRK8JJJ5EVRJSK"
OTHER_ORG = "01HZY8QK5E2W6T3V9B7N4M1C0D"
API_KEY = "vk_test_0123456789abcdef"
OTHER_API_KEY = "vk_test_fedcba9876543210"
ISSUER = "https://auth.versori.test/"
AUDIENCE = "versori-connect"
HS_SECRET = "an-hs256-shared-secret-of-32-bytes-or-more"
KID = "es-key-1"
NOW = 1_900_000_000.0
LEEWAY = 30


# --- keys and tokens ------------------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="session")
def ec_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


@pytest.fixture(scope="session")
def rsa_public_pem(rsa_key: rsa.RSAPrivateKey) -> str:
    pem = rsa_key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    return pem.decode()


@pytest.fixture
def jwks_path(tmp_path: Path, ec_key: ec.EllipticCurvePrivateKey) -> Path:
    jwk = ECAlgorithm.to_jwk(ec_key.public_key(), as_dict=True)
    path = tmp_path / "jwks.json"
    path.write_text(json.dumps({"keys": [{**jwk, "kid": KID, "alg": "ES256", "use": "sig"}]}))
    return path


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


def settings(**keys: Any) -> JwtSettings:
    return JwtSettings(issuer=ISSUER, audience=AUDIENCE, leeway_seconds=LEEWAY, **keys)


def claims(*, drop: tuple[str, ...] = (), **overrides: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"iss": ISSUER, "aud": AUDIENCE, "sub": "user-123", "iat": NOW, "exp": NOW + 300}
    base.update(overrides)
    return {name: value for name, value in base.items() if name not in drop}


def hs256(payload: dict[str, Any], secret: str = HS_SECRET) -> str:
    return jwt.encode(payload, secret, algorithm="HS256")


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def crafted(header: dict[str, Any], payload: dict[str, Any], sign: Callable[[bytes], bytes] | None = None) -> str:
    """A compact JWS built by hand, for tokens PyJWT refuses to produce."""
    signing_input = f"{b64url(json.dumps(header).encode())}.{b64url(json.dumps(payload).encode())}"
    signature = b"" if sign is None else sign(signing_input.encode())
    return f"{signing_input}.{b64url(signature)}"


def bearer(token: str) -> str:
    return f"Bearer {token}"


@pytest.fixture
def keys_only() -> Authenticator:
    return Authenticator(ApiKeyIndex([ApiKey(API_KEY, ORG, name="ci")]))


@pytest.fixture
def hs_auth(clock: FakeClock) -> Authenticator:
    return Authenticator(ApiKeyIndex([ApiKey(API_KEY, ORG, name="ci")]), settings(hs256_secret=HS_SECRET), clock=clock)


@pytest.fixture
def rsa_auth(rsa_public_pem: str, clock: FakeClock) -> Authenticator:
    return Authenticator(ApiKeyIndex(), settings(public_key_pem=rsa_public_pem), clock=clock)


@pytest.fixture
def jwks_auth(jwks_path: Path, clock: FakeClock) -> Authenticator:
    return Authenticator(ApiKeyIndex(), settings(jwks_path=jwks_path), clock=clock)


def authenticate(auth: Authenticator, authorization: str | None, cookie: str | None) -> Principal:
    return asyncio.run(auth.authenticate(authorization, cookie))


def refusal(auth: Authenticator, authorization: str | None, cookie: str | None = None) -> AuthenticationError:
    with pytest.raises(AuthenticationError) as caught:
        authenticate(auth, authorization, cookie)
    return caught.value


def assert_invalid_token(error: AuthenticationError) -> None:
    assert error.error == "invalid_token"
    assert error.challenge.startswith('Bearer realm="versori", error="invalid_token", error_description="')


# --- API keys -------------------------------------------------------------------------------------------------------


def test_api_key_in_bearer_header_authenticates(keys_only: Authenticator) -> None:
    principal = authenticate(keys_only, bearer(API_KEY), None)

    assert principal == Principal(subject="api-key:ci", organisation_id=ORG, scheme="bearer_api_key")


def test_api_key_in_cookie_authenticates(keys_only: Authenticator) -> None:
    principal = authenticate(keys_only, None, API_KEY)

    assert principal == Principal(subject="api-key:ci", organisation_id=ORG, scheme="cookie")


def test_unknown_api_key_in_header_is_invalid_token(keys_only: Authenticator) -> None:
    assert_invalid_token(refusal(keys_only, bearer(OTHER_API_KEY)))


def test_unknown_api_key_in_cookie_is_invalid_token(keys_only: Authenticator) -> None:
    assert_invalid_token(refusal(keys_only, None, OTHER_API_KEY))


def test_header_wins_over_cookie_even_when_only_the_cookie_is_valid(keys_only: Authenticator) -> None:
    assert_invalid_token(refusal(keys_only, bearer(OTHER_API_KEY), API_KEY))


def test_cookie_is_ignored_when_header_is_valid(keys_only: Authenticator) -> None:
    assert authenticate(keys_only, bearer(API_KEY), OTHER_API_KEY).scheme == "bearer_api_key"


def test_api_key_may_act_only_for_its_organisation(keys_only: Authenticator) -> None:
    principal = authenticate(keys_only, bearer(API_KEY), None)

    assert principal.may_act_for(ORG)
    assert not principal.may_act_for(OTHER_ORG)


def test_authenticator_keeps_no_raw_api_key(keys_only: Authenticator) -> None:
    assert API_KEY.encode() not in pickle.dumps(keys_only)


def test_api_key_repr_hides_the_key() -> None:
    assert API_KEY not in repr(ApiKey(API_KEY, ORG))


def test_duplicate_api_key_is_refused_at_construction() -> None:
    with pytest.raises(ValueError, match="twice"):
        ApiKeyIndex([ApiKey(API_KEY, ORG), ApiKey(API_KEY, OTHER_ORG)])


def test_jwt_shaped_token_without_jwt_settings_is_treated_as_an_api_key(keys_only: Authenticator) -> None:
    error = refusal(keys_only, bearer(hs256(claims())))

    assert_invalid_token(error)
    assert "API key" in error.message


def test_jwt_in_cookie_is_not_accepted(hs_auth: Authenticator) -> None:
    assert_invalid_token(refusal(hs_auth, None, hs256(claims())))


# --- missing and malformed credentials ------------------------------------------------------------------------------


def test_no_credentials_gives_bare_challenge(keys_only: Authenticator) -> None:
    error = refusal(keys_only, None)

    assert error.challenge == 'Bearer realm="versori"'
    assert error.error is None
    assert error.message


def test_empty_cookie_counts_as_no_credentials(keys_only: Authenticator) -> None:
    assert refusal(keys_only, None, "").challenge == 'Bearer realm="versori"'


@pytest.mark.parametrize(
    "authorization",
    [
        pytest.param("Basic dXNlcjpwYXNz", id="basic-scheme"),
        pytest.param("Bearer", id="bearer-alone"),
        pytest.param("Bearer ", id="bearer-empty-token"),
        pytest.param("Bearer a b", id="extra-part"),
        pytest.param("Bearer  abc", id="two-spaces"),
        pytest.param("Bearer abc\x00def", id="nul"),
        pytest.param("Bearer abc\r\ndef", id="crlf"),
        pytest.param("Bearer ab=cd", id="padding-inside"),
        pytest.param("Bearer tök", id="non-ascii"),
        pytest.param("", id="empty-header"),
    ],
)
def test_malformed_authorization_header_is_invalid_request(keys_only: Authenticator, authorization: str) -> None:
    error = refusal(keys_only, authorization)

    assert error.error == "invalid_request"
    assert error.challenge.startswith('Bearer realm="versori", error="invalid_request"')


def test_bearer_scheme_is_case_insensitive(keys_only: Authenticator) -> None:
    assert authenticate(keys_only, f"bEaReR {API_KEY}", None).organisation_id == ORG


def test_messages_never_echo_the_credential(keys_only: Authenticator) -> None:
    secret = "vk_live_never_echo_me"
    for error in (refusal(keys_only, bearer(secret)), refusal(keys_only, None, secret)):
        assert secret not in error.message
        assert secret not in error.challenge


# --- JWTs: accepted -------------------------------------------------------------------------------------------------


def test_hs256_token_authenticates(hs_auth: Authenticator) -> None:
    principal = authenticate(hs_auth, bearer(hs256(claims())), None)

    assert principal == Principal(subject="user-123", organisation_id=None, scheme="bearer_jwt")


def test_rs256_token_verified_with_public_pem(rsa_auth: Authenticator, rsa_key: rsa.RSAPrivateKey) -> None:
    token = jwt.encode(claims(), rsa_key, algorithm="RS256")

    assert authenticate(rsa_auth, bearer(token), None).subject == "user-123"


def test_es256_token_verified_with_jwks_key_chosen_by_kid(
    jwks_auth: Authenticator, ec_key: ec.EllipticCurvePrivateKey
) -> None:
    token = jwt.encode(claims(), ec_key, algorithm="ES256", headers={"kid": KID})

    assert authenticate(jwks_auth, bearer(token), None).subject == "user-123"


def test_token_just_inside_leeway_after_exp_is_accepted(hs_auth: Authenticator, clock: FakeClock) -> None:
    clock.now = NOW + 300 + LEEWAY - 1

    assert authenticate(hs_auth, bearer(hs256(claims())), None).scheme == "bearer_jwt"


def test_org_id_claim_limits_principal_to_that_organisation(hs_auth: Authenticator) -> None:
    principal = authenticate(hs_auth, bearer(hs256(claims(org_id=ORG))), None)

    assert principal.may_act_for(ORG)
    assert not principal.may_act_for(OTHER_ORG)


def test_token_without_org_id_may_act_for_any_organisation(hs_auth: Authenticator) -> None:
    principal = authenticate(hs_auth, bearer(hs256(claims())), None)

    assert principal.may_act_for(ORG)
    assert principal.may_act_for(OTHER_ORG)


# --- JWTs: refused --------------------------------------------------------------------------------------------------


def test_alg_none_token_is_refused(hs_auth: Authenticator) -> None:
    token = crafted({"alg": "none", "typ": "JWT"}, claims())

    assert_invalid_token(refusal(hs_auth, bearer(token)))


def test_hs256_token_signed_with_the_public_pem_is_refused(rsa_auth: Authenticator, rsa_public_pem: str) -> None:
    """Algorithm confusion: the RSA public key must never serve as an HMAC secret."""
    secret = rsa_public_pem.encode()
    token = crafted(
        {"alg": "HS256", "typ": "JWT"}, claims(), lambda data: hmac.new(secret, data, hashlib.sha256).digest()
    )

    error = refusal(rsa_auth, bearer(token))

    assert_invalid_token(error)
    assert "algorithm" in error.message


def test_rs256_token_is_refused_when_only_an_es256_jwks_is_configured(
    jwks_auth: Authenticator, rsa_key: rsa.RSAPrivateKey
) -> None:
    token = jwt.encode(claims(), rsa_key, algorithm="RS256", headers={"kid": KID})

    assert_invalid_token(refusal(jwks_auth, bearer(token)))


def test_wrong_signature_is_refused(hs_auth: Authenticator) -> None:
    token = hs256(claims(), secret="another-shared-secret-of-32-bytes-or-more")

    assert "signature" in refusal(hs_auth, bearer(token)).message


def test_expired_token_is_refused_once_clock_passes_exp_and_leeway(hs_auth: Authenticator, clock: FakeClock) -> None:
    token = hs256(claims())
    clock.now = NOW + 300 + LEEWAY

    assert "expired" in refusal(hs_auth, bearer(token)).message


def test_token_before_nbf_is_refused(hs_auth: Authenticator) -> None:
    token = hs256(claims(nbf=NOW + LEEWAY + 1))

    assert "not valid yet" in refusal(hs_auth, bearer(token)).message


def test_token_issued_in_the_future_is_refused(hs_auth: Authenticator) -> None:
    token = hs256(claims(iat=NOW + LEEWAY + 1))

    assert "future" in refusal(hs_auth, bearer(token)).message


def test_wrong_audience_is_refused(hs_auth: Authenticator) -> None:
    assert "audience" in refusal(hs_auth, bearer(hs256(claims(aud="someone-else")))).message


def test_wrong_issuer_is_refused(hs_auth: Authenticator) -> None:
    assert "issuer" in refusal(hs_auth, bearer(hs256(claims(iss="https://evil.test/")))).message


@pytest.mark.parametrize("claim", ["sub", "exp", "iss", "aud"])
def test_token_missing_a_required_claim_is_refused(hs_auth: Authenticator, claim: str) -> None:
    error = refusal(hs_auth, bearer(hs256(claims(drop=(claim,)))))

    assert_invalid_token(error)
    assert f"'{claim}'" in error.message


def test_non_finite_exp_is_refused(hs_auth: Authenticator) -> None:
    token = crafted(
        {"alg": "HS256", "typ": "JWT"},
        claims(exp=float("nan")),
        lambda data: hmac.new(HS_SECRET.encode(), data, hashlib.sha256).digest(),
    )

    assert "'exp'" in refusal(hs_auth, bearer(token)).message


def test_unknown_kid_is_refused(jwks_auth: Authenticator, ec_key: ec.EllipticCurvePrivateKey) -> None:
    token = jwt.encode(claims(), ec_key, algorithm="ES256", headers={"kid": "not-" + KID})

    assert "key id" in refusal(jwks_auth, bearer(token)).message


def test_non_string_org_id_is_refused(hs_auth: Authenticator) -> None:
    assert_invalid_token(refusal(hs_auth, bearer(hs256(claims(org_id=42)))))


def test_jwt_failures_never_echo_the_token(hs_auth: Authenticator) -> None:
    token = hs256(claims(aud="someone-else"))
    error = refusal(hs_auth, bearer(token))

    assert token not in error.message
    assert token not in error.challenge


# --- configuration --------------------------------------------------------------------------------------------------


def test_jwt_settings_without_any_key_are_refused() -> None:
    with pytest.raises(ValueError, match="hs256_secret, public_key_pem or jwks_path"):
        Authenticator(ApiKeyIndex(), settings())


def test_short_hs256_secret_is_refused() -> None:
    with pytest.raises(ValueError, match="hs256_secret"):
        Authenticator(ApiKeyIndex(), settings(hs256_secret="short"))


def test_pem_as_hs256_secret_is_refused(rsa_public_pem: str) -> None:
    with pytest.raises(ValueError, match="not a PEM"):
        Authenticator(ApiKeyIndex(), settings(hs256_secret=rsa_public_pem))


def test_ec_public_key_off_p256_is_refused() -> None:
    pem = (
        ec.generate_private_key(ec.SECP384R1())
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )

    with pytest.raises(ValueError, match="P-256"):
        Authenticator(ApiKeyIndex(), settings(public_key_pem=pem.decode()))


# --- JWKS files -----------------------------------------------------------------------------------------------------


def _ec_jwk(**fields: Any) -> dict[str, Any]:
    jwk: dict[str, Any] = ECAlgorithm.to_jwk(ec.generate_private_key(ec.SECP256R1()).public_key(), as_dict=True)
    return {**jwk, **fields}


def _jwks_file(tmp_path: Path, keys: list[Any]) -> Path:
    path = tmp_path / "jwks.json"
    path.write_text(json.dumps({"keys": keys}))
    return path


def test_a_jwks_key_without_its_use_or_alg_is_taken_as_an_es256_signing_key(
    tmp_path: Path, ec_key: ec.EllipticCurvePrivateKey, clock: FakeClock
) -> None:
    jwk = ECAlgorithm.to_jwk(ec_key.public_key(), as_dict=True)
    auth = Authenticator(ApiKeyIndex(), settings(jwks_path=_jwks_file(tmp_path, [{**jwk, "kid": KID}])), clock=clock)
    token = jwt.encode(claims(), ec_key, algorithm="ES256", headers={"kid": KID})

    assert authenticate(auth, bearer(token), None).subject == "user-123"


def test_encryption_keys_of_a_jwks_are_left_out(tmp_path: Path, ec_key: ec.EllipticCurvePrivateKey) -> None:
    jwk = ECAlgorithm.to_jwk(ec_key.public_key(), as_dict=True)
    path = _jwks_file(tmp_path, [{**jwk, "kid": "enc", "use": "enc"}, _ec_jwk(kid="sig")])
    auth = Authenticator(ApiKeyIndex(), settings(jwks_path=path))
    token = jwt.encode(claims(), ec_key, algorithm="ES256", headers={"kid": "enc"})

    assert "key id" in refusal(auth, bearer(token)).message


@pytest.mark.parametrize(
    ("keys", "problem"),
    [
        ([], "no signing key"),
        ([_ec_jwk(kid="a", use="enc")], "no signing key"),
        ([_ec_jwk()], "needs a 'kid'"),
        ([_ec_jwk(kid="a"), _ec_jwk(kid="a")], "appears twice"),
        ([_ec_jwk(kid="a"), {"kty": "EC", "kid": "b", "crv": "P-256", "x": "AA", "y": "AA"}], "not valid JWKs"),
        ([_ec_jwk(kid="a"), "not an object"], "not valid JWKs"),
        ([{"kty": "nope", "kid": "a"}], "no key of the JWKS is usable"),
        ([{"kty": "oct", "kid": "a", "k": base64.urlsafe_b64encode(b"s" * 32).decode().rstrip("=")}], "RSA and EC"),
        ([_ec_jwk(kid="a", alg="ES384")], "'alg' does not match"),
    ],
)
def test_a_jwks_with_a_key_that_cannot_be_used_is_refused_at_start_up(
    tmp_path: Path, keys: list[Any], problem: str
) -> None:
    with pytest.raises(ValueError, match=problem):
        Authenticator(ApiKeyIndex(), settings(jwks_path=_jwks_file(tmp_path, keys)))


def test_a_jwks_rsa_key_with_another_rsa_alg_is_refused(tmp_path: Path, rsa_key: rsa.RSAPrivateKey) -> None:
    jwk = RSAAlgorithm.to_jwk(rsa_key.public_key(), as_dict=True)

    with pytest.raises(ValueError, match="'alg' does not match"):
        Authenticator(ApiKeyIndex(), settings(jwks_path=_jwks_file(tmp_path, [{**jwk, "kid": "r", "alg": "RS384"}])))


def test_a_jwks_ec_key_off_p256_is_refused(tmp_path: Path) -> None:
    jwk = ECAlgorithm.to_jwk(ec.generate_private_key(ec.SECP384R1()).public_key(), as_dict=True)

    with pytest.raises(ValueError, match="P-256"):
        Authenticator(ApiKeyIndex(), settings(jwks_path=_jwks_file(tmp_path, [{**jwk, "kid": "p384"}])))
