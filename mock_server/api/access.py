"""Who may reach a connector: the one check every operation under /o/{organisation_id}/connectors/{connector_id}
runs before its own work (and its first half, the organisation, for the operations above a connector)."""

from ..core import errors
from .endpoint import CheckedRequest
from .services import Services


async def reachable_connector(request: CheckedRequest, services: Services) -> tuple[str, str]:
    """The path's organisation and connector ids, once the caller may act for that organisation (else 403)
    and the connector is one of its own (else 404)."""
    organisation_id, connector_id = reachable_organisation(request), request.path["connector_id"]
    if await services.catalogue.connector(organisation_id, connector_id) is None:
        raise errors.connector_not_found(organisation_id, connector_id)
    return organisation_id, connector_id


def reachable_organisation(request: CheckedRequest) -> str:
    """The path's organisation id, once the caller may act for it (else 403)."""
    organisation_id = request.path["organisation_id"]
    if request.principal is not None and not request.principal.may_act_for(organisation_id):
        raise errors.forbidden(organisation_id)
    return organisation_id
