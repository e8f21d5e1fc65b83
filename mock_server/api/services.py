"""What the routes work with, built once by ``create_app``."""

import contextlib
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import httpx

from ..contract.compiled import Contract, Operation
from ..oauth.initialise import LoopStart
from ..oauth.state import StateStore
from ..seed.model import Seed
from ..settings import Settings
from ..stores.base import CatalogueStore, Clock, ConnectionStore, confirm_reads
from ..stores.platform import PlatformStore
from .auth import Authenticator
from .faults import Faults
from .journal import Journal


@dataclass(frozen=True)
class Services:
    settings: Settings
    # The Connect API v1's contract (openapi.yaml) and the Platform API's (platform-openapi.yaml).
    contract: Contract
    platform_contract: Contract
    # The seed the server started with: for its banner, the connections it plants at start-up and which of them
    # are in use; every other lookup goes to the catalogue, which may hold more.
    seed: Seed
    catalogue: CatalogueStore
    authenticator: Authenticator
    states: StateStore
    connections: ConnectionStore
    platform: PlatformStore
    # For the server's own outgoing calls (the code exchange); None means the network.
    http_transport: httpx.AsyncBaseTransport | None = None
    clock: Clock = time.time
    # The control plane's: the calls seen, and the failures and delays planned (this process's own).
    journal: Journal = field(default_factory=Journal)
    faults: Faults = field(default_factory=Faults)

    def __post_init__(self) -> None:
        # What both APIs' initialise need of the services, made once (initialise is the hot path).
        object.__setattr__(self, "loop", LoopStart(self.settings, self.catalogue, self.states, self.clock))

    loop: LoopStart = field(init=False)

    @property
    def operations(self) -> dict[str, Operation]:
        """Every operation of both APIs by its name (``Operation.name``), as the control plane names them."""
        return {
            op.name: op for contract in (self.contract, self.platform_contract) for op in contract.operations.values()
        }

    @contextlib.asynccontextmanager
    async def http_client(self) -> AsyncIterator[httpx.AsyncClient]:
        """A client for one outgoing exchange; a code exchange is rare enough not to pool connections. A request
        sent cannot be taken back, so what the call read is confirmed first (``confirm_reads``)."""
        await confirm_reads()
        async with httpx.AsyncClient(transport=self.http_transport, timeout=httpx.Timeout(10.0, connect=5.0)) as client:
            yield client
