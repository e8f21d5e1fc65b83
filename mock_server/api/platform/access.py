"""What every Platform API operation under a system, a project or a connection template checks first: the caller
may act for the path's organisation (else 403), and the item is one of its own (else 404)."""

from ...stores.platform import ProjectRecord, SystemRecord
from ..access import reachable_organisation
from ..calls import CheckedRequest
from ..services import Services
from .errors import ProjectNotFoundError, SystemNotFoundError


async def reachable_system(request: CheckedRequest, services: Services) -> tuple[str, SystemRecord]:
    organisation_id, system_id = reachable_organisation(request), request.path["system_id"]
    system = await services.platform.system(organisation_id, system_id)
    if system is None:
        raise SystemNotFoundError(organisation_id, system_id)
    return organisation_id, system


async def reachable_project(request: CheckedRequest, services: Services) -> tuple[str, ProjectRecord]:
    organisation_id, project_id = reachable_organisation(request), request.path["project_id"]
    project = await services.platform.project(organisation_id, project_id)
    if project is None:
        raise ProjectNotFoundError(organisation_id, project_id)
    return organisation_id, project
