"""Where the server keeps what it knows, behind one set of protocols (``base``), with a backend per module or
package: ``memory``, ``sqlite``, ``redis``. ``registry`` is the one place that lists the stores and opens them.
No store knows of HTTP: a store that cannot answer raises ``StoreUnavailableError``. Imports ``core``, ``seed``
and ``settings``."""
