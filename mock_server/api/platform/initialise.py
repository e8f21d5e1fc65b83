"""POST /o/{organisation_id}/systems/{system_id}/oauth2/initialise: the authorize URL and its state, by the one
implementation both APIs share (``oauth.initialise``), with the Platform API's ``redirectUrl``."""

from ...oauth.initialise import authorize_url
from ...oauth.state import made_for
from ..calls import CheckedRequest, Reply
from ..services import Services
from .access import reachable_system


async def initialise_oauth2_connection(request: CheckedRequest, services: Services) -> Reply:
    organisation_id, system = await reachable_system(request, services)
    url = await authorize_url(
        request.body,
        services.loop,
        organisation_id=organisation_id,
        made_for=made_for("system", system.id),
        principal=request.principal.subject if request.principal else "anonymous",
    )
    return Reply(200, {"url": url})
