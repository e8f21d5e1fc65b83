"""A mock OAuth 2.0 provider, strict like a real one, so that the whole loop runs on localhost: the authorize
endpoint with its consent page (``authorization``) and the token endpoint (``token``), whose clients are the
catalogue's credentials with the provider's token URL (``clients``); and its OAuth 1.0a side (``oauth1``), whose
consumers are the catalogue's credentials with its OAuth 1.0a token URL."""

from collections.abc import Mapping

from starlette.routing import Route

from ...settings import PROVIDER_PATH, Settings
from ...stores.base import CatalogueStore, Clock, KeyValueStore
from .authorization import AuthorizeEndpoint
from .clients import ProviderClients
from .errors import AuthorizationPageError
from .oauth1 import OAUTH1_PATH, OAuth1Provider
from .token import PlannedFailures, TokenEndpoint

__all__ = ["OAUTH1_PATH", "AuthorizationPageError", "MockProvider"]


class MockProvider:
    def __init__(
        self,
        catalogue: CatalogueStore,
        codes: KeyValueStore,
        refresh_tokens: KeyValueStore,
        settings: Settings,
        clock: Clock,
    ) -> None:
        clients = ProviderClients(catalogue, frozenset({settings.redirect_uri}), settings.provider_token_url)
        self._failures = PlannedFailures()
        self._authorize = AuthorizeEndpoint(clients, codes, settings, clock)
        self._token = TokenEndpoint(clients, codes, refresh_tokens, settings, clock, self._failures)
        self._oauth1 = OAuth1Provider(catalogue, codes, settings, clock, self._failures)

    def routes(self) -> list[Route]:
        return [
            Route(f"{PROVIDER_PATH}/authorize", self._authorize.handle, methods=["GET", "POST"]),
            Route(f"{PROVIDER_PATH}/token", self._token.handle, methods=["POST"]),
            Route(f"{OAUTH1_PATH}/initiate", self._oauth1.initiate, methods=["POST"]),
            Route(f"{OAUTH1_PATH}/authorize", self._oauth1.authorize, methods=["GET", "POST"]),
            Route(f"{OAUTH1_PATH}/token", self._oauth1.token, methods=["POST"]),
        ]

    async def decide(self, params: Mapping[str, str], *, approve: bool) -> str:
        """As the consent page's Approve or Deny: see ``AuthorizeEndpoint.decide``."""
        return await self._authorize.decide(params, approve=approve)

    async def decide_oauth1(self, params: Mapping[str, str], *, approve: bool) -> str:
        """As the OAuth 1.0a consent page's Approve or Deny: see ``OAuth1Provider.decide``."""
        return await self._oauth1.decide(params, approve=approve)

    def fail_token_endpoint(self, status: int, times: int) -> None:
        """The next ``times`` calls of a token endpoint (OAuth 2.0 or 1.0a) answer ``status`` (a server error) and
        nothing else."""
        self._failures.plan(status, times)

    def clear_token_failures(self) -> None:
        self._failures.clear()
