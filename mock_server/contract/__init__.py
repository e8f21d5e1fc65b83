"""The contracts (openapi.yaml, admin-openapi.yaml), compiled once into the checks of every operation.
Imports ``core``."""
