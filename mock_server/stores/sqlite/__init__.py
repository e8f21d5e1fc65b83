"""The SQLite backend: one connection per store on a thread of its own, in WAL mode."""
