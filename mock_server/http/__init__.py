"""HTTP as the server speaks it: uvicorn's protocol with the server's limits, request bodies, replies (and the
one table from error kind to status), HTML pages, the request middleware, the access log, metrics, request ids,
and how the server runs. Imports ``core`` and ``settings``."""
