"""What oauthlib's OAuth 1.0a endpoints ask of the built-in provider, answered from records read before the call.

oauthlib's ``RequestValidator`` is synchronous and the provider's stores are not, so each request's consumer and
token are read first (``Prefetched``) and oauthlib checks the request against them: the signature (HMAC-SHA1 or
HMAC-SHA256, RFC 5849 section 3.4), the timestamp's age and the parameters. What must be atomic across requests
(a nonce used once, a temporary token exchanged once) is done after, by the stores, for requests oauthlib found
valid (``oauth1``)."""

import hmac
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from oauthlib.oauth1 import SIGNATURE_HMAC_SHA1, SIGNATURE_HMAC_SHA256, RequestValidator

SIGNATURE_METHODS = (SIGNATURE_HMAC_SHA1, SIGNATURE_HMAC_SHA256)
# The longest consumer key, token, verifier or nonce taken; oauthlib's own bounds (20 to 30 letters and digits)
# would refuse keys real providers hand out.
_LONGEST = 512
# Compared against when the consumer or the token is unknown, so that an unknown one costs as much as a wrong one.
_DUMMY_SECRET = "dummy-secret-of-no-consumer"  # noqa: S105 (no secret: what nothing matches)


def _fair(value: str) -> bool:
    return 0 < len(value) <= _LONGEST and value.isascii() and value.isprintable()


@dataclass
class Prefetched(RequestValidator):
    """One request's consumer (key and secret, None when unknown) and temporary token (its secret and what was
    kept with it, None when unknown), and what oauthlib hands back: the nonce it checked and the token it made."""

    consumer_key: str | None
    consumer_secret: str
    allowed_callback: Callable[[str], bool]  # whether an oauth_callback may be used
    token: str | None = None
    token_secret: str = _DUMMY_SECRET
    token_consumer: str | None = None
    verifier: str | None = None
    nonce: tuple[str, str] | None = None
    issued: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        super().__init__()

    # Transport and formats: loopback is plain HTTP; any printable ASCII value of a sane length.
    @property
    def enforce_ssl(self) -> bool:
        return False

    @property
    def allowed_signature_methods(self) -> tuple[str, ...]:
        return SIGNATURE_METHODS

    @property
    def dummy_client(self) -> str:
        return "dummy-consumer"

    @property
    def dummy_request_token(self) -> str:
        return "dummy-token"

    @property
    def dummy_access_token(self) -> str:
        return "dummy-token"

    def check_client_key(self, client_key: str) -> bool:
        return _fair(client_key)

    def check_request_token(self, request_token: str) -> bool:
        return _fair(request_token)

    def check_access_token(self, request_token: str) -> bool:
        return _fair(request_token)

    def check_nonce(self, nonce: str) -> bool:
        return _fair(nonce)

    def check_verifier(self, verifier: str) -> bool:
        return _fair(verifier)

    def check_realms(self, realms: Any) -> bool:
        return True

    # The records read before the call.
    def validate_client_key(self, client_key: str, request: Any) -> bool:
        return self.consumer_key is not None and hmac.compare_digest(client_key, self.consumer_key)

    def get_client_secret(self, client_key: str, request: Any) -> str:
        return self.consumer_secret if self.validate_client_key(client_key, request) else _DUMMY_SECRET

    def validate_request_token(self, client_key: str, token: str, request: Any) -> bool:
        return self.token is not None and token == self.token and self.token_consumer == client_key

    def get_request_token_secret(self, client_key: str, token: str, request: Any) -> str:
        return self.token_secret if self.validate_request_token(client_key, token, request) else _DUMMY_SECRET

    def validate_verifier(self, client_key: str, token: str, verifier: str, request: Any) -> bool:
        expected = self.verifier
        return (
            expected is not None
            and self.validate_request_token(client_key, token, request)
            and (hmac.compare_digest(verifier.encode(), expected.encode()))
        )

    def validate_redirect_uri(self, client_key: str, redirect_uri: str, request: Any) -> bool:
        return self.allowed_callback(redirect_uri)

    # Checked after, atomically, by the stores.
    def validate_timestamp_and_nonce(
        self,
        client_key: str,
        timestamp: str,
        nonce: str,
        request: Any,
        request_token: Any = None,
        access_token: Any = None,
    ) -> bool:
        self.nonce = (timestamp, nonce)
        return True

    # Realms are not used: every token is for the whole (mock) account.
    def get_default_realms(self, client_key: str, request: Any) -> list[str]:
        return []

    def validate_requested_realms(self, client_key: str, realms: Any, request: Any) -> bool:
        return True

    def get_realms(self, token: str, request: Any) -> list[str]:
        return []

    # What oauthlib makes, kept by the provider once the call is found valid.
    # oauthlib hands a dict of the token's parameters (its stubs say str).
    def save_request_token(self, token: Any, request: Any) -> None:
        self.issued = {**token, "oauth_callback": request.redirect_uri}

    def save_access_token(self, token: Any, request: Any) -> None:
        self.issued = dict(token)

    def invalidate_request_token(self, client_key: str, request_token: str, request: Any) -> None:
        """The provider takes the verified token from its store after the call (``oauth1``)."""
