"""The contract operations: the one pipeline every call goes through (``endpoint``), what handlers take and give
(``calls``), what they share (``services``, ``access``, ``paging``, ``preferences``, ``faults``, ``journal``, ``auth``,
``errors``), and one package per API (``connect``: the Connect API v1).

May import: ``core``, ``contract``, ``seed``, ``stores``, ``http``, ``oauth``, ``settings``.
"""
