"""The hand-written async layer; ``scripts/unasync`` derives ``versori_connect._core._sync`` from it."""
