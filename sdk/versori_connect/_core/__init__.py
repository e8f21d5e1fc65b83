"""What every API's client in this package is built on, with nothing of any one API in it.

    api.py          ``APIDescriptor``: what tells one API from another (base URL, environment variables, errors)
    base_client.py  configuration, default headers, and a request made of an operation and its options; no I/O
    options.py      ``RequestOptions`` (the keyword arguments of every method) bundled by ``make_request_options``
    retry.py        the retry policy: whether to retry, and how long to wait
    response.py     answers read into results or into the errors of ``exceptions.py``
    exceptions.py   the exception tree and the one table from status to class
    logs.py         the ``versori_connect`` logger
    types.py        ``RawResponse``, ``TimeoutTypes``
    constants.py    the defaults of all of the above
    _async/         hand-written: ``AsyncAPIClient`` (the HTTP client and the retry loop), ``AsyncAPIResource``,
                    ``AsyncPage``
    _sync/          derived from ``_async`` by ``scripts/unasync.py``: ``APIClient``, ``APIResource``, ``SyncPage``
    paginator.py    ``AsyncPaginator``, which has no sync twin: what an async list returns before it is awaited

An API adds its generated package, a descriptor, its resources and its pages (a generated page model with
``AsyncPage`` mixed in), and a client class: ``class AsyncClient(AsyncAPIClient)`` with ``_api`` set to its
descriptor and a property per resource. Nothing here imports any API's package; this ``__init__`` imports
nothing, so that each module costs only what it uses.
"""
