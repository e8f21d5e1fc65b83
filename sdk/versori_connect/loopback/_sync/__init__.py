# Derived from versori_connect/loopback/_async/__init__.py by scripts/unasync.py: edit that file, then run the script.
"""The sync layer, derived from ``versori_connect.loopback._async`` by ``scripts/unasync.py``."""
