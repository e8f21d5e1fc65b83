"""Stand-ins that tests control: a clock they move, and retry waits recorded instead of slept."""

import pytest

from versori_connect._core import retry


class FakeClock:
    """A clock for the server's stores and authenticator; tests move ``now``."""

    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def record_retry_waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Make the SDK's retry loop record its waits instead of sleeping them; returns the record."""
    delays: list[float] = []

    async def async_sleep(delay: float) -> None:
        delays.append(delay)

    monkeypatch.setattr(retry, "_sleep", delays.append)
    monkeypatch.setattr(retry, "_async_sleep", async_sleep)
    return delays
