"""The Connect API v1 (openapi.yaml): initialise, connections, connectors and their auth scheme configs."""
