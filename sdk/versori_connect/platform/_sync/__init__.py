# Derived from versori_connect/platform/_async/__init__.py by scripts/unasync.py: edit that file, then run the script.
"""The sync layer, derived from ``versori_connect.platform._async`` by ``scripts/unasync.py``."""
