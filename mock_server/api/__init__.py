"""The contract operations: the checked endpoint and the pipeline every call goes through (caller, contract,
chosen failures, handler, journal), what the handlers share (``services``, access, paging), and one package per
API (``connect``: the Connect API v1). Imports every layer below it."""
