"""The data the server starts with (``model``): organisations, connectors and their configs, client credentials,
API keys and connections, read and checked from a seed file or the built-in ``default_seed.yaml`` (``loading``).

May import: ``core``, ``settings``.
"""
