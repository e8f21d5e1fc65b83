"""Versori's Platform API v2: its generated package (``_generated``, from ``platform-openapi.yaml``)."""
