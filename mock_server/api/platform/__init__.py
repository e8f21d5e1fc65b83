"""The Platform API v2 (platform-openapi.yaml), served under ``BASE_PATH`` as Versori serves it: systems and their
auth scheme configs, initialise on a system, connections, connection templates of a project and end users; one
module per group of operations, and ``HANDLERS``, each operationId's handler. Its operations are named
``platform.<operationId>`` by the control plane, the journal, the metrics and the access log (``NAMESPACE``)."""

from ..calls import Handler
from .connections import create_connection, delete_connection, get_connection, list_connections, update_connection
from .end_users import create_end_user, delete_end_user, get_end_user, list_end_users
from .initialise import initialise_oauth1_connection, initialise_oauth2_connection
from .systems import (
    create_system,
    delete_auth_scheme_config,
    delete_system,
    get_system,
    list_systems,
    update_system,
    upsert_auth_scheme_config,
)
from .templates import (
    create_connection_template,
    delete_connection_template,
    list_project_connection_templates,
    update_connection_template,
)

CONTRACT = "platform-openapi.yaml"
NAMESPACE = "platform"
BASE_PATH = "/api/v2"

HANDLERS: dict[str, Handler] = {
    "list_systems": list_systems,
    "create_system": create_system,
    "get_system": get_system,
    "update_system": update_system,
    "delete_system": delete_system,
    "upsert_auth_scheme_config": upsert_auth_scheme_config,
    "delete_auth_scheme_config": delete_auth_scheme_config,
    "initialise_oauth2_connection": initialise_oauth2_connection,
    "initialise_oauth1_connection": initialise_oauth1_connection,
    "list_connections": list_connections,
    "create_connection": create_connection,
    "get_connection": get_connection,
    "update_connection": update_connection,
    "delete_connection": delete_connection,
    "create_connection_template": create_connection_template,
    "list_project_connection_templates": list_project_connection_templates,
    "update_connection_template": update_connection_template,
    "delete_connection_template": delete_connection_template,
    "create_end_user": create_end_user,
    "list_end_users": list_end_users,
    "get_end_user": get_end_user,
    "delete_end_user": delete_end_user,
}
