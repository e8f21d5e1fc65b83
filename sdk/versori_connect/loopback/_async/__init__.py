"""The hand-written async layer; ``scripts/unasync`` derives ``versori_connect.loopback._sync`` from it."""
