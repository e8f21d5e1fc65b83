"""The data the server starts with: organisations, connectors and their configs, client credentials, API keys and
connections, from a seed file or the built-in ``default_seed.yaml``. Imports ``core`` and ``settings``."""
