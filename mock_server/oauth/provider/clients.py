"""The built-in provider's registered clients: the catalogue's credentials whose token endpoint is the provider's."""

import hashlib
from dataclasses import dataclass

from ...stores.base import CatalogueStore
from ..authorize_url import is_loopback_redirect


@dataclass(frozen=True)
class ProviderClient:
    """A registered client: its secret, and its redirect URIs (the server's callback), beside which it takes any
    loopback redirect of a native app (RFC 8252 §7.3: any port), as Versori's CLI sends."""

    client_id: str
    client_secret: str
    redirect_uris: frozenset[str]

    def allows(self, redirect_uri: str) -> bool:
        return redirect_uri in self.redirect_uris or is_loopback_redirect(redirect_uri)


class ProviderClients:
    def __init__(self, catalogue: CatalogueStore, redirect_uris: frozenset[str], token_url: str) -> None:
        self._catalogue = catalogue
        self._redirect_uris = redirect_uris
        self._token_url = token_url

    async def find(self, client_id: str) -> ProviderClient | None:
        credential = await self._catalogue.provider_credential(client_id)
        if credential is None or credential.token_url != self._token_url:  # not an OAuth 1.0a consumer
            return None
        return ProviderClient(credential.client_id, credential.client_secret, self._redirect_uris)


def digest(secret: str) -> str:
    """How the provider keys a code or a refresh token: never by the value itself."""
    return hashlib.sha256(secret.encode("utf-8", "surrogatepass")).hexdigest()
