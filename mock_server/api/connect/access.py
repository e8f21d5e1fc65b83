"""Who may reach a connector: the check every operation under /o/{organisation_id}/connectors/{connector_id} runs
before its own work."""

from ..access import reachable_organisation
from ..calls import CheckedRequest
from ..services import Services
from .errors import ConnectorNotFoundError


async def reachable_connector(request: CheckedRequest, services: Services) -> tuple[str, str]:
    """The path's organisation and connector ids, once the caller may act for that organisation (else 403)
    and the connector is one of its own (else 404)."""
    organisation_id, connector_id = reachable_organisation(request), request.path["connector_id"]
    if await services.catalogue.connector(organisation_id, connector_id) is None:
        raise ConnectorNotFoundError(organisation_id, connector_id)
    return organisation_id, connector_id
