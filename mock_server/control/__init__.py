"""The control plane (reset, seed, journal, planned failures, approve and deny), written once, and its HTTP face,
the admin API (admin-openapi.yaml). Imports every layer below it."""
