"""The hand-written async layer; ``scripts/unasync`` derives ``versori_connect._sync`` from it."""
