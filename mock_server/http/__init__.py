"""HTTP as the server speaks it: uvicorn's protocol with the server's limits (``protocol``), request bodies
(``body``), replies and the one table from error kind to status (``replies``), the HTTP layer's own errors, HTML
pages, the request middleware, the access log, metrics, request ids, and how the server runs (``runtime``).

May import: ``core``, ``settings``.
"""
