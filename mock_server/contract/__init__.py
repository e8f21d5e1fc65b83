"""The contracts (openapi.yaml, admin-openapi.yaml), compiled once into the checks of every operation, and the
error of a request off its contract.

May import: ``core``.
"""
