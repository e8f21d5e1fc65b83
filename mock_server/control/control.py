"""The control plane of the reference server, written once: reset, seed, journal, fail-next, delay-next,
approve and deny, token endpoint failures.

Two faces translate to and from it and hold no logic of their own: the admin API (``/__admin``, mock_server/
admin.py) over HTTP, and the Python test kit (``versori_connect.testing``) in-process. ``create_app`` puts the
one ``Control`` on ``app.state.control``.

The journal and the planned failures live in the server process: with several workers each has its own, and
with a shared store (SQLite, Redis) ``reset`` and ``seed`` reach the shared data but the journal does not.
"""

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from ..api.connect.connections import plant_seed_connections, seeded_connection
from ..api.journal import JournalEntry
from ..api.platform.seeding import (
    check_platform_references,
    check_platform_seed_documents,
    held_items,
    plant_platform_seed,
)
from ..api.preferences import MAX_DELAY_MS, RETRY_AFTER_STATUSES
from ..api.services import Services
from ..oauth.provider import OAUTH1_PATH, AuthorizationPageError, MockProvider
from ..seed.loading import SeedError, parse_seed
from ..seed.model import PLATFORM_SECTIONS, Seed
from ..settings import PROVIDER_PATH
from ..stores.base import NameTakenError, check_addition
from ..stores.registry import Stores
from .errors import ControlError

__all__ = ["AuthorizationResult", "Control", "ControlError", "JournalEntry"]

_CONNECTION_FIELDS = ("organisation_id", "connector_id", "name")


@dataclass(frozen=True)
class AuthorizationResult:
    """What the consent page's Approve or Deny would produce."""

    redirect_url: str  # the full redirect the provider sends the browser to
    code: str | None
    state: str | None
    error: str | None  # "access_denied" on deny
    # An OAuth 1.0a sign-in's, on approve (its ``state`` is the one of the callback URL).
    oauth_token: str | None = None
    oauth_verifier: str | None = None


@dataclass(frozen=True)
class _SeededConnection:
    organisation_id: str
    connector_id: str
    name: str


class Control:
    def __init__(self, services: Services, stores: Stores, provider: MockProvider) -> None:
        self._services = services
        self._stores = stores
        self._provider = provider

    async def reset(self) -> None:
        """Every store back to the seed (states, the provider's codes and refresh tokens, connections, the
        catalogue); the journal and every planned failure and delay cleared."""
        await self._stores.reset()
        self._services.journal.clear()
        self._services.faults.clear()
        self._provider.clear_token_failures()
        await plant_seed_connections(self._services)
        await plant_platform_seed(self._services, self._services.seed)

    async def seed(self, data: Mapping[str, Any]) -> dict[str, int]:
        """Add organisations, connectors, credentials, api_keys (the seed file's shapes) and connections
        (``organisation_id``, ``connector_id``, ``name``): all of them, or, when one is refused, none. Answers how
        many of each were added."""
        if not isinstance(data, Mapping):
            raise ControlError("Send a JSON object of sections.", "body")
        catalogue = self._stores.catalogue
        try:
            addition = parse_seed({key: value for key, value in data.items() if key != "connections"}, self._public_url)
            await check_addition(catalogue, addition)
            check_platform_seed_documents(addition, self._services.platform_contract)
            check_platform_references(addition, await held_items(addition, self._services.platform))
        except SeedError as error:
            raise ControlError(error.message, error.field or "body") from None
        connections = await self._connections(data.get("connections") or [], addition)
        # The connections first, each name taken atomically, so that one taken in between undoes the seed's own
        # before anything of the catalogue is added.
        added: list[tuple[_SeededConnection, str]] = []
        try:
            now = self._services.clock()
            for index, item in enumerate(connections):
                connection = seeded_connection(item.name, now)
                try:
                    await self._stores.connections.add(item.organisation_id, item.connector_id, connection, {})
                except NameTakenError:
                    at = f"connections[{index}]"
                    message = f"{at}: the connector already has a connection of that name"
                    raise ControlError(message, f"{at}.name") from None
                added.append((item, connection["id"]))
            try:
                await catalogue.add(addition)
            except SeedError as error:  # a concurrent addition took an id in between
                raise ControlError(error.message, error.field or "body") from None
            # Once the catalogue holds what the Platform items name (organisations, credentials).
            await plant_platform_seed(self._services, addition)
        except ControlError:
            for item, connection_id in added:
                await self._stores.connections.delete(item.organisation_id, item.connector_id, connection_id)
            raise
        return {
            "organisations": len(addition.organisations),
            "connectors": len(addition.connectors),
            "credentials": len(addition.credentials),
            "api_keys": len(addition.api_keys),
            "connections": len(connections),
            **{name: len(addition.platform_section(name)) for name in PLATFORM_SECTIONS if name in data},
        }

    def journal(self, operation: str | None = None) -> list[JournalEntry]:
        """The API calls in arrival order, of one operation (an operationId) when given."""
        return self._services.journal.entries(operation)

    def clear_journal(self) -> None:
        self._services.journal.clear()

    def fail_next(
        self, status: int, *, operation: str | None = None, times: int = 1, retry_after: float | None = None
    ) -> None:
        """The next ``times`` calls (of ``operation`` when given; else of any operation that documents
        ``status``) answer the contract's documented example Error for ``status``; a 429 or 503 carries
        ``Retry-After: retry_after`` (seconds, rounded up; default 1)."""
        self._check_operation_and_times(operation, times)
        operations = [operation] if operation else list(self._services.operations)
        documented = [name for name in operations if status in self._services.operations[name].error_examples]
        if not documented:
            where = operation or "any operation"
            raise ControlError(f"{status} is not an error status the contract documents for {where}.", "status")
        if retry_after is not None and (status not in RETRY_AFTER_STATUSES or retry_after < 0):
            raise ControlError("retry_after goes with status 429 or 503, as seconds of 0 or more.", "retry_after")
        wait = 1 if retry_after is None else math.ceil(retry_after)
        self._services.faults.plan_failure(status, operation, times, wait)

    def delay_next(self, milliseconds: int, *, operation: str | None = None, times: int = 1) -> None:
        """The next ``times`` calls (of ``operation`` when given) wait ``milliseconds`` before they are answered."""
        self._check_operation_and_times(operation, times)
        if not 0 <= milliseconds <= MAX_DELAY_MS:
            raise ControlError(f"milliseconds must be 0 to {MAX_DELAY_MS}.", "milliseconds")
        self._services.faults.plan_delay(milliseconds, operation, times)

    async def approve(self, authorize_url: str) -> AuthorizationResult:
        """The built-in provider's answer when the person clicks Approve on the consent page of
        ``authorize_url`` (an initialise answer's ``url``)."""
        return await self._decide(authorize_url, approve=True)

    async def deny(self, authorize_url: str) -> AuthorizationResult:
        """As ``approve``, for Deny: the redirect carries ``error=access_denied`` and the state."""
        return await self._decide(authorize_url, approve=False)

    def fail_token_endpoint(self, *, status: int = 503, times: int = 1) -> None:
        """The built-in provider's token endpoint answers ``status`` (500 to 599) to its next ``times`` calls,
        so creating a connection answers 502 ``provider_unavailable``."""
        if not 500 <= status <= 599:
            raise ControlError("status must be a server error, 500 to 599.", "status")
        self._check_operation_and_times(None, times)
        self._provider.fail_token_endpoint(status, times)

    @property
    def _public_url(self) -> str:
        return self._services.settings.base_url

    def _check_operation_and_times(self, operation: str | None, times: int) -> None:
        if operation is not None and operation not in self._services.operations:
            known = ", ".join(sorted(self._services.operations))
            raise ControlError(f"{operation!r} is not an operationId of the contract ({known}).", "operation")
        if times < 1:
            raise ControlError("times must be 1 or more.", "times")

    async def _decide(self, authorize_url: str, *, approve: bool) -> AuthorizationResult:
        parts = urlsplit(authorize_url)
        params = dict(parse_qsl(parts.query, keep_blank_values=True))
        if parts.path.endswith(f"{PROVIDER_PATH}/authorize"):
            decide = self._provider.decide
        elif parts.path.endswith(f"{OAUTH1_PATH}/authorize"):
            decide = self._provider.decide_oauth1
        else:
            raise ControlError("Not an authorize URL of the built-in provider.", "authorize_url")
        try:
            redirect_url = await decide(params, approve=approve)
        except AuthorizationPageError as error:
            raise ControlError(str(error), "authorize_url") from None
        answer = dict(parse_qsl(urlsplit(redirect_url).query))
        return AuthorizationResult(
            redirect_url,
            answer.get("code"),
            answer.get("state"),
            answer.get("error"),
            answer.get("oauth_token"),
            answer.get("oauth_verifier"),
        )

    async def _connections(self, entries: Any, addition: Seed) -> list[_SeededConnection]:
        if not isinstance(entries, list):
            raise ControlError("connections must be a list", "connections")
        added = {(item.organisation_id, item.id) for item in addition.connectors}
        planned: list[_SeededConnection] = []
        for index, entry in enumerate(entries):
            at = f"connections[{index}]"
            if not isinstance(entry, dict):
                raise ControlError(f"{at} must be an object", at)
            for key in [*_CONNECTION_FIELDS, *entry]:
                if key not in _CONNECTION_FIELDS:
                    raise ControlError(f"{at}: unknown key {key!r}", f"{at}.{key}")
                if not (isinstance(entry.get(key), str) and entry[key]):
                    raise ControlError(f"{at}: {key} must be a non-empty string", f"{at}.{key}")
            item = _SeededConnection(entry["organisation_id"], entry["connector_id"], entry["name"])
            owner = (item.organisation_id, item.connector_id)
            if owner not in added and await self._stores.catalogue.connector(*owner) is None:
                raise ControlError(f"{at}: no such connector in that organisation", f"{at}.connector_id")
            taken = await self._stores.connections.name_taken(item.connector_id, item.name)
            if taken or any((other.connector_id, other.name) == (item.connector_id, item.name) for other in planned):
                raise ControlError(f"{at}: the connector already has a connection of that name", f"{at}.name")
            planned.append(item)
        return planned
