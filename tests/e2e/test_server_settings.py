"""The reference server's settings, each seen working over a real socket on one server configured with all of
them: --public-url, VERSORI_MOCK_CORS_ORIGINS (also the origins the OAuth callback answers), VERSORI_MOCK_API_KEYS, the
JWT key files (a PEM public key and a JWKS), the body and header limits, and VERSORI_MOCK_ALLOW_PREFER."""

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from jwt.algorithms import ECAlgorithm

from tests.support.examples import ORGANISATION_ID
from tests.support.oauth_loop import (
    AUTH,
    callback_message,
    callback_page,
    connector_path,
    create_connection,
    follow_to_callback,
    initialise,
    query_of,
)
from tests.support.operations import Operation, call, secured_operations
from tests.support.processes import free_port
from tests.support.server import OTHER_ORGANISATION_ID, LiveServer, initialise_body, live_server

pytestmark = pytest.mark.e2e

APP_ORIGIN = "http://app.test:4000"
EXTRA_API_KEY = "vk_extra_key_from_the_environment"
ISSUER = "https://idp.settings.test/"
AUDIENCE = "versori-connect-settings-test"
JWKS_KEY_ID = "settings-test-ec"
MAX_BODY_BYTES = 2048
MAX_HEADER_BYTES = 4096


@dataclass(frozen=True)
class SigningKeys:
    """The private halves of the keys the server is given in files, and keys it does not know."""

    rsa_key: rsa.RSAPrivateKey
    ec_key: ec.EllipticCurvePrivateKey
    other_rsa_key: rsa.RSAPrivateKey
    other_ec_key: ec.EllipticCurvePrivateKey


@dataclass(frozen=True)
class ConfiguredServer:
    server: LiveServer
    public_url: str
    keys: SigningKeys


def _rsa() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _key_files(directory: Path, keys: SigningKeys) -> dict[str, str]:
    pem = directory / "public.pem"
    pem.write_bytes(
        keys.rsa_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    jwk = json.loads(ECAlgorithm.to_jwk(keys.ec_key.public_key()))
    jwks = directory / "jwks.json"
    jwks.write_text(json.dumps({"keys": [{**jwk, "kid": JWKS_KEY_ID, "use": "sig", "alg": "ES256"}]}))
    return {"VERSORI_MOCK_JWT_PUBLIC_KEY": str(pem), "VERSORI_MOCK_JWT_JWKS": str(jwks)}


@pytest.fixture(scope="module")
def configured(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ConfiguredServer]:
    keys = SigningKeys(_rsa(), ec.generate_private_key(ec.SECP256R1()), _rsa(), ec.generate_private_key(ec.SECP256R1()))
    port = free_port()
    # Not the default http://127.0.0.1:PORT, yet it reaches the same socket.
    public_url = f"http://localhost:{port}"
    env = {
        "VERSORI_MOCK_DATABASE": ":memory:",
        "VERSORI_MOCK_AUTO_APPROVE": "true",
        "VERSORI_MOCK_CORS_ORIGINS": f"{APP_ORIGIN}, https://admin.app.test",
        "VERSORI_MOCK_API_KEYS": f"{EXTRA_API_KEY}={ORGANISATION_ID}",
        "VERSORI_MOCK_JWT_ISSUER": ISSUER,
        "VERSORI_MOCK_JWT_AUDIENCE": AUDIENCE,
        **_key_files(tmp_path_factory.mktemp("keys"), keys),
        "VERSORI_MOCK_MAX_BODY_BYTES": str(MAX_BODY_BYTES),
        "VERSORI_MOCK_MAX_HEADER_BYTES": str(MAX_HEADER_BYTES),
        "VERSORI_MOCK_ALLOW_PREFER": "true",
    }
    with live_server("--port", str(port), "--public-url", public_url, env=env) as server:
        yield ConfiguredServer(server, public_url, keys)


def _initialise(base_url: str, headers: dict[str, str], organisation_id: str = ORGANISATION_ID) -> httpx.Response:
    body = initialise_body(credential={"id": "01M6ARSFC30TQ8AMXN1Z8ZGT1F", "organisationId": organisation_id})
    path = f"/o/{organisation_id}/connectors/01M65K23G4WE37NGTVC0HJVGP1/oauth2/initialise"
    return httpx.post(base_url + path, json=body, headers=headers)


# --- --public-url and the origins the callback answers ------------------------------------------------------------


def test_the_public_url_is_the_base_of_redirect_uri_and_the_loop_completes_through_it(
    configured: ConfiguredServer,
) -> None:
    public_url = configured.public_url
    assert configured.server.url == public_url
    assert configured.server.banner["authorize_url"] == f"{public_url}/mock-provider/authorize"

    authorize_url = initialise(public_url)
    redirect = follow_to_callback(authorize_url)
    created = create_connection(public_url, redirect.message["code"], redirect.message["state"])

    assert query_of(authorize_url)["redirect_uri"] == f"{public_url}/oauth2/callback"
    assert redirect.callback_url.startswith(f"{public_url}/oauth2/callback?")
    # The server exchanged the code at {public_url}/mock-provider/token, with the same redirect_uri.
    assert created.status_code == 200, created.text


def test_the_callback_answers_the_public_urls_origin_and_the_listed_origins(configured: ConfiguredServer) -> None:
    page = httpx.get(f"{configured.public_url}/oauth2/callback", params={"error": "access_denied"}).text

    assert callback_page(page)["origins"] == [configured.public_url, APP_ORIGIN, "https://admin.app.test"]
    assert callback_message(page)["error"] == "access_denied"


# --- VERSORI_MOCK_CORS_ORIGINS ----------------------------------------------------------------------------------


def _preflight(base_url: str, origin: str) -> httpx.Response:
    return httpx.options(
        f"{base_url}{connector_path()}/oauth2/initialise",
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization",
        },
    )


@pytest.mark.parametrize("origin", [APP_ORIGIN, "https://admin.app.test"])
def test_a_listed_origin_passes_cors(configured: ConfiguredServer, origin: str) -> None:
    preflight = _preflight(configured.public_url, origin)
    actual = _initialise(configured.public_url, {**AUTH, "Origin": origin})

    assert preflight.status_code == 200, preflight.text
    assert preflight.headers["access-control-allow-origin"] == origin
    assert actual.status_code == 200, actual.text
    assert actual.headers["access-control-allow-origin"] == origin


def test_the_listed_origins_replace_the_defaults(configured: ConfiguredServer) -> None:
    preflight = _preflight(configured.public_url, "http://localhost:5173")
    actual = _initialise(configured.public_url, {**AUTH, "Origin": "http://localhost:5173"})

    assert preflight.status_code == 400
    assert "access-control-allow-origin" not in preflight.headers
    assert "access-control-allow-origin" not in actual.headers


# --- VERSORI_MOCK_API_KEYS ----------------------------------------------------------------------------------------


def test_an_api_key_from_the_environment_acts_for_its_organisation_only(configured: ConfiguredServer) -> None:
    headers = {"Authorization": f"Bearer {EXTRA_API_KEY}"}

    own = _initialise(configured.public_url, headers)
    other = _initialise(configured.public_url, headers, OTHER_ORGANISATION_ID)
    seed_key = _initialise(configured.public_url, AUTH)

    assert own.status_code == 200, own.text
    assert (other.status_code, other.json()["code"]) == (403, "forbidden")
    # The seed's keys stay valid: the environment's are added to them.
    assert seed_key.status_code == 200, seed_key.text


# --- The JWT key files ---------------------------------------------------------------------------------------------


def _token(key: Any, algorithm: str, kid: str | None = None) -> str:
    claims = {"sub": "someone@example.org", "iss": ISSUER, "aud": AUDIENCE, "org_id": ORGANISATION_ID, "exp": 4e9}
    return jwt.encode(claims, key, algorithm=algorithm, headers={"kid": kid} if kid else None)


@pytest.mark.parametrize(
    ("signer", "accepted"),
    [
        pytest.param(lambda keys: _token(keys.rsa_key, "RS256"), True, id="pem-key"),
        pytest.param(lambda keys: _token(keys.other_rsa_key, "RS256"), False, id="another-rsa-key"),
        pytest.param(lambda keys: _token(keys.ec_key, "ES256", JWKS_KEY_ID), True, id="jwks-key"),
        pytest.param(lambda keys: _token(keys.other_ec_key, "ES256", JWKS_KEY_ID), False, id="another-ec-key-same-kid"),
        pytest.param(lambda keys: _token(keys.ec_key, "ES256", "unknown-kid"), False, id="unknown-kid"),
    ],
)
def test_a_jwt_is_accepted_only_when_signed_by_a_configured_key(
    configured: ConfiguredServer, signer: Any, accepted: bool
) -> None:
    response = _initialise(configured.public_url, {"Authorization": f"Bearer {signer(configured.keys)}"})

    if accepted:
        assert response.status_code == 200, response.text
    else:
        assert (response.status_code, response.json()["code"]) == (401, "unauthorized")
        assert response.headers["www-authenticate"].startswith("Bearer")


# --- The body and header limits ----------------------------------------------------------------------------------


def _padded_body(size: int) -> bytes:
    """A valid initialise body of exactly ``size`` bytes (JSON allows trailing whitespace)."""
    body = json.dumps(initialise_body()).encode()
    return body + b" " * (size - len(body))


@pytest.mark.parametrize(("size", "status"), [(MAX_BODY_BYTES, 200), (MAX_BODY_BYTES + 1, 413)])
def test_the_body_limit_is_the_configured_one(configured: ConfiguredServer, size: int, status: int) -> None:
    response = httpx.post(
        f"{configured.public_url}{connector_path()}/oauth2/initialise",
        content=_padded_body(size),
        headers={**AUTH, "Content-Type": "application/json"},
    )

    assert response.status_code == status, response.text
    if status == 413:
        assert response.json()["code"] == "payload_too_large"


@pytest.mark.parametrize(("padding", "status"), [(MAX_HEADER_BYTES - 1024, 200), (MAX_HEADER_BYTES + 1, 431)])
def test_the_header_limit_is_the_configured_one(configured: ConfiguredServer, padding: int, status: int) -> None:
    response = _initialise(configured.public_url, {**AUTH, "X-Padding": "p" * padding})

    assert response.status_code == status, response.text
    if status == 431:
        assert response.json()["code"] == "headers_too_large"


# --- Prefer: every documented error status of every operation ------------------------------------------------------


def _documented_failures() -> list[Any]:
    return [
        pytest.param(operation, status, example, id=f"{operation.operation_id}-{status}")
        for operation in secured_operations()
        for status, example in operation.error_examples().items()
    ]


@pytest.mark.parametrize(("operation", "status", "example"), _documented_failures())
def test_prefer_answers_each_documented_error_status_with_its_example(
    configured: ConfiguredServer, operation: Operation, status: int, example: dict[str, Any]
) -> None:
    response = call(operation, configured.public_url, {**AUTH, "Prefer": f"code={status}"})

    assert response.status_code == status, response.text
    assert response.json() == example
    assert response.headers.get("retry-after") == ("1" if status in (429, 503) else None)
