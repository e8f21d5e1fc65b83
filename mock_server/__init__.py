"""The reference server of Versori's OAuth connection API: a Starlette app that behaves like Versori.

Its layers are packages, from the bottom up; each imports only the layers its own docstring names under "May
import", all of them below it (``tests/unit/test_layers.py`` checks every import against them):

- ``core``: ids, random tokens, the redaction rule, API keys, the error kinds.
- ``contract``: the OpenAPI contracts compiled into the checks every request goes through.
- ``seed``: the data the server starts with, read from a seed file and checked.
- ``stores``: where everything is kept (memory, SQLite, Redis) behind one set of protocols.
- ``http``: the HTTP protocol and its limits, bodies, replies, the request middleware, logs, metrics, running.
- ``oauth``: the authorize URL's rules, PKCE, states, the code exchange, the callback, the built-in provider.
- ``api``: the contract operations: the checked endpoint and its pipeline, then one package per API.
- ``control``: the control plane and the admin API.

Beside them: ``settings`` (read by any layer, importing none), ``app`` (``create_app``, which composes the
layers) and ``__main__`` (the command line); nothing in a layer imports these two.
"""
