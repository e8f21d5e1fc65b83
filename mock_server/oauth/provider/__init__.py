"""A mock OAuth 2.0 provider, strict like a real one, so that the whole loop runs on localhost: the authorize
endpoint with its consent page (``authorization``) and the token endpoint (``token``), whose clients are the
catalogue's credentials with the provider's token URL (``clients``)."""

from collections.abc import Mapping

from starlette.routing import Route

from ...settings import PROVIDER_PATH, Settings
from ...stores.base import CatalogueStore, Clock, KeyValueStore
from .authorization import AuthorizeEndpoint
from .clients import ProviderClients
from .errors import AuthorizationPageError
from .token import TokenEndpoint

__all__ = ["AuthorizationPageError", "MockProvider"]


class MockProvider:
    def __init__(
        self,
        catalogue: CatalogueStore,
        codes: KeyValueStore,
        refresh_tokens: KeyValueStore,
        settings: Settings,
        clock: Clock,
    ) -> None:
        clients = ProviderClients(catalogue, frozenset({settings.redirect_uri}))
        self._authorize = AuthorizeEndpoint(clients, codes, settings, clock)
        self._token = TokenEndpoint(clients, codes, refresh_tokens, settings, clock)

    def routes(self) -> list[Route]:
        return [
            Route(f"{PROVIDER_PATH}/authorize", self._authorize.handle, methods=["GET", "POST"]),
            Route(f"{PROVIDER_PATH}/token", self._token.handle, methods=["POST"]),
        ]

    async def decide(self, params: Mapping[str, str], *, approve: bool) -> str:
        """As the consent page's Approve or Deny: see ``AuthorizeEndpoint.decide``."""
        return await self._authorize.decide(params, approve=approve)

    def fail_token_endpoint(self, status: int, times: int) -> None:
        """The next ``times`` calls of the token endpoint answer ``status`` (a server error) and nothing else."""
        self._token.fail_next(status, times)

    def clear_token_failures(self) -> None:
        self._token.clear_failures()
