"""Where the server keeps what it knows, behind one set of protocols (``base``: one lifecycle, a key-value store,
a connection store, the catalogue), with a backend per module or package: ``memory``, ``sqlite``, ``redis``.
``registry`` is the one place that lists the stores and makes them. No store knows of HTTP: one that cannot answer
raises ``StoreUnavailableError``.

May import: ``core``, ``seed``, ``settings``.
"""
