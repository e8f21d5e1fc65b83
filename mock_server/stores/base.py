"""What every store is, whatever its backend: one lifecycle (``Store``), the four kinds of store the server keeps
(``KeyValueStore``, ``ConnectionStore``, ``CatalogueStore``, ``DocumentStore``), and the errors a store raises.

Every method is async, so that a backend may answer at once (memory), on a thread of its own (SQLite) or over the
network (Redis). A new backend implements the four protocols and gets a branch in ``registry.open_stores``;
nothing else changes.
"""

import contextlib
import enum
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from ..core.api_keys import KeyOwner
from ..core.errors import ConflictError, FieldError, UnavailableError
from ..seed.loading import SeedError, check_seed
from ..seed.model import Connector, OAuthClientCredential, Organisation, Seed, Starter

_T = TypeVar("_T")
Clock = Callable[[], float]
Value = dict[str, Any]
# Each credential's data as it was given (or as the exchange made it), by the credential's id.
Secrets = dict[str, dict[str, Any]]


@dataclass
class _Call:
    """What stores keep for the running call (``one_call``)."""

    optimistic: bool
    # What stores read, by store (theirs to fill).
    kept: dict[object, Any] = field(default_factory=dict)
    # How to confirm what the call read from a cached copy without asking its source (the Redis catalogue's
    # snapshot); None when nothing is owed.
    owed: Callable[[], Awaitable[None]] | None = None


_CALL: ContextVar[_Call | None] = ContextVar("one_call", default=None)


class ReadsMovedError(Exception):
    """What an optimistic call read from a cached copy had changed at its source. Nothing the call did took effect:
    it had sent nothing to the store yet, or the one write it sent carried the check and was refused. So the call
    is to run again, not optimistically."""


@contextlib.contextmanager
def one_call(*, optimistic: bool = False) -> Iterator[None]:
    """Within, a store may keep what it read (``read_in_call``) for the rest of the call: one request's lookups see
    one state of the store, and a store that asks a remote (Redis) whether it changed asks once per call.

    When ``optimistic``, a store may instead answer from its cached copy without asking (``owe_confirmation``),
    until the call's first step that cannot be taken back: that step confirms the copy first (``confirm_reads``)
    or carries the check itself (``carry_confirmation``), and the call is optimistic no more. A call that took no
    such step confirms at its end. A copy that changed raises ``ReadsMovedError``."""
    token = _CALL.set(_Call(optimistic))
    try:
        yield
    finally:
        _CALL.reset(token)


def read_in_call() -> dict[object, Any] | None:
    """What stores read during the running call, by store (theirs to fill); None outside ``one_call``."""
    call = _CALL.get()
    return None if call is None else call.kept


def optimistic_call() -> bool:
    """Whether the running call may still answer from a cached copy without asking its source first."""
    call = _CALL.get()
    return call is not None and call.optimistic


def owe_confirmation(confirm: Callable[[], Awaitable[None]]) -> None:
    """The running optimistic call read from a cached copy: ``confirm`` checks the copy against its source, raising
    ``ReadsMovedError`` when it changed."""
    call = _CALL.get()
    if call is not None and call.optimistic:
        call.owed = confirm


def carry_confirmation() -> bool:
    """Whether the running call owes a confirmation, which the write about to be sent carries (checking and writing
    in one step, refused when the copy changed): it is no longer owed, and the call no longer optimistic."""
    call = _CALL.get()
    if call is None or call.owed is None:
        return False
    call.owed, call.optimistic = None, False
    return True


async def confirm_reads() -> None:
    """Confirm what the running call read from a cached copy: before a step that cannot be taken back (a command to
    a remote store, a request to another server, a planned failure used up), and at the call's end. The call is no
    longer optimistic after it: running it again would repeat that step."""
    call = _CALL.get()
    if call is None:
        return
    owed, call.owed, call.optimistic = call.owed, None, False
    if owed is not None:
        await owed()


async def optimistically(run: Callable[[], Awaitable[_T]]) -> _T:
    """``run`` as one optimistic call (``one_call``) and, when what it read from a cached copy had changed, once
    more, asking first. What ``run`` answers or raises is confirmed first, so that neither rests on an old copy.
    ``run`` may be run twice: anything it does before its first step that cannot be taken back (``confirm_reads``)
    must bear doing again, and a request's body is read once (``http.body.read_body``)."""
    try:
        with one_call(optimistic=True):
            try:
                answer = await run()
            except ReadsMovedError:
                raise
            except Exception:
                await confirm_reads()
                raise
            await confirm_reads()
            return answer
    except ReadsMovedError:
        with one_call():
            return await run()


class StoreUnavailableError(UnavailableError):
    """The store (Redis, SQLite) that keeps states, codes, connections or the catalogue does not answer."""

    code = "store_unavailable"

    def __init__(self) -> None:
        super().__init__("The server's store is unreachable; try again shortly.", retry_after=1)


class NameTakenError(ConflictError):
    """The connector (or system, or environment) already has a connection (or template) of that name."""

    def __init__(
        self, message: str = "The connector already has a connection of that name.", field: str = "name"
    ) -> None:
        super().__init__(message, [FieldError(field, "Already taken.")])


@dataclass(frozen=True)
class ConnectorConfigs:
    """The auth scheme configs of a connector (or of a system: their owner), as the contract's JSON in the order
    added, and when the owner was made and last changed."""

    configs: list[dict[str, Any]]
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class StoredConfig:
    """One auth scheme config as a store keeps it: its id and scheme type (which a store compares without reading
    the JSON) and the contract's JSON."""

    id: str
    scheme_type: str
    document: dict[str, Any]


class Replaced(enum.Enum):
    """What became of a compare-and-replace (``ConnectionStore.replace``)."""

    DONE = enum.auto()
    # No such item: deleted meanwhile.
    GONE = enum.auto()
    # The item is no longer what the caller read: another write came in between; read it again.
    CHANGED = enum.auto()


@dataclass(frozen=True)
class Write:
    """One document of a ``DocumentStore.write``: its new JSON text, or None to delete it; ``index`` names the index
    the key joins (when written) or leaves (when deleted)."""

    key: str
    value: str | None
    index: str | None = None


class Store(Protocol):
    """The lifecycle every store shares. A store is open when made; the app's lifespan closes it when the server
    stops and opens it again when an app served in-process starts once more."""

    async def ready(self) -> bool:
        """Whether the store answers (the server's readiness, ``/readyz``)."""
        ...

    async def open(self) -> None:
        """Take up again what ``close`` let go of; nothing to do while the store is open."""
        ...

    async def close(self) -> None:
        """Let go of what the store holds open (connections, threads), until ``open``; closing twice is harmless."""
        ...

    async def reset(self) -> None:
        """Back to how the server started (the control plane's reset): forget what was stored since."""
        ...


class KeyValueStore(Store, Protocol):
    """JSON values that expire: the states, and the built-in provider's codes and refresh tokens."""

    async def put(self, key: str, value: Value, expires_at: float) -> None: ...

    async def get(self, key: str) -> Value | None:
        """The value, if present and unexpired."""
        ...

    async def take(self, key: str) -> Value | None:
        """Remove and return the value: of several concurrent calls (from any process), exactly one gets it."""
        ...

    async def claim(self, key: str) -> Value | None:
        """Return the value the first time it is claimed, None every later time (the value stays)."""
        ...

    async def add(self, key: str, value: Value, expires_at: float) -> bool:
        """Store the value unless an unexpired one is under the key: of several concurrent calls (from any
        process), exactly one answers True."""
        ...

    async def delete(self, key: str) -> None: ...


class ConnectionStore(Store, Protocol):
    """Connections, kept as the JSON the API answers with (secrets redacted), their secrets beside them."""

    async def name_taken(self, connector_id: str, name: str) -> bool: ...

    async def add(self, organisation_id: str, connector_id: str, connection: dict[str, Any], secrets: Secrets) -> None:
        """Store a new connection; ``NameTakenError`` if the connector already has one of that name."""
        ...

    async def get(self, organisation_id: str, connector_id: str, connection_id: str) -> dict[str, Any] | None: ...

    async def replace(
        self, organisation_id: str, connector_id: str, connection: dict[str, Any], previous: dict[str, Any]
    ) -> Replaced:
        """Store ``connection`` in place of the one with its id, keeping its secrets, if the stored one is still
        ``previous`` (as ``get`` read it), in one atomic step: ``CHANGED`` when another write came in between (read
        again and retry), ``GONE`` when there is none, ``NameTakenError`` if another connection of the connector has
        its name."""
        ...

    async def delete(self, organisation_id: str, connector_id: str, connection_id: str) -> bool:
        """Remove the connection and its secrets; False if there was none."""
        ...

    async def documents(self, organisation_id: str, connector_id: str) -> list[dict[str, Any]]:
        """Every connection of the connector, the most recently updated first (then by id, descending)."""
        ...


class DocumentStore(Store, Protocol):
    """JSON documents by key (kept as the text written), and named indexes of keys: what the Platform API's
    entities are kept in (``stores.platform``). A write changes several documents at once, only if each document
    it expects is still the text read: one atomic step on every backend, so that rules spanning documents (a name
    taken once, a system deleted only while no template links it) hold whatever runs at the same time."""

    async def read(self, keys: Sequence[str]) -> list[str | None]:
        """Each key's text, None for a key that holds nothing, all read at one moment."""
        ...

    async def indexed(self, index: str) -> list[str]:
        """The text of every document in ``index``, read at one moment, in no particular order."""
        ...

    async def write(self, expected: dict[str, str | None], writes: Sequence[Write]) -> bool:
        """Apply ``writes`` if every key of ``expected`` still holds its text (None: nothing), in one atomic step;
        False, and nothing written, when one does not (read again and retry)."""
        ...


class CatalogueStore(Store, Protocol):
    """The organisations, connectors (and their auth scheme configs), OAuth 2.0 client credentials and API keys
    the server knows: the seed, what was added at run time (the admin API's and the test kit's ``seed``), and what
    the API changed. ``reset`` goes back to the seed."""

    async def organisation(self, organisation_id: str) -> Organisation | None: ...

    async def connector(self, organisation_id: str, connector_id: str) -> Connector | None:
        """The connector, if it exists in that organisation."""
        ...

    async def connectors(self, organisation_id: str) -> list[Connector]:
        """Every connector of the organisation, in the order added."""
        ...

    async def credential(self, credential_id: str) -> OAuthClientCredential | None:
        """A credential of the seed, of an addition, or made from an auth scheme config's grant."""
        ...

    async def auth_scheme_configs(self, owner_id: str, now: str) -> ConnectorConfigs:
        """The configs of a connector (its owner): the seed's until changed (``now`` is the time of a first use)."""
        ...

    async def upsert_auth_scheme_config(self, owner_id: str, config: StoredConfig, now: str) -> str | None:
        """Add ``config`` to the owner's configs, or replace the one of its id, in one atomic step, at ``now``: None
        when done; else the scheme type of the stored config of that id, which differs, so nothing changed (a
        config's type never changes). Writes to different ids never lose each other; of two to one id, the later
        wins."""
        ...

    async def delete_auth_scheme_config(self, owner_id: str, config_id: str, now: str) -> bool:
        """Remove the owner's config of that id in one atomic step, at ``now``; False when there is none."""
        ...

    async def add_client_credential(self, credential: OAuthClientCredential) -> None:
        """Keep an ``oauth2-client`` credential made from a grant's client id and secret."""
        ...

    async def provider_credential(self, client_id: str) -> OAuthClientCredential | None:
        """The credential with this client id whose token endpoint is the built-in provider's: the provider's
        registered client (the last one added wins when two share a client id)."""
        ...

    async def api_key(self, secret: str) -> KeyOwner | None:
        """Whom the API key ``secret`` acts for (keys are held as digests, compared in constant time)."""
        ...

    async def holds_id(self, id_: str) -> bool:
        """Whether an organisation, connector or credential has this id."""
        ...

    async def starter(self, token_url: str | None = None) -> Starter | None:
        """As ``Seed.starter``, over everything the catalogue holds."""
        ...

    async def add(self, addition: Seed) -> None:
        """Add every entry of ``addition`` or, when ``check_addition`` refuses it (``SeedError``), none."""
        ...

    def when_reloaded(self, reloaded: Callable[[], Awaitable[None]]) -> None:
        """Have ``reloaded`` awaited whenever the store finds it lost everything (a Redis that restarted empty)
        and loads the seed again, so that what the seed holds beyond the catalogue (its connections) comes back
        too. A store that cannot lose its data never calls it."""
        ...


async def check_addition(catalogue: CatalogueStore, addition: Seed) -> None:
    """Refuse (``SeedError`` naming the field) an addition whose ids are taken, whose API keys exist already or
    whose owners are neither in it nor in the catalogue; the same rules as a seed file's otherwise. Every backend
    checks its additions with this before it stores any part of one."""
    ids = [item.id for item in addition.organisations]
    ids += [item.id for item in addition.connectors] + [item.id for item in addition.credentials]
    taken = [id_ for id_ in ids if await catalogue.holds_id(id_)]
    owners = {item.organisation_id for item in addition.connectors} | {
        item.organisation_id for item in addition.api_keys
    }
    owners |= {item.organisation_id for item in addition.credentials}
    owners |= {item.organisation_id for item in addition.platform_entries}
    known = [owner for owner in owners if await catalogue.organisation(owner) is not None]
    check_seed(addition, known_organisations=known, taken_ids=taken)
    secrets = [key.key for key in addition.api_keys]
    for index, key in enumerate(addition.api_keys):
        if secrets.index(key.key) != index or await catalogue.api_key(key.key) is not None:
            raise SeedError(f"api_keys[{index}]: this key exists already", f"api_keys[{index}].key")
