"""The control plane (reset, seed, journal, planned failures, approve and deny), written once (``control``), and
its HTTP face, the admin API (``admin``, described by admin-openapi.yaml).

May import: ``core``, ``contract``, ``seed``, ``stores``, ``http``, ``oauth``, ``api``, ``settings``.
"""
