"""The Connect API v1 (openapi.yaml): initialise, connections, connectors and their auth scheme configs; one
module per group of operations, and ``HANDLERS``, each operationId's handler."""

from ..calls import Handler
from .connections import (
    create_connector_connection,
    delete_connection,
    get_connection,
    list_connector_connections,
    update_connection,
)
from .connectors import delete_auth_scheme_config, get_connector, list_connectors, upsert_auth_scheme_config
from .initialise import initialise_oauth2_connection

HANDLERS: dict[str, Handler] = {
    "initialise_oauth2_connection": initialise_oauth2_connection,
    "create_connector_connection": create_connector_connection,
    "list_connector_connections": list_connector_connections,
    "get_connection": get_connection,
    "update_connection": update_connection,
    "delete_connection": delete_connection,
    "list_connectors": list_connectors,
    "get_connector": get_connector,
    "upsert_auth_scheme_config": upsert_auth_scheme_config,
    "delete_auth_scheme_config": delete_auth_scheme_config,
}
