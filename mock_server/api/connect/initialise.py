"""POST /o/{organisation_id}/connectors/{connector_id}/oauth2/initialise: the authorize URL, and its state
(``oauth.initialise``, which the Platform API's initialise on a system shares)."""

from ...oauth.initialise import authorize_url
from ...oauth.state import made_for
from ..calls import CheckedRequest, Reply
from ..services import Services
from .access import reachable_connector


async def initialise_oauth2_connection(request: CheckedRequest, services: Services) -> Reply:
    organisation_id, connector_id = await reachable_connector(request, services)
    url = await authorize_url(
        request.body,
        services.loop,
        organisation_id=organisation_id,
        made_for=made_for("connector", connector_id),
        principal=request.principal.subject if request.principal else "anonymous",
    )
    return Reply(200, {"url": url})
