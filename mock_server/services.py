"""What the routes work with, built once by ``create_app``."""

import time
from dataclasses import dataclass

from .auth import Authenticator
from .contract import Contract
from .seed import Seed
from .settings import Settings
from .state import Clock, StateStore


@dataclass(frozen=True)
class Services:
    settings: Settings
    contract: Contract
    seed: Seed
    authenticator: Authenticator
    states: StateStore
    clock: Clock = time.time
