"""The hand-written async layer; ``scripts/unasync`` derives ``versori_connect.platform._sync`` from it."""
